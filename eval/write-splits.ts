/** Writes each item's `split` field into fixtures/eval/*.jsonl from the seeded rule (run after editing a set). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitOf } from './split';

export const EVAL_DIR = join(__dirname, '..', 'fixtures', 'eval');
export const EVAL_FILES = ['twins.jsonl', 'search-topics.jsonl'] as const;

/** The file's lines with `split` set by the rule, placed after `topic`; everything else kept as written. */
export function withSplits(text: string): string {
  return text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const { topic, split: _old, ...rest } = JSON.parse(line) as { topic: string; split?: string };
      return JSON.stringify({ topic, split: splitOf(topic), ...rest });
    })
    .join('\n')
    .concat('\n');
}

if (require.main === module) {
  for (const name of EVAL_FILES) {
    const path = join(EVAL_DIR, name);
    writeFileSync(path, withSplits(readFileSync(path, 'utf8')));
  }
}
