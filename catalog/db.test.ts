import { mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { loadMigrations, MIGRATIONS, SCHEMA_VERSION } from '../catalog-schema';
import { openDatabase } from './db';
import { tempDbPath } from './testing';

describe('openDatabase', () => {
  it('creates a fresh catalogue at the latest schema version, in WAL mode', () => {
    const path = tempDbPath();
    const db = openDatabase(path);
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type IN ('table')").all() as {
      name: string;
    }[];
    expect(tables.map((t) => t.name)).toEqual(
      expect.arrayContaining([
        'datasets',
        'dataset_fts',
        'dataset_bbox',
        'quarantine',
        'harvest_runs',
        'area_overrides',
      ]),
    );
    db.close();
  });

  it('upgrades an older file by applying only the newer migrations, keeping its rows', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-migrations-'));
    for (const migration of MIGRATIONS) writeFileSync(join(dir, migration.name), migration.sql);
    const path = tempDbPath();
    openDatabase(path, { migrations: loadMigrations(dir) }).close();
    const raw = new Database(path);
    raw
      .prepare(
        "INSERT INTO harvest_runs (source, mode, status, started_at) VALUES ('csdi', 'full', 'succeeded', 'x')",
      )
      .run();
    raw.close();

    const next = SCHEMA_VERSION + 1;
    writeFileSync(
      join(dir, `${String(next).padStart(3, '0')}-add-notes.sql`),
      'ALTER TABLE harvest_runs ADD COLUMN notes TEXT;',
    );
    const db = openDatabase(path, { migrations: loadMigrations(dir) });
    expect(db.pragma('user_version', { simple: true })).toBe(next);
    expect(db.prepare('SELECT source, notes FROM harvest_runs').all()).toEqual([
      { source: 'csdi', notes: null },
    ]);
    db.close();
  });

  it('refuses a file written by a newer schema version and leaves it untouched', () => {
    const path = tempDbPath();
    openDatabase(path).close();
    const raw = new Database(path);
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`);
    raw.close();
    const before = readFileSync(path);
    expect(() => openDatabase(path)).toThrow(expect.objectContaining({ code: 'schema_too_new' }));
    expect(() => openDatabase(path, { readonly: true })).toThrow(/newer than this program/);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('refuses a file that is not a SQLite database and never overwrites it', () => {
    const path = tempDbPath('notes.db');
    writeFileSync(path, 'these are my notes, not a database\n');
    expect(() => openDatabase(path)).toThrow(expect.objectContaining({ code: 'not_a_database' }));
    expect(readFileSync(path, 'utf8')).toBe('these are my notes, not a database\n');
  });

  it('rejects migration files with gaps in their numbering', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-migrations-'));
    copyFileSync(join(__dirname, '../catalog-schema/migrations/001-init.sql'), join(dir, '001-init.sql'));
    writeFileSync(join(dir, '003-later.sql'), 'SELECT 1;');
    expect(() => loadMigrations(dir)).toThrow(/without gaps/);
  });
});
