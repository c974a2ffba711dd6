/** The numbered SQL migrations; the store applies those above the file's PRAGMA user_version, in order. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = join(__dirname, 'migrations');

export function loadMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  const migrations = readdirSync(dir)
    .filter((file) => /^\d+-.+\.sql$/.test(file))
    .map((file) => ({
      version: Number(file.split('-')[0]),
      name: file,
      sql: readFileSync(join(dir, file), 'utf8'),
    }))
    .sort((a, b) => a.version - b.version);
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new Error(`migrations must be numbered 1, 2, 3, ... without gaps; found ${migration.name}`);
    }
  });
  return migrations;
}

export const MIGRATIONS: readonly Migration[] = loadMigrations();
export const SCHEMA_VERSION = MIGRATIONS.length;
