/**
 * Harvesting several sources into one catalogue: the library entry point used by the CLI and `npm start`.
 * Each source runs on its own; one failing leaves the others (and its own last good records) untouched.
 * `offline` starts the replay server on loopback and points every source at the bundled snapshot.
 */
import { openCatalogue, refreshCounterparts, type Catalogue } from '../catalog';
import { createHttpClient, type HttpOptions } from './http';
import { startReplayServer } from './replay/server';
import { harvestSource, type HarvestResult } from './run';
import { connectorFor, SOURCE_NAMES, type SourceLocations, type SourceName } from './sources/registry';
import type { HarvestMode } from './sources/types';

export const BUNDLED_EXPORT_PATH = '/datash/上海市公共数据开放平台资源目录.xlsx';
const DAY_MS = 86_400_000;

export interface HarvestRequest extends SourceLocations {
  db: string;
  sources?: SourceName[];
  /** auto: incremental when the last full sweep of that source is recent enough, else full. */
  mode?: HarvestMode | 'auto';
  fullSweepDays?: number;
  graceDays?: number;
  dryRun?: boolean;
  offline?: boolean;
  http?: HttpOptions;
  onProgress?: (source: string, done: number, total: number) => void;
}

export async function harvest(request: HarvestRequest): Promise<HarvestResult[]> {
  const replay = request.offline ? await startReplayServer() : undefined;
  const catalogue = openCatalogue(request.db);
  try {
    const endpoints = replay
      ? Object.fromEntries(SOURCE_NAMES.map((name) => [name, replay.url]))
      : (request.endpoints ?? {});
    const files = replay
      ? { datash: `${replay.url}${BUNDLED_EXPORT_PATH}`, ...request.files }
      : (request.files ?? {});
    const http = createHttpClient(
      replay ? { requestsPerSecond: 0, maxConcurrentPerHost: 8, ...request.http } : request.http,
    );
    const results: HarvestResult[] = [];
    for (const name of request.sources ?? SOURCE_NAMES) {
      let mode: HarvestMode = request.mode === 'incremental' ? 'incremental' : 'full';
      if ((request.mode ?? 'auto') === 'auto') {
        const lastFull = catalogue.store.lastSuccessfulRun(name, 'full');
        const recent =
          lastFull && Date.now() - Date.parse(lastFull.startedAt) < (request.fullSweepDays ?? 7) * DAY_MS;
        mode = recent ? 'incremental' : 'full';
      }
      results.push(
        await harvestSource(connectorFor(name, { endpoints, files }), {
          store: catalogue.store,
          http,
          mode,
          dryRun: request.dryRun,
          graceDays: request.graceDays,
          onProgress: (done, total) => request.onProgress?.(name, done, total),
        }),
      );
    }
    if (!request.dryRun) refreshCounterpartsAfter(catalogue, results);
    return results;
  } finally {
    catalogue.close();
    await replay?.close();
  }
}

/**
 * Counterparts are computed from the whole catalogue, after every source is written: once per harvest,
 * and only when a source wrote something new (refreshCounterparts also skips an unchanged catalogue).
 */
function refreshCounterpartsAfter(catalogue: Catalogue, results: readonly HarvestResult[]): void {
  if (!results.some((result) => result.status === 'succeeded')) return;
  refreshCounterparts(catalogue.db, catalogue.store);
}
