/**
 * Recent search results, bounded in bytes: an entry holds the page's row ids, the total and the facet
 * counts, never whole records (those are read again by rowid on a hit), so a page of 100 long records
 * costs the cache a few hundred bytes, not megabytes.
 */
import type { Facets } from './search';
import { VersionedCache } from './versioned-cache';

export interface CachedResult {
  total: number;
  rowids: Int32Array;
  facets: Facets;
}

export const DEFAULT_RESULT_CACHE_BYTES = 16 * 1024 * 1024;

function sizeOf(entry: CachedResult, key: string): number {
  let size = 64 + key.length * 2 + entry.rowids.byteLength;
  for (const values of Object.values(entry.facets))
    for (const value of values) size += 48 + value.value.length * 2;
  return size;
}

export const resultCache = (maxBytes = DEFAULT_RESULT_CACHE_BYTES) =>
  new VersionedCache<CachedResult>(maxBytes, sizeOf);
