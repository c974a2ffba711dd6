/**
 * The catalogue's write side and record reads: upserts that count what changed, quarantine, curator
 * area overrides that outlive re-harvests, withdrawals after a grace period, and the harvest-run log.
 */
import type { AreaId, AreaReason, DatasetRecord } from '../catalog-schema';
import type { ValidationError } from '../catalog-schema';
import type { Db } from './db';
import { contentHash, firstLanguage, indexedText } from './record-text';

export interface UpsertCounts {
  created: number;
  updated: number;
  unchanged: number;
}

export interface AreaOverride {
  datasetId: string;
  area: AreaId;
  effect: 'add' | 'remove';
  curator: string;
  note: string;
  createdAt: string;
}

export interface DatasetStatus {
  firstSeen: string;
  lastSeen: string;
  lastChanged: string;
  missingSince: string | null;
  withdrawnAt: string | null;
}

export interface StoredDataset {
  record: DatasetRecord;
  status: DatasetStatus;
}

export interface QuarantinedRecord {
  source: string;
  sourceId: string;
  raw: unknown;
  errors: ValidationError[];
  runId: number | null;
  quarantinedAt: string;
}

export interface WithdrawalCounts {
  missing: number;
  withdrawn: number;
}

export type RunStatus = 'running' | 'succeeded' | 'failed';

export interface HarvestRunRow {
  id: number;
  source: string;
  mode: string;
  status: RunStatus;
  startedAt: string;
  finishedAt: string | null;
  result: unknown;
}

interface DatasetRow {
  rowid: number;
  record: string;
  first_seen: string;
  last_seen: string;
  last_changed: string;
  missing_since: string | null;
  withdrawn_at: string | null;
}

const DAY_MS = 86_400_000;

/** Applies curator overrides on top of the classified areas; the reasons say who decided. */
export function applyOverrides(record: DatasetRecord, overrides: readonly AreaOverride[]): DatasetRecord {
  if (!overrides.length) return record;
  const areas = new Set(record.areas);
  const reasons: AreaReason[] = [...(record.areaReasons ?? [])];
  for (const override of overrides) {
    if (override.effect === 'add') areas.add(override.area);
    else areas.delete(override.area);
    reasons.push({ area: override.area, effect: override.effect, rule: `curator:${override.curator}` });
  }
  return { ...record, areas: [...areas], areaReasons: reasons };
}

export class CatalogStore {
  private readonly statements;

  constructor(readonly db: Db) {
    this.statements = {
      findById: db.prepare<[string], { rowid: number; content_hash: string; withdrawn_at: string | null }>(
        'SELECT rowid, content_hash, withdrawn_at FROM datasets WHERE id = ?',
      ),
      insertDataset: db.prepare(
        `INSERT INTO datasets (id, source, source_id, city, access, publisher_id, publisher_name, modified, title_sort,
           record, content_hash, first_seen, last_seen, last_changed)
         VALUES (@id, @source, @sourceId, @city, @access, @publisherId, @publisherName, @modified, @titleSort,
           @record, @hash, @now, @now, @now)`,
      ),
      updateDataset: db.prepare(
        `UPDATE datasets SET city = @city, access = @access, publisher_id = @publisherId,
           publisher_name = @publisherName, modified = @modified, title_sort = @titleSort, record = @record,
           content_hash = @hash, last_seen = @now, last_changed = @now, missing_since = NULL, withdrawn_at = NULL
         WHERE rowid = @rowid`,
      ),
      touchDataset: db.prepare(
        'UPDATE datasets SET last_seen = ?, missing_since = NULL, withdrawn_at = NULL WHERE rowid = ?',
      ),
      deleteFts: db.prepare('DELETE FROM dataset_fts WHERE rowid = ?'),
      insertFts: db.prepare(
        'INSERT INTO dataset_fts (rowid, title, description, keywords, publisher) VALUES (?, ?, ?, ?, ?)',
      ),
      deleteBbox: db.prepare('DELETE FROM dataset_bbox WHERE rowid = ?'),
      insertBbox: db.prepare(
        'INSERT INTO dataset_bbox (rowid, min_lon, max_lon, min_lat, max_lat) VALUES (?, ?, ?, ?, ?)',
      ),
      deleteAreas: db.prepare('DELETE FROM dataset_areas WHERE dataset_rowid = ?'),
      insertArea: db.prepare('INSERT OR IGNORE INTO dataset_areas (dataset_rowid, area) VALUES (?, ?)'),
      deleteFormats: db.prepare('DELETE FROM dataset_formats WHERE dataset_rowid = ?'),
      insertFormat: db.prepare('INSERT OR IGNORE INTO dataset_formats (dataset_rowid, format) VALUES (?, ?)'),
      overridesFor: db.prepare<[string], OverrideRow>(
        'SELECT * FROM area_overrides WHERE dataset_id = ? ORDER BY created_at, area',
      ),
      upsertOverride: db.prepare(
        `INSERT INTO area_overrides (dataset_id, area, effect, curator, note, created_at)
         VALUES (@datasetId, @area, @effect, @curator, @note, @createdAt)
         ON CONFLICT (dataset_id, area) DO UPDATE SET effect = excluded.effect, curator = excluded.curator,
           note = excluded.note, created_at = excluded.created_at`,
      ),
      deleteOverride: db.prepare('DELETE FROM area_overrides WHERE dataset_id = ? AND area = ?'),
      getDataset: db.prepare<[string], DatasetRow>(
        `SELECT rowid, record, first_seen, last_seen, last_changed, missing_since, withdrawn_at
         FROM datasets WHERE id = ?`,
      ),
      quarantine: db.prepare(
        `INSERT INTO quarantine (source, source_id, raw, errors, run_id, quarantined_at)
         VALUES (?, ?, ?, ?, ?, ?)
         ON CONFLICT (source, source_id) DO UPDATE SET raw = excluded.raw, errors = excluded.errors,
           run_id = excluded.run_id, quarantined_at = excluded.quarantined_at`,
      ),
      release: db.prepare('DELETE FROM quarantine WHERE source = ? AND source_id = ?'),
      startRun: db.prepare(
        "INSERT INTO harvest_runs (source, mode, status, started_at) VALUES (?, ?, 'running', ?)",
      ),
      finishRun: db.prepare('UPDATE harvest_runs SET status = ?, finished_at = ?, result = ? WHERE id = ?'),
    };
  }

  /** Writes a batch in one transaction; a record whose content hash is unchanged is only marked seen. */
  upsertRecords(records: readonly DatasetRecord[], now: string): UpsertCounts {
    const counts: UpsertCounts = { created: 0, updated: 0, unchanged: 0 };
    this.db.transaction(() => {
      // Read once per batch what would otherwise cost a query per record.
      const batch: BatchContext = {
        overrides: this.allOverrides(),
        quarantined: new Set(
          this.db
            .prepare<[], { key: string }>('SELECT source || char(0) || source_id AS key FROM quarantine')
            .all()
            .map((row) => row.key),
        ),
      };
      for (const record of records) counts[this.upsertOne(record, now, batch)]++;
    })();
    return counts;
  }

  private upsertOne(record: DatasetRecord, now: string, batch: BatchContext): keyof UpsertCounts {
    const { statements } = this;
    const json = JSON.stringify(record);
    const hash = contentHash(json);
    const existing = statements.findById.get(record.id);
    if (batch.quarantined.has(`${record.source}\u0000${record.sourceId}`)) {
      statements.release.run(record.source, record.sourceId);
    }
    if (existing && existing.content_hash === hash && !existing.withdrawn_at) {
      statements.touchDataset.run(now, existing.rowid);
      return 'unchanged';
    }
    const row = {
      id: record.id,
      source: record.source,
      sourceId: record.sourceId,
      city: record.city,
      access: record.access,
      publisherId: record.publisher.id,
      publisherName: JSON.stringify(record.publisher.name),
      modified: record.modified ?? null,
      titleSort: firstLanguage(record.title).normalize('NFKC').toLowerCase(),
      record: json,
      hash,
      now,
    };
    let rowid: number;
    if (existing) {
      rowid = existing.rowid;
      statements.updateDataset.run({ ...row, rowid });
      statements.deleteFts.run(rowid);
      statements.deleteBbox.run(rowid);
      statements.deleteFormats.run(rowid);
      statements.deleteAreas.run(rowid);
    } else {
      rowid = Number(statements.insertDataset.run(row).lastInsertRowid);
    }
    const text = indexedText(record);
    statements.insertFts.run(rowid, text.title, text.description, text.keywords, text.publisher);
    const bbox = record.spatial.bbox;
    if (bbox) statements.insertBbox.run(rowid, bbox[0], bbox[2], bbox[1], bbox[3]);
    for (const format of new Set(record.resources.map((resource) => resource.format))) {
      statements.insertFormat.run(rowid, format);
    }
    this.writeEffectiveAreas(rowid, record, batch.overrides.get(record.id) ?? []);
    return existing ? 'updated' : 'created';
  }

  /** Writes a dataset's area rows (the caller has cleared old ones): classified areas plus curator overrides. */
  private writeEffectiveAreas(
    rowid: number,
    record: DatasetRecord,
    overrides: readonly AreaOverride[],
  ): void {
    for (const area of applyOverrides(record, overrides).areas) this.statements.insertArea.run(rowid, area);
  }

  /** Whether the catalogue holds no dataset at all (cheap: no index is built). */
  isEmpty(): boolean {
    return !this.db.prepare<[], number>('SELECT EXISTS (SELECT 1 FROM datasets)').pluck().get();
  }

  overridesFor(datasetId: string): AreaOverride[] {
    return this.statements.overridesFor.all(datasetId).map(overrideFromRow);
  }

  /** Records a curator's decision and applies it at once; it is re-applied after every re-harvest. */
  setAreaOverride(override: AreaOverride): void {
    this.db.transaction(() => {
      this.statements.upsertOverride.run(override);
      this.refreshAreas(override.datasetId);
    })();
  }

  clearAreaOverride(datasetId: string, area: AreaId): boolean {
    return this.db.transaction(() => {
      const removed = this.statements.deleteOverride.run(datasetId, area).changes > 0;
      this.refreshAreas(datasetId);
      return removed;
    })();
  }

  private refreshAreas(datasetId: string): void {
    const row = this.statements.getDataset.get(datasetId);
    if (!row) return;
    this.statements.deleteAreas.run(row.rowid);
    this.writeEffectiveAreas(
      row.rowid,
      JSON.parse(row.record) as DatasetRecord,
      this.overridesFor(datasetId),
    );
  }

  /** The record with curator overrides applied, and where it stands; withdrawn records are still returned. */
  getDataset(id: string): StoredDataset | undefined {
    const row = this.statements.getDataset.get(id);
    if (!row) return undefined;
    const record = applyOverrides(JSON.parse(row.record) as DatasetRecord, this.overridesFor(id));
    return {
      record,
      status: {
        firstSeen: row.first_seen,
        lastSeen: row.last_seen,
        lastChanged: row.last_changed,
        missingSince: row.missing_since,
        withdrawnAt: row.withdrawn_at,
      },
    };
  }

  quarantine(entry: Omit<QuarantinedRecord, 'quarantinedAt'>, now: string): void {
    this.statements.quarantine.run(
      entry.source,
      entry.sourceId,
      JSON.stringify(entry.raw),
      JSON.stringify(entry.errors),
      entry.runId,
      now,
    );
  }

  listQuarantine(source?: string): QuarantinedRecord[] {
    const rows = this.db
      .prepare<unknown[], QuarantineRow>(
        `SELECT * FROM quarantine ${source ? 'WHERE source = ?' : ''} ORDER BY source, source_id`,
      )
      .all(...(source ? [source] : []));
    return rows.map((row) => ({
      source: row.source,
      sourceId: row.source_id,
      raw: JSON.parse(row.raw),
      errors: JSON.parse(row.errors),
      runId: row.run_id,
      quarantinedAt: row.quarantined_at,
    }));
  }

  /**
   * After a complete listing of a source: datasets it lacked are marked missing, and those missing for
   * longer than the grace period are withdrawn (kept, hidden from search). Never deletes.
   */
  markMissing(
    source: string,
    listedSourceIds: ReadonlySet<string>,
    now: string,
    graceDays: number,
  ): WithdrawalCounts {
    const counts: WithdrawalCounts = { missing: 0, withdrawn: 0 };
    const rows = this.db
      .prepare<[string], { rowid: number; source_id: string; missing_since: string | null }>(
        'SELECT rowid, source_id, missing_since FROM datasets WHERE source = ? AND withdrawn_at IS NULL',
      )
      .all(source);
    const setMissing = this.db.prepare('UPDATE datasets SET missing_since = ? WHERE rowid = ?');
    const withdraw = this.db.prepare('UPDATE datasets SET withdrawn_at = ? WHERE rowid = ?');
    const nowMs = Date.parse(now);
    this.db.transaction(() => {
      for (const row of rows) {
        if (listedSourceIds.has(row.source_id)) continue;
        if (!row.missing_since) {
          setMissing.run(now, row.rowid);
          counts.missing++;
        } else if (nowMs - Date.parse(row.missing_since) >= graceDays * DAY_MS) {
          withdraw.run(now, row.rowid);
          counts.withdrawn++;
        } else {
          counts.missing++;
        }
      }
    })();
    return counts;
  }

  /** What the catalogue holds of a source, by source id, for incremental harvests. */
  knownRecords(source: string): Map<string, { modified?: string }> {
    const rows = this.db
      .prepare<[string], { source_id: string; modified: string | null }>(
        'SELECT source_id, modified FROM datasets WHERE source = ?',
      )
      .all(source);
    return new Map(rows.map((row) => [row.source_id, row.modified ? { modified: row.modified } : {}]));
  }

  /** The newest successful run of a source (optionally of one mode). */
  lastSuccessfulRun(source: string, mode?: string): HarvestRunRow | undefined {
    return this.listRuns(source, 200).find(
      (run) => run.status === 'succeeded' && (!mode || run.mode === mode),
    );
  }

  startRun(source: string, mode: string, now: string): number {
    return Number(this.statements.startRun.run(source, mode, now).lastInsertRowid);
  }

  finishRun(runId: number, status: Exclude<RunStatus, 'running'>, result: unknown, now: string): void {
    this.statements.finishRun.run(status, now, JSON.stringify(result), runId);
  }

  listRuns(source?: string, limit = 50): HarvestRunRow[] {
    const rows = this.db
      .prepare<unknown[], RunRow>(
        `SELECT * FROM harvest_runs ${source ? 'WHERE source = ?' : ''} ORDER BY id DESC LIMIT ?`,
      )
      .all(...(source ? [source, limit] : [limit]));
    return rows.map((row) => ({
      id: row.id,
      source: row.source,
      mode: row.mode,
      status: row.status,
      startedAt: row.started_at,
      finishedAt: row.finished_at,
      result: row.result ? JSON.parse(row.result) : null,
    }));
  }

  /** Every stored record of a source (or all), overrides applied, withdrawn ones included on request. */
  *iterateRecords(options: { source?: string; includeWithdrawn?: boolean } = {}): Generator<DatasetRecord> {
    const where: string[] = [];
    if (options.source) where.push('source = @source');
    if (!options.includeWithdrawn) where.push('withdrawn_at IS NULL');
    const statement = this.db.prepare<unknown[], { id: string; record: string }>(
      `SELECT id, record FROM datasets ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id`,
    );
    const overrides = this.allOverrides();
    for (const row of statement.iterate(options.source ? { source: options.source } : {})) {
      yield applyOverrides(JSON.parse(row.record) as DatasetRecord, overrides.get(row.id) ?? []);
    }
  }

  allOverrides(): Map<string, AreaOverride[]> {
    const byDataset = new Map<string, AreaOverride[]>();
    for (const row of this.db
      .prepare<[], OverrideRow>('SELECT * FROM area_overrides ORDER BY created_at')
      .all()) {
      const list = byDataset.get(row.dataset_id) ?? [];
      list.push(overrideFromRow(row));
      byDataset.set(row.dataset_id, list);
    }
    return byDataset;
  }
}

interface BatchContext {
  overrides: Map<string, AreaOverride[]>;
  /** `${source}\u0000${sourceId}` of every quarantined record. */
  quarantined: Set<string>;
}

interface OverrideRow {
  dataset_id: string;
  area: AreaId;
  effect: 'add' | 'remove';
  curator: string;
  note: string;
  created_at: string;
}

interface QuarantineRow {
  source: string;
  source_id: string;
  raw: string;
  errors: string;
  run_id: number | null;
  quarantined_at: string;
}

interface RunRow {
  id: number;
  source: string;
  mode: string;
  status: RunStatus;
  started_at: string;
  finished_at: string | null;
  result: string | null;
}

function overrideFromRow(row: OverrideRow): AreaOverride {
  return {
    datasetId: row.dataset_id,
    area: row.area,
    effect: row.effect,
    curator: row.curator,
    note: row.note,
    createdAt: row.created_at,
  };
}
