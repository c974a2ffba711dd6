/**
 * `npm run bench:search [-- --db data/bench.db --seconds 10]`: drives a fixed mix of catalogue queries
 * (English, 繁, 简, facets, bbox, deep pages, dataset records) with autocannon at 1 and 32 connections against
 * the server in its own process; prints latency percentiles, requests/s, errors and the server's RSS, then
 * the same queries in process without HTTP (the floor).
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openCatalogue, type SearchParams } from '../catalog';
import { BENCH_DB } from './gen';

const MIX: { path: string; params?: SearchParams; record?: string }[] = [
  { path: '/api/datasets?q=bus', params: { q: 'bus' } },
  { path: '/api/datasets?q=air%20quality', params: { q: 'air quality' } },
  { path: `/api/datasets?q=${encodeURIComponent('巴士路線')}`, params: { q: '巴士路線' } },
  { path: `/api/datasets?q=${encodeURIComponent('空氣質素')}`, params: { q: '空氣質素' } },
  { path: `/api/datasets?q=${encodeURIComponent('停车')}`, params: { q: '停车' } },
  {
    path: `/api/datasets?q=${encodeURIComponent('公交')}&city=shanghai`,
    params: { q: '公交', city: ['shanghai'] },
  },
  {
    path: '/api/datasets?city=hong-kong&area=mobility,environment',
    params: { city: ['hong-kong'], area: ['mobility', 'environment'] },
  },
  {
    path: '/api/datasets?area=economy&access=open&sort=modified',
    params: { area: ['economy'], access: ['open'], sort: 'modified' },
  },
  { path: '/api/datasets?bbox=121.4,31.1,121.6,31.3', params: { bbox: [121.4, 31.1, 121.6, 31.3] } },
  {
    path: '/api/datasets?bbox=114.1,22.25,114.25,22.35&bboxRelation=within&q=traffic',
    params: { bbox: [114.1, 22.25, 114.25, 22.35], bboxRelation: 'within', q: 'traffic' },
  },
  {
    path: '/api/datasets?page=400&pageSize=50&sort=title',
    params: { page: 400, pageSize: 50, sort: 'title' },
  },
  { path: '/api/datasets', params: {} },
  {
    path: '/api/datasets/datagovhk:hk-hyd-plis-lamppostdata-g276',
    record: 'datagovhk:hk-hyd-plis-lamppostdata-g276',
  },
];

function startServer(
  db: string,
  cacheSize: number,
  workers: number,
): Promise<{ port: number; rss(): Promise<{ rssMb: number; peakRssMb: number }>; stop(): void }> {
  const child = spawn(
    join(__dirname, '../node_modules/.bin/tsx'),
    [join(__dirname, 'server-process.ts'), db, String(cacheSize), String(workers)],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines: ((line: string) => void)[] = [];
  child.stdout.on('data', (chunk: Buffer) =>
    chunk
      .toString()
      .trim()
      .split('\n')
      .forEach((line) => lines.shift()?.(line)),
  );
  const nextLine = () => new Promise<string>((resolve) => lines.push(resolve));
  return nextLine().then((port) => ({
    port: Number(port),
    rss: () => {
      const answer = nextLine();
      child.stdin.write('\n');
      return answer.then((line) => JSON.parse(line));
    },
    stop: () => child.kill('SIGTERM'),
  }));
}

async function main() {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: BENCH_DB },
      seconds: { type: 'string', default: '10' },
      workers: { type: 'string', default: '1' },
    },
  });
  const db = values.db!;
  if (!existsSync(db))
    throw new Error(`${db} does not exist: run npm run bench:gen -- --datasets 100000 first`);
  const catalogue = openCatalogue(db, { readonly: true, searchCacheBytes: 0 });
  const total = catalogue.search.search({ pageSize: 1 }).total;
  console.log(
    `Search benchmark on ${total} datasets (${db}); ${MIX.length} queries in a fixed mix, ${values.seconds} s per run\n`,
  );

  // The floor: the same queries in process, without HTTP (after one warm-up pass).
  for (const query of MIX) if (query.params) catalogue.search.search(query.params);
  const timings: number[] = [];
  for (let round = 0; round < 20; round++) {
    for (const query of MIX) {
      const started = performance.now();
      if (query.params) catalogue.search.search(query.params);
      else catalogue.store.getDataset(query.record!);
      timings.push(performance.now() - started);
    }
  }
  timings.sort((a, b) => a - b);
  const at = (p: number) =>
    timings[Math.min(timings.length - 1, Math.floor((p / 100) * timings.length))]!.toFixed(2);
  console.log(
    `in process, no HTTP, no result cache (the uncached work): p50 ${at(50)} ms, p95 ${at(95)} ms, p99 ${at(99)} ms over ${timings.length} queries`,
  );
  catalogue.close();

  for (const [label, cacheSize] of [
    ['result cache on (default)', 500],
    ['result cache off', 0],
  ] as const) {
    const server = await startServer(db, cacheSize, Number(values.workers));
    try {
      for (const connections of [1, 32]) {
        const times: number[] = [];
        const result = await new Promise<autocannon.Result>((resolve, reject) => {
          const instance = autocannon(
            {
              url: `http://127.0.0.1:${server.port}`,
              connections,
              duration: Number(values.seconds),
              requests: MIX.map((query) => ({ method: 'GET', path: query.path })),
            },
            (error, finished) => (error ? reject(error) : resolve(finished)),
          );
          instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
        });
        const { rssMb, peakRssMb } = await server.rss();
        times.sort((a, b) => a - b);
        const pct = (p: number) =>
          (times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? NaN).toFixed(1);
        console.log(
          `HTTP, ${label}, ${String(connections).padStart(2)} connection(s): p50 ${pct(50)} ms, p95 ${pct(95)} ms,` +
            ` p99 ${pct(99)} ms, ${result.requests.average.toFixed(0)} requests/s, errors ${result.errors + result.non2xx}` +
            `, server RSS ${rssMb.toFixed(0)} MB (peak ${peakRssMb.toFixed(0)} MB)`,
        );
      }
    } finally {
      server.stop();
    }
  }
}

main().catch((error) => {
  console.error(error.message ?? error);
  process.exitCode = 1;
});
