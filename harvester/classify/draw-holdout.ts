/**
 * Draws the records of a new held-out area set, by a seeded rule, from an export of the fixture catalogue
 * (`npm run export -- --db <db> --format jsonl > all.jsonl`): `npx tsx harvester/classify/draw-holdout.ts
 * all.jsonl` prints them unlabelled (`expected: null`), to be labelled by hand before any rule changes.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { foldText } from '../../catalog';
import type { DatasetRecord } from '../../catalog-schema';
import { HOLDOUT_SET_PATH, LABELLED_SET_PATH, readLabelledSet } from './eval-areas';

export const DRAW_SEED = 'areas-holdout-2:';
/** Records drawn per source (DATA.GOV.HK has few unlabelled records left; CSDI mostly copies them). */
export const QUOTAS: Record<string, number> = { datagovhk: 30, csdi: 10, datash: 50 };

const rank = (id: string) =>
  createHash('sha256')
    .update(DRAW_SEED + id)
    .digest('hex');
/** One title in one language, folded, without digits or spaces: the same dataset's yearly or CSDI copy. */
const titleKey = ({ title }: Pick<DatasetRecord, 'title'>) =>
  foldText(title.en ?? title['zh-Hans'] ?? title['zh-Hant'] ?? '').replace(/[\s\p{N}]+/gu, '');

/**
 * In SHA-256(seed + id) order, per source: skip records already labelled (by id, or by the same title as a
 * labelled or already drawn record once digits are ignored, e.g. the 20 quarterly insurance releases or a
 * CSDI copy of a DATA.GOV.HK dataset), keep the first QUOTAS[source].
 */
export function drawHoldout(records: readonly DatasetRecord[]): DatasetRecord[] {
  const labelled = [...readLabelledSet(LABELLED_SET_PATH), ...readLabelledSet(HOLDOUT_SET_PATH)];
  const seenIds = new Set(labelled.map((record) => record.id));
  const seenTitles = new Set(labelled.map(titleKey));
  const drawn: DatasetRecord[] = [];
  const ordered = [...records].sort((a, b) => (rank(a.id) < rank(b.id) ? -1 : 1));
  for (const source of Object.keys(QUOTAS)) {
    let taken = 0;
    for (const record of ordered) {
      if (record.source !== source || taken >= QUOTAS[source]!) continue;
      const key = titleKey(record);
      if (seenIds.has(record.id) || seenTitles.has(key)) continue;
      seenTitles.add(key);
      drawn.push(record);
      taken++;
    }
  }
  return drawn;
}

if (require.main === module) {
  const records = readFileSync(process.argv[2]!, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as DatasetRecord);
  for (const r of drawHoldout(records)) {
    const { id, source, title, description, categories, publisher, keywords } = r;
    console.log(
      JSON.stringify({ id, source, title, description, categories, publisher, keywords, expected: null }),
    );
  }
}
