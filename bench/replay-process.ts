/** Child process for benchmarks: serves a scale snapshot with the given latency; prints its URL on stdout. */
import { startReplayServer } from '../harvester/replay/server';
import { scaleSnapshot } from './scale-snapshot';

const latencyMs = Number(process.argv[2] ?? 0);
scaleSnapshot().then(async (snapshot) => {
  const server = await startReplayServer({ snapshot, latencyMs });
  process.stdout.write(`${server.url}\n`);
  process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
});
