/**
 * Curation storage: curator tokens (only their SHA-256 is kept), collections with a version for
 * optimistic concurrency, and an append-only audit log of every change, area overrides included, and of
 * every refused attempt (no token, a wrong token, a stale or missing If-Match).
 */
import { createHash, randomBytes } from 'node:crypto';
import type { AreaId, LocalizedText } from '../catalog-schema';
import type { Db } from './db';
import type { CatalogStore } from './store';

export interface CollectionItem {
  datasetId: string;
  note: string;
  position: number;
}

export interface Collection {
  id: string;
  title: LocalizedText;
  description: string;
  area?: AreaId;
  items: CollectionItem[];
  version: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
}

export type CollectionInput = Pick<Collection, 'title' | 'description' | 'area' | 'items'>;

export interface AuditEntry {
  id: number;
  at: string;
  curator: string;
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}

export type CurationErrorCode = 'version_mismatch' | 'not_found' | 'exists' | 'unknown_datasets';

export class CurationError extends Error {
  constructor(
    readonly code: CurationErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CurationError';
  }
}

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A refused curation attempt as the audit log keeps it. */
export interface Refusal {
  /** The curator when the token was good (a stale If-Match), else who we can say it was. */
  curator: string;
  /** `<METHOD> <path>` of the attempt. */
  target: string;
  status: number;
  code: string;
  message: string;
}

/**
 * Refusals kept at most: anyone can cause one, so without a cap a client repeating bad tokens would grow
 * the log (and the file) without end; the newest are kept.
 */
export const MAX_REFUSALS_KEPT = 10_000;

/** How an unknown token is named in the log: a short digest, so repeats can be told apart, never the token. */
export const unknownTokenLabel = (token: string) => `unknown token sha256:${hashToken(token).slice(0, 12)}`;

interface CollectionRow {
  id: string;
  document: string;
  version: number;
  created_by: string;
  created_at: string;
  updated_at: string;
}

function fromRow(row: CollectionRow): Collection {
  return {
    ...(JSON.parse(row.document) as CollectionInput),
    id: row.id,
    version: row.version,
    createdBy: row.created_by,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export class CurationStore {
  constructor(
    private readonly db: Db,
    private readonly store: CatalogStore,
  ) {}

  /** Creates a curator and returns the token, the only time it exists in clear. */
  addCurator(name: string, now: string): string {
    const token = `atlas_${randomBytes(24).toString('base64url')}`;
    this.db
      .prepare('INSERT INTO curators (name, token_hash, created_at) VALUES (?, ?, ?)')
      .run(name, hashToken(token), now);
    return token;
  }

  revokeCurator(name: string, now: string): boolean {
    return (
      this.db
        .prepare('UPDATE curators SET revoked_at = ? WHERE name = ? AND revoked_at IS NULL')
        .run(now, name).changes > 0
    );
  }

  /** The curator a token belongs to, or undefined. */
  curatorForToken(token: string): string | undefined {
    return this.db
      .prepare<[string], { name: string }>(
        'SELECT name FROM curators WHERE token_hash = ? AND revoked_at IS NULL',
      )
      .get(hashToken(token))?.name;
  }

  listCollections(): Collection[] {
    return this.db.prepare<[], CollectionRow>('SELECT * FROM collections ORDER BY id').all().map(fromRow);
  }

  getCollection(id: string): Collection | undefined {
    const row = this.db.prepare<[string], CollectionRow>('SELECT * FROM collections WHERE id = ?').get(id);
    return row ? fromRow(row) : undefined;
  }

  private assertDatasetsExist(items: CollectionItem[]): void {
    const missing = items
      .filter((item) => !this.store.getDataset(item.datasetId))
      .map((item) => item.datasetId);
    if (missing.length)
      throw new CurationError('unknown_datasets', `no such datasets: ${missing.join(', ')}`);
  }

  private audit(
    curator: string,
    action: string,
    target: string,
    before: unknown,
    after: unknown,
    now: string,
  ): void {
    this.db
      .prepare('INSERT INTO audit_log (at, curator, action, target, before, after) VALUES (?, ?, ?, ?, ?, ?)')
      .run(
        now,
        curator,
        action,
        target,
        before === undefined ? null : JSON.stringify(before),
        after === undefined ? null : JSON.stringify(after),
      );
  }

  /** Logs a refused attempt, keeping only the newest MAX_REFUSALS_KEPT refusals. */
  recordRefusal(refusal: Refusal, now: string): void {
    this.db.transaction(() => {
      const { curator, target, status, code, message } = refusal;
      this.audit(curator, 'refused', target, undefined, { status, code, message }, now);
      this.db
        .prepare(
          `DELETE FROM audit_log WHERE action = 'refused' AND id <= (
             SELECT id FROM audit_log WHERE action = 'refused' ORDER BY id DESC LIMIT 1 OFFSET ?)`,
        )
        .run(MAX_REFUSALS_KEPT);
    })();
  }

  private normalise(input: CollectionInput): CollectionInput {
    const items = [...input.items]
      .sort((a, b) => a.position - b.position)
      .map((item, index) => ({ ...item, position: index + 1 }));
    return {
      title: input.title,
      description: input.description,
      ...(input.area && { area: input.area }),
      items,
    };
  }

  createCollection(id: string, input: CollectionInput, curator: string, now: string): Collection {
    return this.db.transaction(() => {
      if (this.getCollection(id)) throw new CurationError('exists', `collection ${id} already exists`);
      const document = this.normalise(input);
      this.assertDatasetsExist(document.items);
      this.db
        .prepare(
          'INSERT INTO collections (id, document, version, created_by, created_at, updated_at) VALUES (?, ?, 1, ?, ?, ?)',
        )
        .run(id, JSON.stringify(document), curator, now, now);
      const created = this.getCollection(id)!;
      this.audit(curator, 'collection.create', `collection:${id}`, undefined, created, now);
      return created;
    })();
  }

  /** Replaces a collection if the caller saw the current version (If-Match); else version_mismatch. */
  updateCollection(
    id: string,
    input: CollectionInput,
    expectedVersion: number,
    curator: string,
    now: string,
  ): Collection {
    return this.db.transaction(() => {
      const before = this.getCollection(id);
      if (!before) throw new CurationError('not_found', `collection ${id} does not exist`);
      if (before.version !== expectedVersion) {
        throw new CurationError(
          'version_mismatch',
          `collection ${id} is at version ${before.version}, not ${expectedVersion}; reload and retry`,
        );
      }
      const document = this.normalise(input);
      this.assertDatasetsExist(document.items);
      this.db
        .prepare('UPDATE collections SET document = ?, version = version + 1, updated_at = ? WHERE id = ?')
        .run(JSON.stringify(document), now, id);
      const after = this.getCollection(id)!;
      this.audit(curator, 'collection.update', `collection:${id}`, before, after, now);
      return after;
    })();
  }

  deleteCollection(id: string, expectedVersion: number, curator: string, now: string): void {
    this.db.transaction(() => {
      const before = this.getCollection(id);
      if (!before) throw new CurationError('not_found', `collection ${id} does not exist`);
      if (before.version !== expectedVersion)
        throw new CurationError(
          'version_mismatch',
          `collection ${id} is at version ${before.version}, not ${expectedVersion}`,
        );
      this.db.prepare('DELETE FROM collections WHERE id = ?').run(id);
      this.audit(curator, 'collection.delete', `collection:${id}`, before, undefined, now);
    })();
  }

  /** A curator's area decision on a dataset, applied at once and kept across re-harvests. */
  setArea(
    datasetId: string,
    area: AreaId,
    effect: 'add' | 'remove',
    note: string,
    curator: string,
    now: string,
  ): void {
    this.db.transaction(() => {
      if (!this.store.getDataset(datasetId))
        throw new CurationError('not_found', `dataset ${datasetId} does not exist`);
      const before = this.store.getDataset(datasetId)!.record.areas;
      this.store.setAreaOverride({ datasetId, area, effect, curator, note, createdAt: now });
      this.audit(
        curator,
        `area.${effect}`,
        `dataset:${datasetId}`,
        { areas: before },
        { areas: this.store.getDataset(datasetId)!.record.areas, area, note },
        now,
      );
    })();
  }

  auditLog(target?: string, limit = 100): AuditEntry[] {
    const rows = this.db
      .prepare<
        unknown[],
        {
          id: number;
          at: string;
          curator: string;
          action: string;
          target: string;
          before: string | null;
          after: string | null;
        }
      >(`SELECT * FROM audit_log ${target ? 'WHERE target = ?' : ''} ORDER BY id DESC LIMIT ?`)
      .all(...(target ? [target, limit] : [limit]));
    return rows.map((row) => ({
      ...row,
      before: row.before ? JSON.parse(row.before) : null,
      after: row.after ? JSON.parse(row.after) : null,
    }));
  }
}
