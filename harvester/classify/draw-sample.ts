/**
 * Draws records to label by hand, by a seeded rule, from an export of the fixture catalogue
 * (`npm run export -- --db <db> --format jsonl > all.jsonl`): `npx tsx harvester/classify/draw-sample.ts
 * all.jsonl holdout-2` drew areas-holdout-2.jsonl, `... all.jsonl train-2`, `train-3` and `train-4` the records
 * added to areas.jsonl; each is printed unlabelled (`expected: null`).
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { foldText } from '../../catalog';
import type { DatasetRecord } from '../../catalog-schema';
import { HOLDOUT_2_SET_PATH, HOLDOUT_SET_PATH, LABELLED_SET_PATH, readLabelledSet } from './eval-areas';

/** Records drawn per source and sample (DATA.GOV.HK has few unlabelled records left; CSDI mostly copies them). */
export const SAMPLES = {
  'holdout-2': { seed: 'areas-holdout-2:', quotas: { datagovhk: 30, csdi: 10, datash: 50 } },
  'train-2': { seed: 'areas-train-2:', quotas: { datagovhk: 10, csdi: 0, datash: 70 } },
  'train-3': { seed: 'areas-train-3:', quotas: { datagovhk: 0, csdi: 0, datash: 80 } },
  'train-4': { seed: 'areas-train-4:', quotas: { datagovhk: 10, csdi: 5, datash: 65 } },
} as const;
export type SampleName = keyof typeof SAMPLES;

/** One title in one language, folded, without digits or spaces: the same dataset's yearly or CSDI copy. */
const titleKey = ({ title }: Pick<DatasetRecord, 'title'>) =>
  foldText(title.en ?? title['zh-Hans'] ?? title['zh-Hant'] ?? '').replace(/[\s\p{N}]+/gu, '');

/**
 * In SHA-256(seed + id) order, per source: skip records already labelled in any set (by id, or by the same title as a
 * labelled or already drawn record once digits are ignored, e.g. the 20 quarterly insurance releases or a
 * CSDI copy of a DATA.GOV.HK dataset), keep the first `quotas[source]`.
 */
export function drawSample(records: readonly DatasetRecord[], sample: SampleName): DatasetRecord[] {
  const { seed, quotas } = SAMPLES[sample];
  const rank = (id: string) =>
    createHash('sha256')
      .update(seed + id)
      .digest('hex');
  const earlier = sample === 'holdout-2' ? [] : [HOLDOUT_2_SET_PATH];
  const labelled = [LABELLED_SET_PATH, HOLDOUT_SET_PATH, ...earlier].flatMap((path) => readLabelledSet(path));
  const seenIds = new Set(labelled.map((record) => record.id));
  const seenTitles = new Set(labelled.map(titleKey));
  const drawn: DatasetRecord[] = [];
  const ordered = [...records].sort((a, b) => (rank(a.id) < rank(b.id) ? -1 : 1));
  for (const [source, quota] of Object.entries(quotas)) {
    let taken = 0;
    for (const record of ordered) {
      if (record.source !== source || taken >= quota) continue;
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
  for (const r of drawSample(records, (process.argv[3] ?? 'holdout-2') as SampleName)) {
    const { id, source, title, description, categories, publisher, keywords } = r;
    console.log(
      JSON.stringify({ id, source, title, description, categories, publisher, keywords, expected: null }),
    );
  }
}
