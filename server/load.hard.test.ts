/**
 * Hardening: 200 concurrent clients for 60 s against the server as `npm start` runs it (worker processes,
 * server/serve.ts), sending distinct searches (bench/query-stream.ts) and record reads over a 20,000-dataset
 * catalogue. Every request must get a 2xx (no errors, timeouts or refusals) and the server's RSS, summed
 * over its processes, must stop growing: after the first 10 s it may rise by at most RSS_GROWTH_MB (caches
 * fill, the heap settles), whatever the run's length. Loopback only; the run stops by itself.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { openCatalogue } from '../catalog';
import { tempDbPath } from '../catalog/testing';
import { generate } from '../bench/gen';
import { processTreeRss } from '../bench/process-rss';
import { queryStream } from '../bench/query-stream';

const TSX = join(__dirname, '../node_modules/.bin/tsx');
const CONNECTIONS = 200;
const SECONDS = 60;
const DATASETS = 20_000;
const RSS_GROWTH_MB = 96;
const WARM_UP_MS = 10_000;

it(`answers ${CONNECTIONS} concurrent clients for ${SECONDS} s without an error, in bounded memory`, async () => {
  const db = tempDbPath();
  generate(DATASETS, db);
  const catalogue = openCatalogue(db, { readonly: true });
  const sample = catalogue.search.search({ pageSize: 100 }).items;
  catalogue.close();
  const titles = sample.flatMap((record) => Object.values(record.title));
  const paths = [
    ...queryStream(titles, 20_000).map((query) => query.path),
    ...sample.map((record) => `/api/datasets/${encodeURIComponent(record.id)}`),
  ];

  const child = spawn(TSX, [join(__dirname, 'serve-main.ts'), db, '2'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ATLAS_LOG_LEVEL: 'silent', ATLAS_RATE_LIMIT_PER_MINUTE: '0' },
  });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
      child.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
    });
    let next = 0;
    let peakRssMb = 0;
    let warmRssMb = 0;
    const started = Date.now();
    const sampler = setInterval(() => {
      const { rssMb } = processTreeRss(child.pid!);
      if (Date.now() - started < WARM_UP_MS) warmRssMb = Math.max(warmRssMb, rssMb);
      peakRssMb = Math.max(peakRssMb, rssMb);
    }, 1000);
    const result = await new Promise<autocannon.Result>((resolve, reject) =>
      autocannon(
        {
          url: `http://127.0.0.1:${port}`,
          connections: CONNECTIONS,
          duration: SECONDS,
          timeout: 30,
          requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) }],
        },
        (error, finished) => (error ? reject(error) : resolve(finished)),
      ),
    );
    clearInterval(sampler);
    console.log(
      `${result.requests.total} requests, ${result.requests.average.toFixed(0)}/s, p99 ${result.latency.p99} ms, ` +
        `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}, RSS ${warmRssMb.toFixed(0)} MB after 10 s, peak ${peakRssMb.toFixed(0)} MB`,
    );
    expect(result.requests.total).toBeGreaterThan(CONNECTIONS);
    expect({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx }).toEqual({
      errors: 0,
      timeouts: 0,
      non2xx: 0,
    });
    expect(peakRssMb - warmRssMb).toBeLessThan(RSS_GROWTH_MB);
  } finally {
    child.kill('SIGTERM');
  }
}, 300_000);
