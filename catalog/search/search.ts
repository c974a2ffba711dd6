/**
 * Catalogue search: full text (FTS5, all three scripts, glossary-expanded), filters, bbox (R*Tree),
 * facets where each facet ignores its own filter, and sorting. Titles that match outrank other matches.
 */
import type { Access, AreaId, BBox, City, DatasetRecord, LocalizedText } from '../../catalog-schema';
import { AREA_IDS, CITIES } from '../../catalog-schema';
import type { Statement } from 'better-sqlite3';
import type { Db } from '../db';
import { CatalogError } from '../errors';
import { applyOverrides, type CatalogStore } from '../store';
import { FacetIndexCache, type IndexedDataset } from './facet-index';
import { buildMatchExpression, conceptExpression } from './query';
import { allLanguages } from '../record-text';

export const FACET_NAMES = ['city', 'area', 'source', 'format', 'publisher', 'access'] as const;
export type FacetName = (typeof FACET_NAMES)[number];
export const SORTS = ['relevance', 'modified', 'title'] as const;
export type Sort = (typeof SORTS)[number];
export const MAX_PAGE_SIZE = 100;

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

export interface RelatedDataset {
  record: DatasetRecord;
  /** Why it is related: sameAs, or the glossary concepts both titles name. */
  reason: { sameAs: boolean; concepts: string[]; sharedAreas: string[] };
}

export interface SearchResult {
  total: number;
  page: number;
  pageSize: number;
  items: DatasetRecord[];
  facets: Facets;
}

const PUBLISHER_FACET_LIMIT = 50;
const WITHIN_TOLERANCE_DEGREES = 1e-4;

function facetValues(dataset: IndexedDataset, facet: FacetName): readonly string[] {
  return dataset.facets[facet];
}

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
  const pageSize = params.pageSize ?? 20;
  if (!Number.isInteger(page) || page < 1)
    throw new CatalogError('invalid_filter', 'page must be an integer ≥ 1');
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
  private readonly bboxStatements;
  private readonly recordsStatementCache = new Map<
    number,
    Statement<number[], { rowid: number; record: string }>
  >();

  constructor(
    private readonly db: Db,
    private readonly store: CatalogStore,
  ) {
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
    const matchExpression = params.q ? buildMatchExpression(params.q) : null;
    const textScores = matchExpression ? this.textScores(matchExpression) : undefined;
    const titleHits = matchExpression ? this.titleHits(matchExpression) : undefined;
    const inBox = params.bbox ? this.rowsInBox(params.bbox, params.bboxRelation ?? 'intersects') : undefined;

    const index = this.facetIndex.get();
    const selected: Record<FacetName, Set<string> | undefined> = {
      city: params.city?.length ? new Set(params.city) : undefined,
      area: params.area?.length ? new Set(params.area) : undefined,
      source: params.source?.length ? new Set(params.source) : undefined,
      format: params.format?.length
        ? new Set(params.format.map((format) => format.toUpperCase()))
        : undefined,
      publisher: params.publisher?.length ? new Set(params.publisher) : undefined,
      access: params.access?.length ? new Set(params.access) : undefined,
    };
    const activeFacets = FACET_NAMES.filter((facet) => selected[facet]);
    const counts = Object.fromEntries(
      FACET_NAMES.map((facet) => [facet, new Map<string, number>()]),
    ) as Record<FacetName, Map<string, number>>;
    const count = (facet: FacetName, dataset: IndexedDataset) => {
      const map = counts[facet];
      for (const value of facetValues(dataset, facet)) map.set(value, (map.get(value) ?? 0) + 1);
    };

    const matched = new Uint8Array(index.datasets.length);
    let total = 0;
    index.datasets.forEach((dataset, position) => {
      if (textScores && !textScores.has(dataset.rowid)) return;
      if (inBox && !inBox.has(dataset.rowid)) return;
      if (sinceMs !== undefined && dataset.modifiedMs < sinceMs) return;
      let failed: FacetName | undefined;
      let failures = 0;
      for (const facet of activeFacets) {
        const wanted = selected[facet]!;
        if (!facetValues(dataset, facet).some((value) => wanted.has(value))) {
          failed = facet;
          if (++failures > 1) return;
        }
      }
      if (failed) {
        count(failed, dataset);
        return;
      }
      for (const facet of FACET_NAMES) count(facet, dataset);
      matched[position] = 1;
      total++;
    });

    const order = this.order(params.sort, index, matched, textScores, titleHits);
    const pagePositions = order.slice((page - 1) * pageSize, page * pageSize);
    const items = this.records(pagePositions.map((position) => index.datasets[position]!.rowid));
    return { total, page, pageSize, items, facets: this.facets(counts, index.publisherNames) };
  }

  /**
   * Counterparts of a dataset: records it declares the same (sameAs), then records whose text names the
   * concepts its title names, the other city first, then by shared areas and text score.
   */
  related(id: string, limit = 10): RelatedDataset[] {
    const stored = this.store.getDataset(id);
    if (!stored) throw new CatalogError('unknown_dataset', `dataset ${id} does not exist`);
    const { record } = stored;
    const index = this.facetIndex.get();
    const { concepts, expression } = conceptExpression(allLanguages(record.title));
    const scores = expression ? this.textScores(expression) : new Map<number, number>();
    const sameAs = new Set(record.links.filter((link) => link.rel === 'sameAs').map((link) => link.id));
    const rowOf = new Map(index.datasets.map((dataset) => [dataset.rowid, dataset]));
    const selfRow = this.db
      .prepare<[string], { rowid: number }>('SELECT rowid FROM datasets WHERE id = ?')
      .get(id)?.rowid;
    const sameAsRows = sameAs.size
      ? this.db
          .prepare<string[], { rowid: number }>(
            `SELECT rowid FROM datasets WHERE id IN (${[...sameAs].map(() => '?').join(',')})`,
          )
          .all(...sameAs)
          .map((row) => row.rowid)
      : [];
    const candidates = new Set(
      [...sameAsRows, ...scores.keys()].filter((rowid) => rowid !== selfRow && rowOf.has(rowid)),
    );
    const ranked = [...candidates]
      .map((rowid) => {
        const dataset = rowOf.get(rowid)!;
        const sharedAreas = dataset.areas.filter((area) => (record.areas as string[]).includes(area));
        return {
          rowid,
          sameAs: sameAsRows.includes(rowid),
          otherCity: dataset.city !== record.city,
          sharedAreas,
          score: scores.get(rowid) ?? 0,
        };
      })
      .sort(
        (a, b) =>
          Number(b.sameAs) - Number(a.sameAs) ||
          Number(b.otherCity) - Number(a.otherCity) ||
          b.sharedAreas.length - a.sharedAreas.length ||
          a.score - b.score,
      )
      .slice(0, limit);
    const records = this.records(ranked.map((entry) => entry.rowid));
    return ranked.map((entry, position) => {
      const found = records[position]!;
      const theirConcepts = conceptExpression(allLanguages(found.title)).concepts;
      return {
        record: found,
        reason: {
          sameAs: entry.sameAs,
          concepts: concepts.filter((concept) => theirConcepts.includes(concept)),
          sharedAreas: entry.sharedAreas,
        },
      };
    });
  }

  private order(
    sort: Sort | undefined,
    index: ReturnType<FacetIndexCache['get']>,
    matched: Uint8Array,
    textScores: Map<number, number> | undefined,
    titleHits: Set<number> | undefined,
  ): number[] {
    const effective = sort ?? 'relevance';
    if (effective === 'relevance' && textScores && titleHits) {
      const positions: number[] = [];
      matched.forEach((isMatched, position) => isMatched && positions.push(position));
      const key = (position: number) => {
        const rowid = index.datasets[position]!.rowid;
        return { title: titleHits.has(rowid) ? 0 : 1, score: textScores.get(rowid)! };
      };
      return positions
        .map((position) => ({ position, ...key(position) }))
        .sort(
          (a, b) =>
            a.title - b.title ||
            a.score - b.score ||
            index.datasets[b.position]!.modifiedMs - index.datasets[a.position]!.modifiedMs,
        )
        .map((entry) => entry.position);
    }
    const sorted = effective === 'title' ? index.byTitle : index.byModified;
    const positions: number[] = [];
    for (const position of sorted) if (matched[position]) positions.push(position);
    return positions;
  }

  private facets(
    counts: Record<FacetName, Map<string, number>>,
    publisherNames: Map<string, LocalizedText>,
  ): Facets {
    const list = (facet: FacetName, known: readonly string[] = []) => {
      const map = counts[facet];
      for (const value of known) if (!map.has(value)) map.set(value, 0);
      return [...map]
        .map(([value, count]) => ({ value, count }))
        .sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : 1));
    };
    return {
      city: list('city', CITIES),
      area: list('area', AREA_IDS),
      source: list('source'),
      format: list('format'),
      publisher: list('publisher')
        .slice(0, PUBLISHER_FACET_LIMIT)
        .map((entry) => ({ ...entry, label: publisherNames.get(entry.value) })),
      access: list('access'),
    };
  }

  /** rowid → bm25 score (lower is better), titles weighted above keywords, publisher and descriptions. */
  private textScores(matchExpression: string): Map<number, number> {
    const rows = this.runFts<{ rowid: number; score: number }>(
      'SELECT rowid, bm25(dataset_fts, 10.0, 1.0, 4.0, 2.0) AS score FROM dataset_fts WHERE dataset_fts MATCH ?',
      matchExpression,
    );
    return new Map(rows.map((row) => [row.rowid, row.score]));
  }

  private titleHits(matchExpression: string): Set<number> {
    const rows = this.runFts<{ rowid: number }>(
      'SELECT rowid FROM dataset_fts WHERE dataset_fts MATCH ?',
      `{title} : (${matchExpression})`,
    );
    return new Set(rows.map((row) => row.rowid));
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
