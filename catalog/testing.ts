/** Test helpers: a valid record to vary, and throwaway catalogue files. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export { makeRecord } from '../catalog-schema/testing';

export function tempDbPath(name = 'catalog.db'): string {
  return join(mkdtempSync(join(tmpdir(), 'atlas-test-')), name);
}
