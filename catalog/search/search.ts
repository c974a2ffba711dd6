/**
 * Catalogue search: full text (FTS5, all three scripts, glossary-expanded), filters, bbox (R*Tree),
 * facets where each facet ignores its own filter, and sorting. Titles that match outrank other matches.
 */
import type { Access, AreaId, BBox, City, DatasetRecord, LocalizedText } from '../../catalog-schema';
import { AREA_IDS, CITIES } from '../../catalog-schema';
import { SEARCH_LIMITS, SEARCH_SORTS, type SearchSort } from '../../catalog-schema/api/search-limits';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db';
import { CatalogError } from '../errors';
import { applyOverrides, type CatalogStore } from '../store';
import {
  FACET_NAMES,
  FacetIndexCache,
  type FacetColumn,
  type FacetIndex,
  type FacetName,
} from './facet-index';

export { FACET_NAMES, type FacetName };
import { buildMatchExpression } from './query';

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

const PUBLISHER_FACET_LIMIT = 50;
const RESULT_CACHE_SIZE = 500;
const TEXT_SCORE_CACHE_SIZE = 100;

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

/** Recent results, valid for one data version only (any write to the catalogue empties it). */
class ResultCache {
  private version = '';
  private readonly entries = new Map<string, SearchResult>();

  constructor(private readonly capacity: number) {}

  get(version: string, key: string): SearchResult | undefined {
    if (version !== this.version) return undefined;
    const hit = this.entries.get(key);
    if (hit) {
      this.entries.delete(key);
      this.entries.set(key, hit);
    }
    return hit;
  }

  set(version: string, key: string, result: SearchResult): void {
    if (this.capacity <= 0) return;
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    this.entries.set(key, result);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value!);
  }
}

interface TextScore {
  /** 0 when the title matches, 1 otherwise. */
  title: number;
  score: number;
}

interface FacetTally {
  name: FacetName;
  column: FacetColumn;
  selected: Uint8Array | undefined;
  counts: Uint32Array;
}

function positionsOf(index: FacetIndex, rowids: Iterable<number>): Int32Array {
  const positions: number[] = [];
  for (const rowid of rowids) {
    const position = index.positionOf.get(rowid);
    if (position !== undefined) positions.push(position);
  }
  return Int32Array.from(positions);
}

/**
 * The one pass: which candidates pass every filter, and each facet's counts ignoring its own filter (a
 * dataset failing exactly one facet's filter still counts in that facet). Plain loops over typed arrays.
 */
function tally(
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

function facetList(
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
  private readonly resultCache: ResultCache;
  private readonly textScoreCache = new Map<string, Map<number, TextScore>>();
  private textScoreVersion = '';
  private readonly cachesEnabled: boolean;
  private readonly bboxStatements;
  private readonly recordsStatementCache = new Map<
    number,
    Statement<number[], { rowid: number; record: string }>
  >();

  constructor(
    private readonly db: Db,
    private readonly store: CatalogStore,
    options: { resultCacheSize?: number } = {},
  ) {
    this.resultCache = new ResultCache(options.resultCacheSize ?? RESULT_CACHE_SIZE);
    this.cachesEnabled = (options.resultCacheSize ?? RESULT_CACHE_SIZE) > 0;
    this.facetIndex = new FacetIndexCache(db);
    this.bboxStatements = {
      intersects: db.prepare<[number, number, number, number], { rowid: number }>(
        'SELECT rowid FROM dataset_bbox WHERE max_lon >= ? AND min_lon <= ? AND max_lat >= ? AND min_lat <= ?',
      ),
      within: db.prepare<[number, number, number, number], { rowid: number }>(
        'SELECT rowid FROM dataset_bbox WHERE min_lon >= ? AND max_lon <= ? AND min_lat >= ? AND max_lat <= ?',
      ),
    };
  }

  search(params: SearchParams): SearchResult {
    const { page, pageSize } = pagingOf(params);
    const sinceMs = modifiedSinceMs(params.modifiedSince);
    if (params.bbox) assertBBox(params.bbox);
    const index = this.facetIndex.get();
    const key = cacheKey(params);
    const cached = this.resultCache.get(index.version, key);
    if (cached) return cached;

    const matchExpression = params.q ? buildMatchExpression(params.q) : null;
    const textScores = matchExpression ? this.textScores(matchExpression) : undefined;
    let inBox: Uint8Array | undefined;
    if (params.bbox) {
      inBox = new Uint8Array(index.size);
      for (const rowid of this.rowsInBox(params.bbox, params.bboxRelation ?? 'intersects')) {
        const position = index.positionOf.get(rowid);
        if (position !== undefined) inBox[position] = 1;
      }
    }
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
    const unfiltered =
      !textScores && !inBox && sinceMs === undefined && !facets.some((facet) => facet.selected);
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
      const candidates = textScores ? positionsOf(index, textScores.keys()) : undefined;
      ({ matched, total } = tally(index, facets, candidates, inBox, sinceMs));
    }

    const pagePositions = this.order(params.sort, index, matched, textScores, {
      start: (page - 1) * pageSize,
      end: page * pageSize,
    });
    const items = this.records(pagePositions.map((position) => index.rowids[position]!));
    const result: SearchResult = {
      total,
      page,
      pageSize,
      items,
      facets: Object.fromEntries(
        facets.map((facet) => [facet.name, facetList(facet.name, facet.column, facet.counts, index)]),
      ) as Facets,
    };
    this.resultCache.set(index.version, key, result);
    return result;
  }

  private order(
    sort: Sort | undefined,
    index: FacetIndex,
    matched: Uint8Array | undefined,
    textScores: Map<number, TextScore> | undefined,
    range: { start: number; end: number },
  ): number[] {
    const effective = sort ?? 'relevance';
    if (effective === 'relevance' && textScores) {
      const entries: { position: number; title: number; score: number }[] = [];
      for (const [rowid, { title, score }] of textScores) {
        const position = index.positionOf.get(rowid);
        if (position !== undefined && matched?.[position]) entries.push({ position, title, score });
      }
      return entries
        .sort(
          (a, b) =>
            a.title - b.title ||
            a.score - b.score ||
            index.modifiedMs[b.position]! - index.modifiedMs[a.position]!,
        )
        .slice(range.start, range.end)
        .map((entry) => entry.position);
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

  /**
   * Every match of an expression with its rank: 0 for title matches, 1 otherwise (title matches always
   * come first, whatever bm25 says: a very common word gets an idf near zero, so weights cannot promise
   * it), then bm25 (lower is better) with titles weighted above keywords, publisher and description.
   */
  private textScores(matchExpression: string): Map<number, TextScore> {
    // The same words with other filters, sorts or pages (facet clicks, paging) reuse the FTS pass.
    const version = this.facetIndex.get().version;
    if (version !== this.textScoreVersion) {
      this.textScoreCache.clear();
      this.textScoreVersion = version;
    }
    const cached = this.textScoreCache.get(matchExpression);
    if (cached) return cached;
    const scores = this.scoreText(matchExpression);
    if (!this.cachesEnabled) return scores;
    this.textScoreCache.set(matchExpression, scores);
    if (this.textScoreCache.size > TEXT_SCORE_CACHE_SIZE)
      this.textScoreCache.delete(this.textScoreCache.keys().next().value!);
    return scores;
  }

  private scoreText(matchExpression: string): Map<number, TextScore> {
    const rows = this.runFts<{ rowid: number; score: number }>(
      'SELECT rowid, bm25(dataset_fts, 10.0, 1.0, 4.0, 2.0) AS score FROM dataset_fts WHERE dataset_fts MATCH ?',
      matchExpression,
    );
    const inTitle = new Set(
      this.runFts<{ rowid: number }>(
        'SELECT rowid FROM dataset_fts WHERE dataset_fts MATCH ?',
        `{title} : (${matchExpression})`,
      ).map((row) => row.rowid),
    );
    return new Map(
      rows.map((row) => [row.rowid, { title: inTitle.has(row.rowid) ? 0 : 1, score: row.score }]),
    );
  }

  private runFts<Row>(sql: string, matchExpression: string): Row[] {
    try {
      return this.db.prepare<[string], Row>(sql).all(matchExpression);
    } catch (error) {
      // Expressions are built from quoted phrases only; reaching here is our bug, still not the caller's 500.
      throw new CatalogError('invalid_query', `the query could not be searched: ${(error as Error).message}`);
    }
  }

  private rowsInBox(bbox: BBox, relation: 'intersects' | 'within'): Set<number> {
    const [minLon, minLat, maxLon, maxLat] = bbox;
    // R*Tree keeps 32-bit floats rounded outward and compares in float32, so "within" allows ~10 m.
    const slack = WITHIN_TOLERANCE_DEGREES;
    const rows =
      relation === 'within'
        ? this.bboxStatements.within.all(minLon - slack, maxLon + slack, minLat - slack, maxLat + slack)
        : this.bboxStatements.intersects.all(minLon, maxLon, minLat, maxLat);
    return new Set(rows.map((row) => row.rowid));
  }

  /** Full records for a page, in the given order, with curator overrides applied. */
  private records(rowids: number[]): DatasetRecord[] {
    if (!rowids.length) return [];
    let statement = this.recordsStatementCache.get(rowids.length);
    if (!statement) {
      statement = this.db.prepare<number[], { rowid: number; record: string }>(
        `SELECT rowid, record FROM datasets WHERE rowid IN (${rowids.map(() => '?').join(',')})`,
      );
      this.recordsStatementCache.set(rowids.length, statement);
    }
    const byRowid = new Map(statement.all(...rowids).map((row) => [row.rowid, row.record]));
    return rowids.map((rowid) => {
      const record = JSON.parse(byRowid.get(rowid)!) as DatasetRecord;
      return applyOverrides(record, this.store.overridesFor(record.id));
    });
  }
}
