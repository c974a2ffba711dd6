import { spawn, type ChildProcess } from 'node:child_process';
import { request } from 'node:http';
import { join } from 'node:path';
import { openCatalogue } from '../catalog';
import { tempDbPath } from '../catalog/testing';
import { SAMPLE_RECORDS } from './testing';

const TSX = join(__dirname, '../node_modules/.bin/tsx');

/** Serves a catalogue with `workers` processes as npm start does; resolves with its port once all listen. */
function serveChild(db: string, workers: number, env: Record<string, string>) {
  const child = spawn(TSX, [join(__dirname, 'serve-main.ts'), db, String(workers)], {
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, ATLAS_LOG_LEVEL: 'silent', ...env },
  });
  const port = new Promise<number>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`server exited (${code})`)));
    child.stdout!.once('data', (chunk: Buffer) => resolve(Number(chunk.toString().trim())));
  });
  return { child, port };
}

/** One request on a connection of its own, so the cluster may hand each to another worker. */
function statusOf(port: number, path: string): Promise<{ status: number; pid: string }> {
  return new Promise((resolve, reject) => {
    const sent = request({ host: '127.0.0.1', port, path, agent: false }, (response) => {
      response.resume();
      response.on('end', () => resolve({ status: response.statusCode!, pid: '' }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

const stopped = (child: ChildProcess) =>
  new Promise<number | null>((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });

describe('serve with worker processes', () => {
  let db: string;
  beforeAll(() => {
    db = tempDbPath();
    const catalogue = openCatalogue(db);
    catalogue.store.upsertRecords(SAMPLE_RECORDS, '2026-11-01T00:00:00.000Z');
    catalogue.close();
  });

  it('answers from two workers that share one rate limit, and stops them all on SIGTERM', async () => {
    const { child, port } = serveChild(db, 2, { ATLAS_RATE_LIMIT_PER_MINUTE: '6' });
    try {
      const statuses: number[] = [];
      for (let sent = 0; sent < 10; sent++)
        statuses.push((await statusOf(await port, '/api/datasets')).status);
      // Per-worker counting would allow up to 12 before refusing; shared counting refuses from the 7th.
      expect(statuses.slice(0, 6)).toEqual([200, 200, 200, 200, 200, 200]);
      expect(statuses.slice(6)).toEqual([429, 429, 429, 429]);
    } finally {
      expect(await stopped(child)).not.toBeNull();
    }
  }, 60_000);
});
