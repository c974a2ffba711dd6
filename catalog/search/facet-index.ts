/**
 * The filter and facet columns of every searchable (not withdrawn) dataset, held in memory so one search
 * filters, counts every facet and sorts in a single pass instead of a SQL query per facet. Reloaded when
 * the database changes (PRAGMA data_version for other connections, total_changes() for this one).
 */
import type { LocalizedText } from '../../catalog-schema';
import type { Db } from '../db';

export interface IndexedDataset {
  rowid: number;
  city: string;
  source: string;
  access: string;
  publisher: string;
  modifiedMs: number;
  areas: string[];
  formats: string[];
  /** The values of each facet, built once here so a search allocates nothing per dataset. */
  facets: Record<'city' | 'area' | 'source' | 'format' | 'publisher' | 'access', readonly string[]>;
}

export interface FacetIndex {
  datasets: IndexedDataset[];
  /** Positions in `datasets`, newest modified first. */
  byModified: Int32Array;
  /** Positions in `datasets`, by title. */
  byTitle: Int32Array;
  publisherNames: Map<string, LocalizedText>;
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

function loadFacetIndex(db: Db): FacetIndex {
  const rows = db
    .prepare<[], IndexRow>(
      `SELECT d.rowid, d.city, d.source, d.access, d.publisher_id, d.publisher_name, d.modified, d.title_sort,
         (SELECT group_concat(area) FROM dataset_areas WHERE dataset_rowid = d.rowid) AS areas,
         (SELECT group_concat(format) FROM dataset_formats WHERE dataset_rowid = d.rowid) AS formats
       FROM datasets d WHERE d.withdrawn_at IS NULL`,
    )
    .all();
  const publisherNames = new Map<string, LocalizedText>();
  const datasets = rows.map((row): IndexedDataset => {
    if (!publisherNames.has(row.publisher_id)) {
      publisherNames.set(row.publisher_id, JSON.parse(row.publisher_name) as LocalizedText);
    }
    const areas = row.areas ? row.areas.split(',') : [];
    const formats = row.formats ? row.formats.split(',') : [];
    return {
      rowid: row.rowid,
      city: row.city,
      source: row.source,
      access: row.access,
      publisher: row.publisher_id,
      modifiedMs: row.modified ? Date.parse(row.modified) || 0 : 0,
      areas,
      formats,
      facets: {
        city: [row.city],
        area: areas,
        source: [row.source],
        format: formats,
        publisher: [row.publisher_id],
        access: [row.access],
      },
    };
  });
  const positions = () => Int32Array.from(datasets.keys());
  const byModified = positions().sort((a, b) => datasets[b]!.modifiedMs - datasets[a]!.modifiedMs);
  const collator = new Intl.Collator('en');
  const titles = rows.map((row) => row.title_sort);
  const byTitle = positions().sort((a, b) => collator.compare(titles[a]!, titles[b]!));
  return { datasets, byModified, byTitle, publisherNames };
}

/** Keeps a FacetIndex in step with the database it was read from. */
export class FacetIndexCache {
  private index: FacetIndex | undefined;
  private loadedAt = '';
  private readonly versionStatement;

  constructor(private readonly db: Db) {
    this.versionStatement = db.prepare<[], { version: string }>(
      "SELECT (SELECT data_version FROM pragma_data_version) || ':' || total_changes() AS version",
    );
  }

  get(): FacetIndex {
    const version = this.versionStatement.get()!.version;
    if (!this.index || version !== this.loadedAt) {
      this.index = loadFacetIndex(this.db);
      this.loadedAt = version;
    }
    return this.index;
  }
}
