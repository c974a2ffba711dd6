/**
 * Child process for the search benchmark: serves a catalogue exactly as `npm start` does (server/serve.ts;
 * argv: db, result-cache bytes, workers) on a free loopback port, and prints that port once it listens.
 */
import { createServer } from 'node:net';
import { serve } from '../server/serve';

const [db, cacheBytes = '', workers = '1'] = process.argv.slice(2) as [string, string?, string?];

/** A port free now on loopback (the cluster's workers must all bind the same known port). */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

process.env.ATLAS_LOG_LEVEL = 'silent';
process.env.ATLAS_RATE_LIMIT_PER_MINUTE = '0';
if (cacheBytes) process.env.ATLAS_SEARCH_CACHE_BYTES = cacheBytes;
void freePort().then((port) =>
  serve({ db, port, workers: Number(workers), onListening: () => process.stdout.write(`${port}\n`) }),
);
