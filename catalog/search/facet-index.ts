/**
 * The filter and facet columns of every searchable (not withdrawn) dataset, held in memory as typed
 * arrays of small integer codes, so one search filters, counts every facet and sorts in a single tight
 * pass over up to hundreds of thousands of datasets. Reloaded when the database changes (PRAGMA
 * data_version for other connections, total_changes() for this one).
 */
import type { LocalizedText } from '../../catalog-schema';
import type { Db } from '../db';

import { SEARCH_FACETS, type SearchFacet } from '../../catalog-schema/api/search-limits';

/** The facets are the API contract's (one definition). */
export const FACET_NAMES = SEARCH_FACETS;
export type FacetName = SearchFacet;

/** One facet's values: a code per distinct value; each dataset's codes in CSR form (offsets, codes). */
export interface FacetColumn {
  values: string[];
  codeOf: Map<string, number>;
  offsets: Uint32Array;
  codes: Uint32Array;
}

export interface FacetIndex {
  size: number;
  rowids: Int32Array;
  /** Position of each rowid (indexed by rowid; -1 for a withdrawn or absent one). */
  positionOf: Int32Array;
  modifiedMs: Float64Array;
  columns: Record<FacetName, FacetColumn>;
  /** Positions, newest modified first. */
  byModified: Int32Array;
  /** Positions, by title. */
  byTitle: Int32Array;
  publisherNames: Map<string, LocalizedText>;
  /** Ids of datasets a curator has overridden, so pages of the rest skip the override lookup. */
  overridden: Set<string>;
  /** Changes whenever the data does; keys caches. */
  version: string;
  /** Facet counts over the whole catalogue, in FACET_NAMES order; filled by the first unfiltered search. */
  unfilteredCounts?: Uint32Array[];
}

interface IndexRow {
  rowid: number;
  city: string;
  source: string;
  access: string;
  publisher_id: string;
  publisher_name: string;
  modified: string | null;
  title_sort: string;
  areas: string | null;
  formats: string | null;
}

function column(perDataset: readonly (readonly string[])[]): FacetColumn {
  const values: string[] = [];
  const codeOf = new Map<string, number>();
  const offsets = new Uint32Array(perDataset.length + 1);
  const flat: number[] = [];
  perDataset.forEach((list, position) => {
    offsets[position] = flat.length;
    for (const value of list) {
      let code = codeOf.get(value);
      if (code === undefined) {
        code = values.length;
        values.push(value);
        codeOf.set(value, code);
      }
      flat.push(code);
    }
  });
  offsets[perDataset.length] = flat.length;
  return { values, codeOf, offsets, codes: Uint32Array.from(flat) };
}

function loadFacetIndex(db: Db, version: string): FacetIndex {
  const rows = db
    .prepare<[], IndexRow>(
      `SELECT d.rowid, d.city, d.source, d.access, d.publisher_id, d.publisher_name, d.modified, d.title_sort,
         (SELECT group_concat(area) FROM dataset_areas WHERE dataset_rowid = d.rowid) AS areas,
         (SELECT group_concat(format) FROM dataset_formats WHERE dataset_rowid = d.rowid) AS formats
       FROM datasets d WHERE d.withdrawn_at IS NULL`,
    )
    .all();
  const publisherNames = new Map<string, LocalizedText>();
  for (const row of rows) {
    if (!publisherNames.has(row.publisher_id))
      publisherNames.set(row.publisher_id, JSON.parse(row.publisher_name) as LocalizedText);
  }
  const size = rows.length;
  const rowids = Int32Array.from(rows, (row) => row.rowid);
  const modifiedMs = Float64Array.from(rows, (row) => (row.modified ? Date.parse(row.modified) || 0 : 0));
  const columns = {
    city: column(rows.map((row) => [row.city])),
    area: column(rows.map((row) => (row.areas ? row.areas.split(',') : []))),
    source: column(rows.map((row) => [row.source])),
    format: column(rows.map((row) => (row.formats ? row.formats.split(',') : []))),
    publisher: column(rows.map((row) => [row.publisher_id])),
    access: column(rows.map((row) => [row.access])),
  };
  const positions = () => Int32Array.from({ length: size }, (_, index) => index);
  const byModified = positions().sort((a, b) => modifiedMs[b]! - modifiedMs[a]!);
  const collator = new Intl.Collator('en');
  const byTitle = positions().sort((a, b) => collator.compare(rows[a]!.title_sort, rows[b]!.title_sort));
  const positionOf = new Int32Array(rowids.reduce((max, rowid) => Math.max(max, rowid), 0) + 1).fill(-1);
  rowids.forEach((rowid, position) => (positionOf[rowid] = position));
  const overridden = new Set(
    db.prepare<[], string>('SELECT DISTINCT dataset_id FROM area_overrides').pluck().all(),
  );
  return {
    size,
    rowids,
    positionOf,
    modifiedMs,
    columns,
    byModified,
    byTitle,
    publisherNames,
    overridden,
    version,
  };
}

/** Keeps a FacetIndex in step with the database it was read from. */
export class FacetIndexCache {
  private index: FacetIndex | undefined;
  private readonly versionStatement;

  constructor(private readonly db: Db) {
    this.versionStatement = db.prepare<[], { version: string }>(
      "SELECT (SELECT data_version FROM pragma_data_version) || ':' || total_changes() AS version",
    );
  }

  get(): FacetIndex {
    const version = this.versionStatement.get()!.version;
    if (!this.index || version !== this.index.version) this.index = loadFacetIndex(this.db, version);
    return this.index;
  }
}
