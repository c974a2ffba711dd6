/**
 * `npm run bench:counterparts [-- --datasets 15000 --db data/bench-counterparts.db]`: builds a catalogue of
 * that many datasets from the fixture records (bench/gen.ts), computes every dataset's counterparts as a
 * harvest does (read, compute, write, timed apart; budget 60 s for 15,000), then times
 * GET /api/datasets/{id}/related (in process and over HTTP on loopback; target ≤ 5 ms) and /api/twins.
 */
import { existsSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { parseArgs } from 'node:util';
import { openCatalogue } from '../catalog';
import { computeCounterparts } from '../catalog/counterparts/engine';
import { createApp } from '../server/app';
import { configFromEnv } from '../server/config';
import { generate } from './gen';

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
const summary = (label: string, timesMs: number[]) => {
  const sorted = [...timesMs].sort((a, b) => a - b);
  return `${label.padEnd(38)} n=${String(sorted.length).padStart(4)}  p50 ${percentile(sorted, 0.5).toFixed(2)} ms  p95 ${percentile(sorted, 0.95).toFixed(2)} ms  max ${sorted[sorted.length - 1]!.toFixed(2)} ms`;
};
const since = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      datasets: { type: 'string', default: '15000' },
      db: { type: 'string', default: 'data/bench-counterparts.db' },
      samples: { type: 'string', default: '500' },
    },
  });
  const count = Number(values.datasets);
  const path = values.db!;
  if (!existsSync(path)) generate(count, path);
  const catalogue = openCatalogue(path);
  const total = catalogue.db.prepare<[], { n: number }>('SELECT count(*) AS n FROM datasets').get()!.n;
  console.log(`catalogue ${path}: ${total} datasets`);

  const cpuBefore = process.cpuUsage();
  let start = process.hrtime.bigint();
  const records = [...catalogue.store.iterateRecords()];
  const readMs = since(start);
  start = process.hrtime.bigint();
  const output = computeCounterparts(records);
  const computeMs = since(start);
  start = process.hrtime.bigint();
  catalogue.counterparts.replaceAll(output, `bench ${Date.now()}`);
  const writeMs = since(start);
  const totalMs = readMs + computeMs + writeMs;
  const cpu = process.cpuUsage(cpuBefore);
  console.log(
    `all counterparts: read ${(readMs / 1000).toFixed(1)} s, compute ${(computeMs / 1000).toFixed(1)} s, ` +
      `write ${(writeMs / 1000).toFixed(1)} s = ${(totalMs / 1000).toFixed(1)} s for ${records.length} datasets ` +
      `(budget 60 s for 15,000); CPU time ${((cpu.user + cpu.system) / 1e6).toFixed(1)} s ` +
      '(wall time includes waiting for a core on a shared machine)',
  );
  const items = output.results.reduce((sum, result) => sum + result.items.length, 0);
  const empty = output.results.filter((result) => result.empty).length;
  console.log(
    `  ${items} counterparts stored (${(items / records.length).toFixed(1)} a dataset), ${empty} with no usable text`,
  );

  const step = Math.max(1, Math.floor(records.length / Number(values.samples)));
  const sample = records.filter((_, index) => index % step === 0).map((record) => record.id);
  const inProcess = sample.map((id) => {
    const begin = process.hrtime.bigint();
    catalogue.counterparts.related(id, { limit: 10 });
    return since(begin);
  });
  console.log(summary('related(), in process', inProcess));

  const app = createApp({
    catalogue,
    config: { ...configFromEnv(), logLevel: 'silent', rateLimitPerMinute: 0 },
  });
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const timed = async (url: string) => {
    const begin = process.hrtime.bigint();
    const response = await fetch(url);
    await response.arrayBuffer();
    if (response.status !== 200) throw new Error(`${url}: ${response.status}`);
    return since(begin);
  };
  const overHttp: number[] = [];
  for (const id of sample)
    overHttp.push(await timed(`${base}/api/datasets/${encodeURIComponent(id)}/related?limit=10`));
  console.log(summary('GET /related?limit=10, HTTP loopback', overHttp));
  const twins: number[] = [];
  for (const query of ['', 'area=mobility', 'q=bus', 'q=空气质量', 'area=living&q=sports', 'q=人口普查']) {
    for (let run = 0; run < 10; run++) twins.push(await timed(`${base}/api/twins?limit=20&${query}`));
  }
  console.log(summary('GET /twins?limit=20 (6 queries), HTTP', twins));
  server.close();
  catalogue.close();
  if (process.argv.includes('--clean')) rmSync(path, { force: true });
}

void main();
