/**
 * After a harvest: recomputes the counterparts when anything they depend on changed (the datasets, the
 * curators' area overrides, or the engine's own data files), and stores them. An unchanged catalogue is
 * not recomputed.
 */
import { hash } from 'node:crypto';
import glossary from '../search/glossary.json';
import type { Db } from '../db';
import type { CatalogStore } from '../store';
import { computeCounterparts } from './engine';
import curatedConcepts from './concepts.json';
import learnedTerms from './learned-terms.json';
import profileRules from './profile-rules.json';
import { CounterpartStore } from './storage';

/** Bump when the engine's code changes what it computes, so stored results are recomputed. */
const ENGINE_VERSION = 2;
const DATA_VERSION = hash(
  'sha256',
  JSON.stringify([ENGINE_VERSION, glossary, curatedConcepts, learnedTerms, profileRules]),
  'hex',
);

export interface RefreshResult {
  recomputed: boolean;
  datasets: number;
  durationMs: number;
}

function catalogueFingerprint(db: Db): string {
  const datasets = db
    .prepare(
      'SELECT count(*) AS n, max(last_changed) AS changed, total(rowid) AS rows FROM datasets WHERE withdrawn_at IS NULL',
    )
    .get();
  const overrides = db.prepare('SELECT count(*) AS n, max(created_at) AS latest FROM area_overrides').get();
  return hash('sha256', JSON.stringify([DATA_VERSION, datasets, overrides]), 'hex');
}

export function refreshCounterparts(
  db: Db,
  store: CatalogStore,
  options: { force?: boolean } = {},
): RefreshResult {
  const started = Date.now();
  const counterparts = new CounterpartStore(db, store);
  const fingerprint = catalogueFingerprint(db);
  if (!options.force && counterparts.storedFingerprint() === fingerprint)
    return { recomputed: false, datasets: 0, durationMs: Date.now() - started };
  const records = [...store.iterateRecords()];
  counterparts.replaceAll(computeCounterparts(records), fingerprint);
  return { recomputed: true, datasets: records.length, durationMs: Date.now() - started };
}
