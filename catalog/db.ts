/** Opens a catalogue file: refuses anything that is not ours to change, then brings its schema up to date. */
import Database from 'better-sqlite3';
import { closeSync, existsSync, openSync, readSync, statSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { MIGRATIONS, type Migration } from '../catalog-schema';
import { CatalogError } from './errors';

export type Db = Database.Database;

const SQLITE_HEADER = 'SQLite format 3\u0000';

/** The catalogue path: ATLAS_DB wins everywhere, then data/catalog.db. */
export function defaultDbPath(): string {
  return resolve(process.env.ATLAS_DB || 'data/catalog.db');
}

function assertSqliteFile(path: string): void {
  if (!existsSync(path) || statSync(path).size === 0) return;
  const header = Buffer.alloc(16);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new CatalogError(
      'not_a_database',
      `${path} is not a SQLite database; refusing to open or overwrite it (move it away or set ATLAS_DB)`,
    );
  }
}

/** Returns the file's schema version; throws when a newer program wrote it. */
function checkedVersion(db: Db, latest: number): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  if (current > latest) {
    throw new CatalogError(
      'schema_too_new',
      `catalogue schema version ${current} is newer than this program's ${latest}; ` +
        'upgrade the Atlas instead of opening this file with an older one',
    );
  }
  return current;
}

export function applyMigrations(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  const latest = migrations.length;
  const current = checkedVersion(db, latest);
  for (const migration of migrations.slice(current)) {
    db.transaction(() => {
      db.exec(migration.sql);
      db.pragma(`user_version = ${migration.version}`);
    })();
  }
  return latest - current;
}

export interface OpenOptions {
  readonly?: boolean;
  migrations?: readonly Migration[];
}

export function openDatabase(path: string = defaultDbPath(), options: OpenOptions = {}): Db {
  const inMemory = path === ':memory:';
  if (!inMemory) {
    assertSqliteFile(path);
    if (!options.readonly) mkdirSync(dirname(path), { recursive: true });
  }
  const db = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
  });
  try {
    if (!options.readonly) {
      // Takes effect only on a new file (an existing one keeps its page size). Records are JSON of a few
      // KB and the FTS5 segments are large: 16 KB pages hold a record without overflow pages and make a
      // full harvest's writes about 10% cheaper than the 4 KB default.
      db.pragma('page_size = 16384');
      db.pragma('journal_mode = WAL');
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      applyMigrations(db, options.migrations);
    } else {
      checkedVersion(db, (options.migrations ?? MIGRATIONS).length);
    }
    db.pragma('busy_timeout = 5000');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}
