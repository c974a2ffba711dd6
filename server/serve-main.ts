/**
 * Serves a catalogue as `npm start` does (server/serve.ts), without seeding or building the explorer, on
 * a free loopback port that it prints once every worker listens. argv: db, workers. For tests and benchmarks.
 */
import { createServer } from 'node:net';
import { serve } from './serve';

const [db, workers = '1'] = process.argv.slice(2) as [string, string?];

/** A port free now on loopback (the cluster's workers must all bind one known port). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

void freePort().then((port) =>
  serve({ db, port, workers: Number(workers), onListening: () => process.stdout.write(`${port}\n`) }),
);
