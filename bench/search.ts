/**
 * `npm run bench:search [-- --db data/bench.db --seconds 10 --workers N --json]`: search under load, served
 * exactly as `npm start` serves (server/serve.ts, one worker per core by default), driven by autocannon at 1
 * and 32 connections with two streams: a varied stream of distinct queries (bench/query-stream.ts: words and
 * Chinese runs from real titles with random filters and pages, as real users send; a cache cannot answer it)
 * and a fixed mix of 13 queries (English, 繁, 简, facets, bbox, deep pages, a record) that repeats. Prints
 * latency percentiles, requests/s, errors and the server's RSS (all its processes), then the floor: the
 * same streams in this process without HTTP.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { openCatalogue, type SearchParams } from '../catalog';
import { BENCH_DB } from './gen';
import { processTreeRss } from './process-rss';
import { queryStream, type StreamQuery } from './query-stream';

const FIXED_MIX: StreamQuery[] = [
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
];
const STREAM_LENGTH = 60_000;

export interface LoadFigure {
  stream: 'varied' | 'fixed';
  connections: number;
  p50: number;
  p95: number;
  p99: number;
  requestsPerSecond: number;
  errors: number;
  rssMb: number;
  peakRssMb: number;
}

export interface FloorFigure {
  stream: 'varied' | 'fixed';
  cache: 'on' | 'off';
  queries: number;
  meanMs: number;
  p50: number;
  p95: number;
  p99: number;
}

export interface SearchBenchmark {
  datasets: number;
  workers: number;
  seconds: number;
  load: LoadFigure[];
  floor: FloorFigure[];
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

function startServer(
  db: string,
  workers: number,
): Promise<{ port: number; rss(): { rssMb: number; peakRssMb: number }; stop(): void }> {
  const child = spawn(
    join(__dirname, '../node_modules/.bin/tsx'),
    [join(__dirname, '../server/serve-main.ts'), db, String(workers)],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
      env: { ...process.env, ATLAS_LOG_LEVEL: 'silent', ATLAS_RATE_LIMIT_PER_MINUTE: '0' },
    },
  );
  return new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening`)));
    child.stdout.once('data', (chunk: Buffer) =>
      resolve({
        port: Number(chunk.toString().trim()),
        rss: () => processTreeRss(child.pid!),
        stop: () => child.kill('SIGTERM'),
      }),
    );
  });
}

/** Every request takes the next query of the stream, whichever connection sends it. */
async function drive(port: number, stream: StreamQuery[], connections: number, seconds: number) {
  let next = 0;
  const times: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: `http://127.0.0.1:${port}`,
        connections,
        duration: seconds,
        requests: [
          {
            method: 'GET',
            setupRequest: (request) => ({ ...request, path: stream[next++ % stream.length]!.path }),
          },
        ],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  times.sort((a, b) => a - b);
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    requestsPerSecond: result.requests.average,
    errors: result.errors + result.non2xx + result.timeouts,
  };
}

function floor(
  db: string,
  stream: StreamQuery[],
  cacheBytes?: number,
): Omit<FloorFigure, 'stream' | 'cache'> {
  const catalogue = openCatalogue(db, { readonly: true, searchCacheBytes: cacheBytes });
  catalogue.search.search({ pageSize: 1 });
  const timings: number[] = [];
  const started = performance.now();
  for (const query of stream) {
    const at = performance.now();
    catalogue.search.search(query.params as SearchParams);
    timings.push(performance.now() - at);
  }
  const meanMs = (performance.now() - started) / stream.length;
  catalogue.close();
  timings.sort((a, b) => a - b);
  return {
    queries: stream.length,
    meanMs,
    p50: percentile(timings, 50),
    p95: percentile(timings, 95),
    p99: percentile(timings, 99),
  };
}

function titlesOf(db: string): string[] {
  const catalogue = openCatalogue(db, { readonly: true });
  const titles = catalogue.search
    .search({ pageSize: 100, page: 1, sort: 'modified' })
    .items.concat(
      ...Array.from(
        { length: 80 },
        (_, page) => catalogue.search.search({ pageSize: 100, page: page * 7 + 2 }).items,
      ),
    )
    .flatMap((record) => Object.values(record.title));
  catalogue.close();
  return titles;
}

export async function benchmarkSearch(options: {
  db: string;
  seconds: number;
  workers: number;
  log?: (line: string) => void;
}): Promise<SearchBenchmark> {
  const { db, seconds, workers } = options;
  const log = options.log ?? (() => {});
  const varied = queryStream(titlesOf(db), STREAM_LENGTH);
  const datasets = (() => {
    const catalogue = openCatalogue(db, { readonly: true });
    const total = catalogue.search.search({ pageSize: 1 }).total;
    catalogue.close();
    return total;
  })();
  log(
    `Search benchmark on ${datasets} datasets (${db}), ${workers} worker(s), ${seconds} s per run; varied stream of ${STREAM_LENGTH} queries (${new Set(varied.map((query) => query.path)).size} distinct), fixed mix of ${FIXED_MIX.length}`,
  );
  const load: LoadFigure[] = [];
  const server = await startServer(db, workers);
  try {
    for (const [stream, queries] of [
      ['varied', varied],
      ['fixed', FIXED_MIX],
    ] as const) {
      for (const connections of [1, 32]) {
        // Each run starts where the stream is new to the server: the varied stream is offset per run.
        const offset = load.length * 7_919;
        const ordered =
          stream === 'varied' ? [...queries.slice(offset), ...queries.slice(0, offset)] : queries;
        const figures = await drive(server.port, ordered, connections, seconds);
        const figure = { stream, connections, ...figures, ...server.rss() };
        load.push(figure);
        log(
          `HTTP, ${stream} stream, ${String(connections).padStart(2)} connection(s): p50 ${figure.p50.toFixed(1)} ms, p95 ${figure.p95.toFixed(1)} ms, p99 ${figure.p99.toFixed(1)} ms, ${figure.requestsPerSecond.toFixed(0)} requests/s, errors ${figure.errors}, server RSS ${figure.rssMb.toFixed(0)} MB (peak ${figure.peakRssMb.toFixed(0)} MB)`,
        );
      }
    }
  } finally {
    server.stop();
  }
  const floorFigures: FloorFigure[] = [
    { stream: 'varied', cache: 'on', ...floor(db, varied.slice(0, 3000)) },
    { stream: 'varied', cache: 'off', ...floor(db, varied.slice(0, 3000), 0) },
    { stream: 'fixed', cache: 'off', ...floor(db, Array.from({ length: 20 }, () => FIXED_MIX).flat(), 0) },
  ];
  for (const figure of floorFigures)
    log(
      `in process, no HTTP, ${figure.stream} stream, caches ${figure.cache}: mean ${figure.meanMs.toFixed(2)} ms, p50 ${figure.p50.toFixed(2)} ms, p95 ${figure.p95.toFixed(2)} ms, p99 ${figure.p99.toFixed(2)} ms over ${figure.queries} queries`,
    );
  return { datasets, workers, seconds, load, floor: floorFigures };
}

if (require.main === module) {
  const { values } = parseArgs({
    options: {
      db: { type: 'string', default: BENCH_DB },
      seconds: { type: 'string', default: '10' },
      workers: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
  });
  const db = values.db!;
  if (!existsSync(db)) {
    console.error(`${db} does not exist: run npm run bench:gen -- --datasets 100000 first`);
    process.exit(2);
  }
  benchmarkSearch({
    db,
    seconds: Number(values.seconds),
    workers: Number(values.workers ?? availableParallelism()),
    log: values.json ? undefined : console.log,
  }).then(
    (figures) => values.json && console.log(JSON.stringify(figures, null, 2)),
    (error: Error) => {
      console.error(error.message);
      process.exitCode = 1;
    },
  );
}
