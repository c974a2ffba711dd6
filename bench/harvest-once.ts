/** Child process for benchmarks: one harvest against a replay URL; prints its own CPU, RSS and results as JSON. */
import { harvest } from '../harvester/harvest';
import { SCALE_EXPORT_NAME } from './scale-snapshot';

const [url, db, mode] = process.argv.slice(2) as [string, string, 'full' | 'incremental'];
const cpuBefore = process.cpuUsage();
const started = performance.now();
harvest({
  db,
  mode,
  endpoints: { datagovhk: url, csdi: url, datash: url },
  files: { datash: `${url}/datash/${SCALE_EXPORT_NAME}` },
  http: { requestsPerSecond: 0, maxConcurrentPerHost: 16 },
}).then((results) => {
  const cpu = process.cpuUsage(cpuBefore);
  process.stdout.write(
    JSON.stringify({
      wallMs: performance.now() - started,
      cpuMs: (cpu.user + cpu.system) / 1000,
      userMs: cpu.user / 1000,
      systemMs: cpu.system / 1000,
      peakRssMb: process.resourceUsage().maxRSS / 1024,
      results: results.map(({ failures: _failures, ...counts }) => counts),
    }),
  );
});
