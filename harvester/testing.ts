/** Test helpers for harvests: a replay server with a fresh snapshot, and quick HTTP settings. */
import { join } from 'node:path';
import { openCatalogue, type Catalogue } from '../catalog';
import { tempDbPath } from '../catalog/testing';
import { harvest, type HarvestRequest } from './harvest';
import type { HttpOptions } from './http';
import { startReplayServer, type ReplayServer } from './replay/server';
import { loadSnapshot, type Json } from './replay/snapshot';

export const SMALL_EXPORT = '/datash/catalogue-export.small.csv';

/** No rate limit on loopback, few quick retries, short timeouts: faults resolve in well under a second. */
export const QUICK_HTTP: HttpOptions = {
  requestsPerSecond: 0,
  maxConcurrentPerHost: 8,
  retries: 1,
  baseDelayMs: 5,
  timeoutMs: 400,
};

export interface HarvestRig {
  replay: ReplayServer;
  db: string;
  run(extra?: Partial<HarvestRequest>): ReturnType<typeof harvest>;
  open(): Catalogue;
  close(): Promise<void>;
}

export async function harvestRig(): Promise<HarvestRig> {
  const replay = await startReplayServer({ snapshot: loadSnapshot() });
  const db = tempDbPath();
  const endpoints = { datagovhk: replay.url, csdi: replay.url, datash: replay.url };
  return {
    replay,
    db,
    run: (extra = {}) =>
      harvest({
        db,
        endpoints,
        files: { datash: `${replay.url}${SMALL_EXPORT}` },
        mode: 'full',
        http: QUICK_HTTP,
        ...extra,
      }),
    open: () => openCatalogue(db),
    close: () => replay.close(),
  };
}

/** The stored record JSON of one source, in id order: what "the catalogue of that source" holds. */
export function recordsOf(rig: HarvestRig, source: string): string[] {
  const catalogue = rig.open();
  try {
    return catalogue.db
      .prepare<[string], { record: string }>('SELECT record FROM datasets WHERE source = ? ORDER BY id')
      .all(source)
      .map((row) => row.record);
  } finally {
    catalogue.close();
  }
}

/** tsx and the harvest CLI, for tests that run `npm run harvest` as a child process. */
export const TSX = join(__dirname, '../node_modules/.bin/tsx');
export const HARVEST_CLI = join(__dirname, 'cli.ts');

/** Changes a DATA.GOV.HK dataset's title in all three languages of the snapshot. */
export function retitle(rig: HarvestRig, name: string, suffix: string): void {
  const found = rig.replay.snapshot.datagovhk.packages.get(name)!;
  for (const result of Object.values(found) as Json[]) result.title = `${result.title} ${suffix}`;
}
