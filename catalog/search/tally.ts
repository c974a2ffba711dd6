/**
 * Filtering and facet counting in one pass over the facet index: which candidates pass every filter, and
 * each facet's counts ignoring its own filter (a dataset failing exactly one facet's filter still counts in
 * that facet). Plain loops over typed arrays; no SQL.
 */
import { AREA_IDS, CITIES } from '../../catalog-schema';
import type { FacetColumn, FacetIndex, FacetName } from './facet-index';
import type { FacetValue } from './search';

const PUBLISHER_FACET_LIMIT = 50;

export interface FacetTally {
  name: FacetName;
  column: FacetColumn;
  selected: Uint8Array | undefined;
  counts: Uint32Array;
}

/**
 * The one pass: which candidates pass every filter, and each facet's counts ignoring its own filter (a
 * dataset failing exactly one facet's filter still counts in that facet). Plain loops over typed arrays.
 */
export function tally(
  index: FacetIndex,
  facets: FacetTally[],
  candidates: Int32Array | undefined,
  inBox: Uint8Array | undefined,
  sinceMs: number | undefined,
): { matched: Uint8Array; total: number; counts: Uint32Array[] } {
  const offsets = facets.map((facet) => facet.column.offsets);
  const codes = facets.map((facet) => facet.column.codes);
  const counts = facets.map((facet) => facet.counts);
  const active = facets.flatMap((facet, at) => (facet.selected ? [at] : []));
  const selected = facets.map((facet) => facet.selected);
  const modified = index.modifiedMs;
  const matched = new Uint8Array(index.size);
  let total = 0;
  const size = candidates ? candidates.length : index.size;
  for (let at = 0; at < size; at++) {
    const position = candidates ? candidates[at]! : at;
    if (inBox && !inBox[position]) continue;
    if (sinceMs !== undefined && modified[position]! < sinceMs) continue;
    let failed = -1;
    let rejected = false;
    for (let a = 0; a < active.length; a++) {
      const f = active[a]!;
      const wanted = selected[f]!;
      const fCodes = codes[f]!;
      const end = offsets[f]![position + 1]!;
      let pass = false;
      for (let c = offsets[f]![position]!; c < end; c++) {
        if (wanted[fCodes[c]!]) {
          pass = true;
          break;
        }
      }
      if (pass) continue;
      if (failed >= 0) {
        rejected = true;
        break;
      }
      failed = f;
    }
    if (rejected) continue;
    for (let f = 0; f < facets.length; f++) {
      if (failed >= 0 && f !== failed) continue;
      const fCodes = codes[f]!;
      const fCounts = counts[f]!;
      const end = offsets[f]![position + 1]!;
      for (let c = offsets[f]![position]!; c < end; c++) fCounts[fCodes[c]!]!++;
    }
    if (failed < 0) {
      matched[position] = 1;
      total++;
    }
  }
  return { matched, total, counts };
}

/** A facet's values with their counts, most first; cities and areas always listed, publishers capped. */
export function facetList(
  name: FacetName,
  column: FacetColumn,
  counts: Uint32Array,
  index: FacetIndex,
): FacetValue[] {
  const known: readonly string[] = name === 'city' ? CITIES : name === 'area' ? AREA_IDS : [];
  const entries: FacetValue[] = [];
  counts.forEach((count, code) => {
    if (count > 0 || known.includes(column.values[code]!))
      entries.push({ value: column.values[code]!, count });
  });
  for (const value of known) if (!column.codeOf.has(value)) entries.push({ value, count: 0 });
  entries.sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
  if (name !== 'publisher') return entries;
  return entries
    .slice(0, PUBLISHER_FACET_LIMIT)
    .map((entry) => ({ ...entry, label: index.publisherNames.get(entry.value) }));
}
