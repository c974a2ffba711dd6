/** The fixture catalogue the evaluations run on: the bundled snapshot harvested offline into a fresh file. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalogue, type Catalogue } from '../catalog';
import { harvest } from '../harvester/harvest';

export interface FixtureCatalogue {
  catalogue: Catalogue;
  close(): void;
}

/** Harvests the bundled snapshot (replayed on loopback) into a temporary file, or opens `db` when given. */
export async function openFixtureCatalogue(db?: string): Promise<FixtureCatalogue> {
  if (db) {
    const catalogue = openCatalogue(db);
    return { catalogue, close: () => catalogue.close() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'atlas-eval-'));
  const path = join(dir, 'catalog.db');
  const results = await harvest({ db: path, offline: true, mode: 'full' });
  const failed = results.filter((result) => result.status !== 'succeeded');
  if (failed.length) throw new Error(`fixture harvest failed: ${failed.map((r) => r.source).join(', ')}`);
  const catalogue = openCatalogue(path);
  return {
    catalogue,
    close: () => {
      catalogue.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The value of `--db <path>` on the command line, if any. */
export function dbArgument(argv: readonly string[]): string | undefined {
  const index = argv.indexOf('--db');
  return index >= 0 ? argv[index + 1] : undefined;
}
