/**
 * Child process for the search benchmark: serves a catalogue (argv: db, result-cache size, workers) on a
 * port with Node's cluster module; prints the port, then the workers' RSS whenever a line arrives on stdin.
 */
import cluster from 'node:cluster';
import type { AddressInfo } from 'node:net';
import { openCatalogue } from '../catalog';
import { createApp } from '../server/app';
import { configFromEnv } from '../server/config';

const [db, cacheSize = '500', workerCount = '1'] = process.argv.slice(2) as [string, string?, string?];

if (cluster.isPrimary && Number(workerCount) > 1) {
  const rss = new Map<number, { rssMb: number; peakRssMb: number }>();
  let port = 0;
  for (let i = 0; i < Number(workerCount); i++) {
    const worker = cluster.fork();
    worker.on('message', (message: { port?: number; rssMb?: number; peakRssMb?: number }) => {
      if (message.port && !port) {
        port = message.port;
        process.stdout.write(`${port}\n`);
      }
      if (message.rssMb !== undefined)
        rss.set(worker.id, { rssMb: message.rssMb, peakRssMb: message.peakRssMb! });
    });
  }
  process.stdin.on('data', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.send('rss');
    setTimeout(() => {
      const all = [...rss.values()];
      process.stdout.write(
        `${JSON.stringify({ rssMb: all.reduce((s, r) => s + r.rssMb, 0), peakRssMb: all.reduce((s, r) => s + r.peakRssMb, 0) })}\n`,
      );
    }, 200);
  });
  process.on('SIGTERM', () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.kill();
    process.exit(0);
  });
} else {
  const catalogue = openCatalogue(db, { readonly: true, searchCacheBytes: Number(cacheSize) });
  const config = { ...configFromEnv(), rateLimitPerMinute: 0, logLevel: 'silent' };
  catalogue.search.search({ pageSize: 1 }); // build the facet index before taking traffic
  const server = createApp({ catalogue, config }).listen(
    Number(process.env.BENCH_PORT ?? 0),
    '127.0.0.1',
    () => {
      const port = (server.address() as AddressInfo).port;
      if (cluster.isWorker) process.send!({ port });
      else process.stdout.write(`${port}\n`);
    },
  );
  const usage = () => ({
    rssMb: process.memoryUsage().rss / 1048576,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
  });
  process.on('message', () => process.send!(usage()));
  process.stdin.on('data', () => process.stdout.write(`${JSON.stringify(usage())}\n`));
  process.on('SIGTERM', () => server.close(() => process.exit(0)));
  process.on('SIGINT', () => process.exit(0));
}
