/** Test helpers for harvests: a replay server with a fresh snapshot, and quick HTTP settings. */
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

/** Changes a DATA.GOV.HK dataset's title in all three languages of the snapshot. */
export function retitle(rig: HarvestRig, name: string, suffix: string): void {
  const found = rig.replay.snapshot.datagovhk.packages.get(name)!;
  for (const result of Object.values(found) as Json[]) result.title = `${result.title} ${suffix}`;
}
