/**
 * Catalogue search: full text (FTS5, all three scripts, glossary-expanded), filters, bbox (R*Tree),
 * facets where each facet ignores its own filter, and sorting. Titles that match outrank other matches.
 */
import type { Access, AreaId, BBox, City, DatasetRecord, LocalizedText } from '../../catalog-schema';
import { SEARCH_LIMITS, SEARCH_SORTS, type SearchSort } from '../../catalog-schema/api/search-limits';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db';
import { CatalogError } from '../errors';
import { applyOverrides, type CatalogStore } from '../store';
import { FACET_NAMES, FacetIndexCache, type FacetIndex, type FacetName } from './facet-index';
import { buildMatchExpression } from './query';
import { DEFAULT_RESULT_CACHE_BYTES, resultCache, type CachedResult } from './result-cache';
import { facetList, tally } from './tally';
import { TextMatcher, type TextMatches } from './text-matches';

export { FACET_NAMES, type FacetName };

// The parameters' bounds are the API contract's (one definition); the library enforces them for every caller.
export const SORTS = SEARCH_SORTS;
export type Sort = SearchSort;
export const MAX_PAGE_SIZE = SEARCH_LIMITS.maxPageSize;

export interface SearchParams {
  q?: string;
  city?: City[];
  area?: AreaId[];
  source?: string[];
  format?: string[];
  publisher?: string[];
  access?: Access[];
  /** ISO 8601 date or date-time; datasets modified at or after it. */
  modifiedSince?: string;
  bbox?: BBox;
  bboxRelation?: 'intersects' | 'within';
  sort?: Sort;
  page?: number;
  pageSize?: number;
}

export interface FacetValue {
  value: string;
  count: number;
  label?: LocalizedText;
}

export type Facets = Record<FacetName, FacetValue[]>;

export interface SearchResult {
  total: number;
  page: number;
  pageSize: number;
  items: DatasetRecord[];
  facets: Facets;
}

/** The same search, however its parameters were written: lists sorted, absent and empty alike. */
function cacheKey(params: SearchParams): string {
  const normalised = Object.entries(params)
    .filter(([, value]) => value !== undefined && !(Array.isArray(value) && !value.length))
    .map(
      ([name, value]) => [name, Array.isArray(value) && name !== 'bbox' ? [...value].sort() : value] as const,
    )
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return JSON.stringify(normalised);
}

const WITHIN_TOLERANCE_DEGREES = 1e-4;

function assertBBox(bbox: BBox): void {
  const [minLon, minLat, maxLon, maxLat] = bbox;
  const ok =
    bbox.length === 4 &&
    bbox.every(Number.isFinite) &&
    minLon >= -180 &&
    maxLon <= 180 &&
    minLat >= -90 &&
    maxLat <= 90 &&
    minLon <= maxLon &&
    minLat <= maxLat;
  if (!ok) {
    throw new CatalogError(
      'invalid_filter',
      'bbox must be minLon,minLat,maxLon,maxLat in WGS84 with min ≤ max (lon −180..180, lat −90..90)',
    );
  }
}

function pagingOf(params: SearchParams): { page: number; pageSize: number } {
  const page = params.page ?? 1;
  const pageSize = params.pageSize ?? SEARCH_LIMITS.defaultPageSize;
  if (!Number.isInteger(page) || page < 1 || page > SEARCH_LIMITS.maxPage)
    throw new CatalogError('invalid_filter', `page must be an integer from 1 to ${SEARCH_LIMITS.maxPage}`);
  if (!Number.isInteger(pageSize) || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
    throw new CatalogError('invalid_filter', `pageSize must be an integer from 1 to ${MAX_PAGE_SIZE}`);
  }
  return { page, pageSize };
}

function modifiedSinceMs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const ms = /^\d{4}-\d{2}-\d{2}/.test(value) ? Date.parse(value) : NaN;
  if (Number.isNaN(ms)) {
    throw new CatalogError(
      'invalid_filter',
      `modifiedSince must be an ISO 8601 date or date-time, got "${value}"`,
    );
  }
  return ms;
}

export class CatalogSearch {
  private readonly facetIndex: FacetIndexCache;
  private readonly results;
  private readonly text: TextMatcher;
  private readonly bboxStatements;
  private readonly counts = { hits: 0, misses: 0 };
  private readonly recordsStatementCache = new Map<
    number,
    Statement<number[], { rowid: number; record: string }>
  >();

  constructor(
    private readonly db: Db,
    private readonly store: CatalogStore,
    options: { resultCacheBytes?: number } = {},
  ) {
    const cacheBytes = options.resultCacheBytes ?? DEFAULT_RESULT_CACHE_BYTES;
    this.results = resultCache(cacheBytes);
    this.text = new TextMatcher(db, cacheBytes > 0 ? undefined : 0);
    this.facetIndex = new FacetIndexCache(db);
    this.bboxStatements = {
      intersects: db
        .prepare<[number, number, number, number], number>(
          'SELECT rowid FROM dataset_bbox WHERE max_lon >= ? AND min_lon <= ? AND max_lat >= ? AND min_lat <= ?',
        )
        .pluck(),
      within: db
        .prepare<[number, number, number, number], number>(
          'SELECT rowid FROM dataset_bbox WHERE min_lon >= ? AND max_lon <= ? AND min_lat >= ? AND max_lat <= ?',
        )
        .pluck(),
    };
  }

  search(params: SearchParams): SearchResult {
    const { page, pageSize } = pagingOf(params);
    const sinceMs = modifiedSinceMs(params.modifiedSince);
    if (params.bbox) assertBBox(params.bbox);
    const index = this.facetIndex.get();
    const key = cacheKey(params);
    let found = this.results.get(index.version, key);
    if (found) this.counts.hits++;
    else {
      this.counts.misses++;
      found = this.compute(params, index, page, pageSize, sinceMs);
      this.results.set(index.version, key, found);
    }
    return {
      total: found.total,
      page,
      pageSize,
      items: this.records(Array.from(found.rowids), index),
      facets: found.facets,
    };
  }

  /** How the result cache is doing: hits, misses and the bytes it holds. */
  cacheStats(): { hits: number; misses: number; bytes: number } {
    return { ...this.counts, bytes: this.results.bytes };
  }

  private compute(
    params: SearchParams,
    index: FacetIndex,
    page: number,
    pageSize: number,
    sinceMs: number | undefined,
  ): CachedResult {
    const matchExpression = params.q ? buildMatchExpression(params.q) : null;
    const matches = matchExpression ? this.text.match(matchExpression, index) : undefined;
    const inBox = params.bbox
      ? this.boxMask(params.bbox, params.bboxRelation ?? 'intersects', index)
      : undefined;
    const wanted: Record<FacetName, string[] | undefined> = {
      city: params.city,
      area: params.area,
      source: params.source,
      format: params.format?.map((format) => format.toUpperCase()),
      publisher: params.publisher,
      access: params.access,
    };
    const facets = FACET_NAMES.map((name) => {
      const column = index.columns[name];
      const values = wanted[name];
      const selected = values?.length ? new Uint8Array(column.values.length) : undefined;
      for (const value of values ?? []) {
        const code = column.codeOf.get(value);
        if (code !== undefined) selected![code] = 1;
      }
      return { name, column, selected, counts: new Uint32Array(column.values.length) };
    });
    const unfiltered = !matches && !inBox && sinceMs === undefined && !facets.some((facet) => facet.selected);
    let matched: Uint8Array | undefined;
    let total: number;
    if (unfiltered) {
      // Browsing the whole catalogue: counts computed once per data version, no pass at all.
      index.unfilteredCounts ??= tally(
        index,
        facets.map((facet) => ({ ...facet, counts: new Uint32Array(facet.counts.length) })),
        undefined,
        undefined,
        undefined,
      ).counts;
      facets.forEach((facet, at) => facet.counts.set(index.unfilteredCounts![at]!));
      total = index.size;
    } else {
      ({ matched, total } = tally(index, facets, matches?.positions, inBox, sinceMs));
    }
    const pagePositions = this.order(params.sort, index, matched, matches, {
      start: (page - 1) * pageSize,
      end: page * pageSize,
    });
    return {
      total,
      rowids: Int32Array.from(pagePositions, (position) => index.rowids[position]!),
      facets: Object.fromEntries(
        facets.map((facet) => [facet.name, facetList(facet.name, facet.column, facet.counts, index)]),
      ) as Facets,
    };
  }

  private order(
    sort: Sort | undefined,
    index: FacetIndex,
    matched: Uint8Array | undefined,
    matches: TextMatches | undefined,
    range: { start: number; end: number },
  ): number[] {
    const effective = sort ?? 'relevance';
    if (effective === 'relevance' && matches) {
      const { positions, titleRank, score } = matches;
      const kept: number[] = [];
      for (let at = 0; at < positions.length; at++) if (matched?.[positions[at]!]) kept.push(at);
      const modified = index.modifiedMs;
      return kept
        .sort(
          (a, b) =>
            titleRank[a]! - titleRank[b]! ||
            score[a]! - score[b]! ||
            modified[positions[b]!]! - modified[positions[a]!]!,
        )
        .slice(range.start, range.end)
        .map((at) => positions[at]!);
    }
    const sorted = effective === 'title' ? index.byTitle : index.byModified;
    if (!matched) return Array.from(sorted.subarray(range.start, range.end));
    const positions: number[] = [];
    let seen = 0;
    for (let at = 0; at < sorted.length && positions.length < range.end - range.start; at++) {
      const position = sorted[at]!;
      if (matched[position] && seen++ >= range.start) positions.push(position);
    }
    return positions;
  }

  private boxMask(bbox: BBox, relation: 'intersects' | 'within', index: FacetIndex): Uint8Array {
    const [minLon, minLat, maxLon, maxLat] = bbox;
    // R*Tree keeps 32-bit floats rounded outward and compares in float32, so "within" allows ~10 m.
    const slack = WITHIN_TOLERANCE_DEGREES;
    const rowids =
      relation === 'within'
        ? this.bboxStatements.within.all(minLon - slack, maxLon + slack, minLat - slack, maxLat + slack)
        : this.bboxStatements.intersects.all(minLon, maxLon, minLat, maxLat);
    const mask = new Uint8Array(index.size);
    for (const rowid of rowids) {
      const position = rowid < index.positionOf.length ? index.positionOf[rowid]! : -1;
      if (position >= 0) mask[position] = 1;
    }
    return mask;
  }

  /** Full records for a page, in the given order, with curator overrides applied where there are any. */
  private records(rowids: number[], index: FacetIndex): DatasetRecord[] {
    if (!rowids.length) return [];
    let statement = this.recordsStatementCache.get(rowids.length);
    if (!statement) {
      statement = this.db.prepare<number[], { rowid: number; record: string }>(
        `SELECT rowid, record FROM datasets WHERE rowid IN (${rowids.map(() => '?').join(',')})`,
      );
      this.recordsStatementCache.set(rowids.length, statement);
    }
    const byRowid = new Map(statement.all(...rowids).map((row) => [row.rowid, row.record]));
    return rowids.flatMap((rowid) => {
      const text = byRowid.get(rowid);
      if (text === undefined) return [];
      const record = JSON.parse(text) as DatasetRecord;
      return [
        index.overridden.has(record.id) ? applyOverrides(record, this.store.overridesFor(record.id)) : record,
      ];
    });
  }
}
