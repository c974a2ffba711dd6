/** Loads records by id a few at a time (a shortlist can hold hundreds; the API limits requests per minute). */
import type { DatasetRecord } from '../../../catalog-schema/types';
import { ApiError, getDataset } from '../api';

const IN_FLIGHT = 4;

export async function loadRecords(
  ids: readonly string[],
  signal: AbortSignal,
): Promise<{ records: DatasetRecord[]; missing: string[] }> {
  const found = new Map<string, DatasetRecord>();
  const missing: string[] = [];
  let next = 0;
  const worker = async () => {
    while (next < ids.length && !signal.aborted) {
      const id = ids[next++]!;
      try {
        found.set(id, await getDataset(id, signal));
      } catch (error) {
        // A withdrawn dataset is reported by id; any other failure (offline, aborted) is the caller's.
        if (error instanceof ApiError && error.status === 404) missing.push(id);
        else throw error;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, ids.length) }, worker));
  return { records: ids.flatMap((id) => found.get(id) ?? []), missing };
}
