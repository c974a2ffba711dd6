/**
 * Hardening: one client floods the server as `npm start` runs it, logging at `info`, with the rate limit
 * answering nearly every request with 429, while whoever reads its stdout takes only 32 KB/s. The log
 * must not pile up in memory: the server's RSS may grow by at most RSS_GROWTH_MB after the first seconds,
 * and the lines it had to drop are counted in a `logLinesDropped` report on stdout. Loopback only; the
 * flood and the reader stop by themselves.
 */
import autocannon from 'autocannon';
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { tempDbPath } from '../catalog/testing';
import { generate } from '../bench/gen';
import { processTreeRss } from '../bench/process-rss';

const TSX = join(__dirname, '../node_modules/.bin/tsx');
const FLOOD_SECONDS = 20;
const CONNECTIONS = 16;
const READER_BYTES_PER_SECOND = 32 * 1024;
const RSS_GROWTH_MB = 64;
const WARM_UP_MS = 3_000;
const REPORT_WAIT_MS = 20_000;

/** Reads a paused stream at a fixed byte rate, keeping the text it read. */
function slowReader(stream: Readable, bytesPerSecond: number) {
  let text = '';
  const tick = setInterval(() => {
    for (let budget = bytesPerSecond / 10; budget > 0;) {
      const chunk = stream.read() as Buffer | null;
      if (!chunk) break;
      text += chunk.toString();
      budget -= chunk.length;
    }
  }, 100);
  return {
    text: () => text,
    /** From now on read everything, as fast as it comes. */
    drainFully: () => {
      clearInterval(tick);
      stream.on('data', (chunk: Buffer) => (text += chunk.toString()));
    },
    stop: () => clearInterval(tick),
  };
}

const droppedReported = (text: string) =>
  text
    .split('\n')
    .filter((line) => line.includes('"logLinesDropped"'))
    .map((line) => (JSON.parse(line) as { logLinesDropped: number }).logLinesDropped)
    .reduce((sum, count) => sum + count, 0);

it(`keeps RSS bounded and counts dropped log lines under a ${FLOOD_SECONDS} s flood of 429s`, async () => {
  const db = tempDbPath();
  generate(500, db);
  const child = spawn(TSX, [join(__dirname, 'serve-main.ts'), db, '1'], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ATLAS_LOG_LEVEL: 'info', ATLAS_RATE_LIMIT_PER_MINUTE: '60' },
  });
  const stdout = child.stdout!;
  try {
    const port = await new Promise<number>((resolve, reject) => {
      child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
      stdout.once('readable', () => {
        const first = (stdout.read() as Buffer).toString();
        resolve(Number(first.split('\n')[0]!.trim()));
      });
    });
    stdout.pause();
    const reader = slowReader(stdout, READER_BYTES_PER_SECOND);
    let warmRssMb = 0;
    let peakRssMb = 0;
    const started = Date.now();
    const sampler = setInterval(() => {
      const { rssMb } = processTreeRss(child.pid!);
      if (Date.now() - started < WARM_UP_MS) warmRssMb = Math.max(warmRssMb, rssMb);
      peakRssMb = Math.max(peakRssMb, rssMb);
    }, 500);
    const result = await new Promise<autocannon.Result>((resolve, reject) =>
      autocannon(
        {
          url: `http://127.0.0.1:${port}/api/datasets?q=bus`,
          connections: CONNECTIONS,
          duration: FLOOD_SECONDS,
        },
        (error, finished) => (error ? reject(error) : resolve(finished)),
      ),
    );
    clearInterval(sampler);
    reader.drainFully();
    const waitUntil = Date.now() + REPORT_WAIT_MS;
    while (droppedReported(reader.text()) === 0 && Date.now() < waitUntil)
      await new Promise((resolve) => setTimeout(resolve, 250));
    const dropped = droppedReported(reader.text());
    const rateLimited = result.statusCodeStats?.['429']?.count ?? 0;
    console.log(
      `${result.requests.total} requests (${rateLimited} answered 429), RSS ${warmRssMb.toFixed(0)} MB after ` +
        `${WARM_UP_MS / 1000} s, peak ${peakRssMb.toFixed(0)} MB; ${dropped} log lines dropped and reported`,
    );
    expect(rateLimited / result.requests.total).toBeGreaterThan(0.9);
    expect(peakRssMb - warmRssMb).toBeLessThan(RSS_GROWTH_MB);
    expect(dropped).toBeGreaterThan(0);
  } finally {
    child.kill('SIGTERM');
  }
}, 120_000);
