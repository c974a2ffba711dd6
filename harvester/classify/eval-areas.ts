/**
 * `npm run eval:areas`: precision, recall and F1 per area and micro-F1 of the tagging rules on the
 * hand-labelled set in fixtures/labels/areas.jsonl. `--errors` lists every disagreement.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AREA_IDS, type AreaId } from '../../catalog-schema';
import { createClassifier, type ClassifiableRecord } from './classify';

export const LABELLED_SET_PATH = join(__dirname, '../../fixtures/labels/areas.jsonl');
export const HOLDOUT_SET_PATH = join(__dirname, '../../fixtures/labels/areas-holdout.jsonl');

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

function printEvaluation(name: string, path: string, showErrors: boolean): void {
  const labelled = readLabelledSet(path);
  const evaluation = evaluate(labelled);
  const pct = (value: number) => value.toFixed(3);
  console.log(`${name}: ${evaluation.records} labelled records (${path})\n`);
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

if (require.main === module) {
  const showErrors = process.argv.includes('--errors');
  printEvaluation('Labelled set (the rules were written against it)', LABELLED_SET_PATH, showErrors);
  printEvaluation(
    'Held-out set (labelled after the rules, never used to change them)',
    HOLDOUT_SET_PATH,
    showErrors,
  );
}
