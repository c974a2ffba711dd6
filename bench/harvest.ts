/**
 * `npm run bench:harvest`: harvests a generated scale snapshot (~15,000 datasets) from a replay server in
 * another process, at 0 ms and 20 ms latency (`--runs N` full harvests each, default 3, median shown), then a
 * no-change incremental run; prints records/s, CPU ms per record, peak RSS of the harvester, the requests
 * and seconds of the incremental run, and what the same requests cost a bare HTTP client (bare-client.ts).
 */
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_TARGETS } from './scale-snapshot';

const tsx = join(__dirname, '../node_modules/.bin/tsx');

function startReplay(latencyMs: number): Promise<{ url: string; stop(): void }> {
  const child = spawn(tsx, [join(__dirname, 'replay-process.ts'), String(latencyMs)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.once('data', (chunk: Buffer) =>
      resolve({ url: chunk.toString().trim(), stop: () => child.kill('SIGTERM') }),
    );
    child.once('exit', (code) => reject(new Error(`replay exited with ${code}`)));
  });
}

interface Measurement {
  wallMs: number;
  cpuMs: number;
  userMs: number;
  systemMs: number;
  peakRssMb: number;
  results: {
    source: string;
    status: string;
    created: number;
    updated: number;
    unchanged: number;
    requests: number;
    durationMs: number;
    skippedUnchanged: number;
  }[];
}

function harvestOnce(url: string, db: string, mode: 'full' | 'incremental'): Measurement {
  return JSON.parse(
    execFileSync(tsx, [join(__dirname, 'harvest-once.ts'), url, db, mode], {
      encoding: 'utf8',
      maxBuffer: 1 << 24,
    }),
  );
}

const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;

const perCpuSecond = (records: number, cpuMs: number) => Math.round(records / (cpuMs / 1000));

async function main() {
  const total = DEFAULT_TARGETS.datagovhk + DEFAULT_TARGETS.csdi + DEFAULT_TARGETS.datash;
  console.log(
    `Harvest benchmark: ${total} datasets (datagovhk ${DEFAULT_TARGETS.datagovhk}, csdi ${DEFAULT_TARGETS.csdi}, datash ${DEFAULT_TARGETS.datash} from an .xlsx export)`,
  );
  console.log("The replay server runs in its own process; CPU and RSS are the harvester's alone.");
  console.log(
    `Each full harvest runs ${RUNS} times, each in a fresh process into a new file; the median run is shown.\n`,
  );
  for (const latencyMs of [0, 20]) {
    const replay = await startReplay(latencyMs);
    try {
      const runs: { db: string; measurement: Measurement }[] = [];
      for (let run = 0; run < RUNS; run++) {
        const db = join(mkdtempSync(join(tmpdir(), 'atlas-bench-')), 'catalog.db');
        runs.push({ db, measurement: harvestOnce(replay.url, db, 'full') });
      }
      runs.sort((a, b) => a.measurement.cpuMs - b.measurement.cpuMs);
      const { db, measurement: full } = runs[Math.floor(runs.length / 2)]!;
      const records = full.results.reduce((sum, result) => sum + result.created, 0);
      const failed = full.results
        .filter((result) => result.status !== 'succeeded')
        .map((result) => result.source);
      console.log(
        `latency ${latencyMs} ms, full harvest${failed.length ? ` (FAILED: ${failed.join(', ')})` : ''}`,
      );
      console.log(`  records written      ${records}`);
      console.log(
        `  wall time            ${(full.wallMs / 1000).toFixed(1)} s  (${Math.round(records / (full.wallMs / 1000))} records/s)`,
      );
      const cpuRange = runs.map((run) => perCpuSecond(records, run.measurement.cpuMs));
      console.log(
        `  CPU                  ${(full.cpuMs / 1000).toFixed(1)} s  (${(full.cpuMs / records).toFixed(2)} ms/record, ${perCpuSecond(records, full.cpuMs)} records per CPU-second; target ≥ 2000)`,
      );
      console.log(
        `                       user ${(full.userMs / 1000).toFixed(1)} s, system ${(full.systemMs / 1000).toFixed(1)} s`,
      );
      console.log(`  CPU over ${RUNS} runs     ${cpuRange.join(', ')} records per CPU-second`);
      console.log(`  peak RSS             ${full.peakRssMb.toFixed(0)} MB`);
      for (const result of full.results) {
        console.log(
          `    ${result.source.padEnd(10)} ${String(result.created).padStart(6)} records  ${String(result.requests).padStart(6)} requests  ${(result.durationMs / 1000).toFixed(1)} s`,
        );
      }
      const incremental = harvestOnce(replay.url, db, 'incremental');
      const requests = incremental.results.reduce((sum, result) => sum + result.requests, 0);
      const harvestSeconds = incremental.results.reduce((sum, result) => sum + result.durationMs, 0) / 1000;
      console.log(
        `  no-change incremental run: ${requests} requests, ${harvestSeconds.toFixed(1)} s of harvesting (${(incremental.wallMs / 1000).toFixed(1)} s with start-up; target ≤ 5 s)`,
      );
      for (const result of incremental.results) {
        console.log(
          `    ${result.source.padEnd(10)} ${result.requests} requests, ${result.unchanged} unchanged, ${result.skippedUnchanged} skipped, ${(result.durationMs / 1000).toFixed(1)} s`,
        );
      }
      const bare = JSON.parse(
        execFileSync(tsx, [join(__dirname, 'bare-client.ts'), replay.url], { encoding: 'utf8' }),
      ) as { requests: number; cpuMs: number };
      console.log(
        `  transport floor: a bare undici client spends ${((bare.cpuMs * 1000) / bare.requests).toFixed(0)} µs of CPU a request (${bare.requests} package_show, JSON parsed, nothing else)`,
      );
      console.log('');
    } finally {
      replay.stop();
    }
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
