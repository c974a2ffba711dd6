/**
 * What every connector supplies to the shared runner: a source that only does I/O (fetch) and a pure
 * transform from one raw portal payload to a unified record. The runner does the rest.
 */
import type { DatasetRecord } from '../../catalog-schema';
import type { HttpClient } from '../http';

export type HarvestMode = 'full' | 'incremental';

export interface RawItem {
  sourceId: string;
  /** Exactly what the portal answered (per language for CKAN), kept in quarantine if it cannot be mapped. */
  payload: unknown;
}

/** A request or item that failed after retries; the source as a whole may still succeed. */
export interface ItemFailure {
  code: string;
  message: string;
  sourceId?: string;
  url?: string;
}

export interface FetchOutcome {
  items: RawItem[];
  /** Every id in the portal's listing, only when the listing was complete: withdrawals rely on it. */
  listedIds?: ReadonlySet<string>;
  /** Listed ids the portal says did not change since the last run, so they were not fetched. */
  skippedUnchanged: number;
  failures: ItemFailure[];
  /**
   * What the source read, as the source understands it (the export file's hash): stored with the run and
   * handed back as `lastCheckpoint` next time, so an unchanged input need not be read again.
   */
  checkpoint?: string;
}

export interface KnownDataset {
  modified?: string;
}

export interface FetchContext {
  http: HttpClient;
  mode: HarvestMode;
  /** When the last successful run of this source started, for change feeds. */
  lastSuccessAt?: Date;
  /** The checkpoint of the last successful run of this source, if its source gives one. */
  lastCheckpoint?: string;
  /** What the catalogue already holds of this source, by source id. */
  known: ReadonlyMap<string, KnownDataset>;
  now: Date;
  onProgress?: (done: number, total: number) => void;
}

/** Thrown by a transform: this payload cannot become a record; the runner quarantines it with the reason. */
export class TransformError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'TransformError';
  }
}

/** Thrown by a source: the whole source failed (listing unreachable, unexpected shape); nothing is written. */
export class SourceError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'SourceError';
  }
}

/** A transformed record before tagging: the runner adds areas and their reasons. */
export type UntaggedRecord = Omit<DatasetRecord, 'areas' | 'areaReasons'>;

export interface Connector {
  /** The catalogue's source name, e.g. datagovhk. */
  source: string;
  fetch(context: FetchContext): Promise<FetchOutcome>;
  transform(item: RawItem): UntaggedRecord;
}

/** Runs tasks with at most `limit` in flight, keeping results in input order. */
export async function mapLimit<T, R>(
  inputs: readonly T[],
  limit: number,
  task: (input: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(inputs.length);
  let next = 0;
  const worker = async () => {
    while (next < inputs.length) {
      const index = next++;
      results[index] = await task(inputs[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, inputs.length) }, worker));
  return results;
}

/**
 * Fetches one raw item per input with bounded concurrency. A failure (after the HTTP client's retries)
 * is recorded against that input and does not stop the others; progress is reported as items finish.
 */
export async function fetchEach<T>(
  inputs: readonly T[],
  concurrency: number,
  context: FetchContext,
  identify: (input: T) => string,
  fetchOne: (input: T) => Promise<RawItem>,
): Promise<{ items: RawItem[]; failures: ItemFailure[] }> {
  const failures: ItemFailure[] = [];
  let done = 0;
  const fetched = await mapLimit(inputs, concurrency, async (input) => {
    try {
      return await fetchOne(input);
    } catch (error) {
      const { code, message, url } = error as { code?: string; message: string; url?: string };
      failures.push({ code: code ?? 'error', message, sourceId: identify(input), url });
      return undefined;
    } finally {
      context.onProgress?.(++done, inputs.length);
    }
  });
  return { items: fetched.filter((item): item is RawItem => item !== undefined), failures };
}
