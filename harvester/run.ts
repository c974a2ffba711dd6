/**
 * The harvest run, shared by every connector: fetch (the connector's source), transform (its pure
 * mapping), classify, validate, then write everything of the source in one transaction: upserts,
 * quarantine and withdrawals. A source that fails, or loses too many items, writes nothing, so the
 * last good catalogue of that source stays as it was. Returns a typed result, not log lines.
 */
import { validateRecord, type ValidationError } from '../catalog-schema';
import type { CatalogStore, UpsertCounts } from '../catalog';
import { createClassifier, type Classification, type ClassifiableRecord } from './classify/classify';
import type { HttpClient } from './http';
import type { Connector, HarvestMode, ItemFailure, RawItem } from './sources/types';
import type { DatasetRecord } from '../catalog-schema';

export interface HarvestOptions {
  store: CatalogStore;
  http: HttpClient;
  mode: HarvestMode;
  dryRun?: boolean;
  /** Days a dataset may be missing from complete listings before it is withdrawn. */
  graceDays?: number;
  /** Above this share of failed items the source counts as failed and nothing is written. */
  maxItemFailureRatio?: number;
  classify?: (record: ClassifiableRecord) => Classification;
  now?: () => Date;
  onProgress?: (done: number, total: number) => void;
}

export interface HarvestResult extends UpsertCounts {
  source: string;
  mode: HarvestMode;
  status: 'succeeded' | 'failed';
  dryRun: boolean;
  quarantined: number;
  /** Missing from the listing, still within the grace period. */
  missing: number;
  withdrawn: number;
  /** Listed datasets not fetched because the portal says they did not change. */
  skippedUnchanged: number;
  failedRequests: number;
  requests: number;
  retries: number;
  failures: ItemFailure[];
  /** The source's marker of what it read (see FetchOutcome.checkpoint). */
  checkpoint?: string;
  error?: { code: string; message: string };
  startedAt: string;
  durationMs: number;
}

interface Quarantined {
  sourceId: string;
  raw: unknown;
  errors: ValidationError[];
}

class DryRunRollback extends Error {}

const defaultClassify = createClassifier();

function prepare(
  connector: Connector,
  items: readonly RawItem[],
  classify: (record: ClassifiableRecord) => Classification,
): { records: DatasetRecord[]; quarantined: Quarantined[] } {
  const records: DatasetRecord[] = [];
  const quarantined: Quarantined[] = [];
  for (const item of items) {
    let candidate: DatasetRecord;
    try {
      const untagged = connector.transform(item);
      const { areas, reasons } = classify(untagged);
      candidate = { ...untagged, areas, areaReasons: reasons };
    } catch (error) {
      const { code, message } = error as { code?: string; message: string };
      quarantined.push({
        sourceId: item.sourceId,
        raw: item.payload,
        errors: [{ path: '', message: `${code ?? 'transform_failed'}: ${message}` }],
      });
      continue;
    }
    const validation = validateRecord(candidate);
    if (validation.ok) records.push(validation.record);
    else quarantined.push({ sourceId: item.sourceId, raw: item.payload, errors: validation.errors });
  }
  return { records, quarantined };
}

export async function harvestSource(connector: Connector, options: HarvestOptions): Promise<HarvestResult> {
  const now = options.now ?? (() => new Date());
  const started = now();
  const startedAt = started.toISOString();
  const { store, http } = options;
  const dryRun = options.dryRun ?? false;
  const requestsBefore = { ...http.stats };
  const result: HarvestResult = {
    source: connector.source,
    mode: options.mode,
    status: 'failed',
    dryRun,
    created: 0,
    updated: 0,
    unchanged: 0,
    quarantined: 0,
    missing: 0,
    withdrawn: 0,
    skippedUnchanged: 0,
    failedRequests: 0,
    requests: 0,
    retries: 0,
    failures: [],
    startedAt,
    durationMs: 0,
  };
  const runId = dryRun ? null : store.startRun(connector.source, options.mode, startedAt);
  const finish = () => {
    result.requests = http.stats.requests - requestsBefore.requests;
    result.retries = http.stats.retries - requestsBefore.retries;
    result.durationMs = now().getTime() - started.getTime();
    if (runId !== null) store.finishRun(runId, result.status, result, now().toISOString());
    return result;
  };

  try {
    const lastSuccess = store.lastSuccessfulRun(connector.source);
    const outcome = await connector.fetch({
      http,
      mode: options.mode,
      lastSuccessAt: lastSuccess ? new Date(lastSuccess.startedAt) : undefined,
      lastCheckpoint: (lastSuccess?.result as Partial<HarvestResult> | null)?.checkpoint,
      known: store.knownRecords(connector.source),
      now: started,
      onProgress: options.onProgress,
    });
    result.failures = outcome.failures;
    result.failedRequests = outcome.failures.length;
    result.skippedUnchanged = outcome.skippedUnchanged;
    if (outcome.checkpoint) result.checkpoint = outcome.checkpoint;
    // Measured against the whole listing: an incremental run that fetches one new id and fails on it
    // has not lost the source.
    const listed =
      outcome.listedIds?.size ?? outcome.items.length + outcome.failures.length + outcome.skippedUnchanged;
    const ratio = listed ? outcome.failures.length / listed : 0;
    if (ratio > (options.maxItemFailureRatio ?? 0.1)) {
      result.error = {
        code: 'too_many_failures',
        message: `${outcome.failures.length} of ${listed} listed datasets could not be fetched; nothing written`,
      };
      return finish();
    }
    const { records, quarantined } = prepare(connector, outcome.items, options.classify ?? defaultClassify);
    const writtenAt = now().toISOString();
    try {
      store.db.transaction(() => {
        Object.assign(result, store.upsertRecords(records, writtenAt));
        for (const entry of quarantined) {
          store.quarantine(
            {
              source: connector.source,
              sourceId: entry.sourceId,
              raw: entry.raw,
              errors: entry.errors,
              runId,
            },
            writtenAt,
          );
        }
        result.quarantined = quarantined.length;
        if (outcome.listedIds) {
          Object.assign(
            result,
            store.markMissing(connector.source, outcome.listedIds, writtenAt, options.graceDays ?? 7),
          );
        }
        if (dryRun) throw new DryRunRollback();
      })();
    } catch (error) {
      if (!(error instanceof DryRunRollback)) throw error;
    }
    result.status = 'succeeded';
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    result.error = { code: code ?? 'harvest_failed', message };
  }
  return finish();
}

/** One line per source for people; the full result is stored with the run. */
export function summarize(result: HarvestResult): string {
  const counts =
    `created ${result.created}, updated ${result.updated}, unchanged ${result.unchanged}, ` +
    `quarantined ${result.quarantined}, withdrawn ${result.withdrawn}, failed requests ${result.failedRequests}`;
  const extra = [
    result.missing ? `${result.missing} missing (grace period)` : '',
    result.skippedUnchanged ? `${result.skippedUnchanged} skipped as unchanged` : '',
    `${result.requests} requests`,
    `${(result.durationMs / 1000).toFixed(1)} s`,
  ].filter(Boolean);
  const status = result.status === 'succeeded' ? (result.dryRun ? 'dry run' : 'ok') : 'FAILED';
  const line = `${result.source.padEnd(10)} ${status.padEnd(7)} ${counts} (${extra.join(', ')})`;
  return result.error ? `${line}\n           ${result.error.code}: ${result.error.message}` : line;
}
