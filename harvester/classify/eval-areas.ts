/**
 * `npm run eval:areas`: precision, recall and F1 per area and micro-F1 of the area tagging, in-sample on
 * the training set (fixtures/labels/areas.jsonl and the former held-out set areas-holdout.jsonl, which the
 * rules may be written against) and on the held-out set areas-holdout-2.jsonl (never used to change them).
 * `--errors` lists the training set's disagreements only: the held-out set is scored, never read item by item.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AREA_IDS, type AreaId } from '../../catalog-schema';
import { createClassifier, type ClassifiableRecord } from './classify';

export const LABELLED_SET_PATH = join(__dirname, '../../fixtures/labels/areas.jsonl');
export const HOLDOUT_SET_PATH = join(__dirname, '../../fixtures/labels/areas-holdout.jsonl');
export const HOLDOUT_2_SET_PATH = join(__dirname, '../../fixtures/labels/areas-holdout-2.jsonl');
/** What the rules (and the model) may learn from. */
export const TRAINING_SET_PATHS = [LABELLED_SET_PATH, HOLDOUT_SET_PATH];
export const HELD_OUT_SET_PATH = HOLDOUT_2_SET_PATH;

export type LabelledRecord = ClassifiableRecord & { id: string; expected: AreaId[] };

export interface AreaScore {
  area: AreaId | 'micro';
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface Evaluation {
  records: number;
  scores: AreaScore[];
  microF1: number;
  disagreements: { id: string; expected: AreaId[]; actual: AreaId[]; rules: string[] }[];
}

export function readLabelledSet(path = LABELLED_SET_PATH): LabelledRecord[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledRecord);
}

function score(area: AreaScore['area'], tp: number, fp: number, fn: number): AreaScore {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { area, truePositives: tp, falsePositives: fp, falseNegatives: fn, precision, recall, f1 };
}

export function evaluate(labelled: readonly LabelledRecord[], classify = createClassifier()): Evaluation {
  const tally = new Map(AREA_IDS.map((area) => [area, { tp: 0, fp: 0, fn: 0 }]));
  const disagreements: Evaluation['disagreements'] = [];
  for (const record of labelled) {
    const { areas, reasons } = classify(record);
    for (const area of AREA_IDS) {
      const expected = record.expected.includes(area);
      const actual = areas.includes(area);
      const counts = tally.get(area)!;
      if (expected && actual) counts.tp++;
      else if (actual) counts.fp++;
      else if (expected) counts.fn++;
    }
    if ([...record.expected].sort().join() !== areas.join()) {
      disagreements.push({
        id: record.id,
        expected: record.expected,
        actual: areas,
        rules: reasons.map((r) => `${r.effect} ${r.area} ← ${r.rule}`),
      });
    }
  }
  const scores = AREA_IDS.map((area) => {
    const { tp, fp, fn } = tally.get(area)!;
    return score(area, tp, fp, fn);
  });
  const sum = (key: 'tp' | 'fp' | 'fn') =>
    [...tally.values()].reduce((total, counts) => total + counts[key], 0);
  const micro = score('micro', sum('tp'), sum('fp'), sum('fn'));
  return { records: labelled.length, scores: [...scores, micro], microF1: micro.f1, disagreements };
}

function printEvaluation(name: string, labelled: LabelledRecord[], showErrors: boolean): void {
  const evaluation = evaluate(labelled);
  const pct = (value: number) => value.toFixed(3);
  console.log(`${name}: ${evaluation.records} labelled records\n`);
  console.log('area          TP   FP   FN   precision  recall  F1');
  for (const s of evaluation.scores) {
    console.log(
      `${s.area.padEnd(12)} ${String(s.truePositives).padStart(3)}  ${String(s.falsePositives).padStart(3)}  ` +
        `${String(s.falseNegatives).padStart(3)}   ${pct(s.precision)}     ${pct(s.recall)}   ${pct(s.f1)}`,
    );
  }
  console.log(
    `\nmicro-F1 ${pct(evaluation.microF1)} (target ≥ 0.900); ${evaluation.disagreements.length} records differ\n`,
  );
  if (!showErrors) return;
  for (const d of evaluation.disagreements) {
    const title = labelled.find((record) => record.id === d.id)!.title;
    console.log(
      `${d.id}  ${Object.values(title)[0]}\n  expected [${d.expected}] got [${d.actual}]\n  ${d.rules.join('\n  ')}\n`,
    );
  }
}

export const readTrainingSet = () => TRAINING_SET_PATHS.flatMap((path) => readLabelledSet(path));

if (require.main === module) {
  printEvaluation(
    'In-sample: the training set (areas.jsonl + areas-holdout.jsonl; the rules are written against it)',
    readTrainingSet(),
    process.argv.includes('--errors'),
  );
  printEvaluation(
    'Held-out: areas-holdout-2.jsonl (labelled before any change, never used to make one)',
    readLabelledSet(HELD_OUT_SET_PATH),
    false,
  );
}
