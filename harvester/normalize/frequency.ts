/** Normalises a portal's free-text update frequency (any language, any case) with ordered rules from a data file. */
import { foldText } from '../../catalog';
import type { UpdateFrequency } from '../../catalog-schema';
import rulesFile from './frequency-rules.json';

const RULES = rulesFile.rules.map((rule) => ({
  normalized: rule.normalized as UpdateFrequency,
  pattern: new RegExp(rule.pattern, 'iu'),
}));

export function normalizeFrequency(raw: string | null | undefined): {
  raw: string;
  normalized: UpdateFrequency;
} {
  const text = (raw ?? '').trim();
  const folded = foldText(text.replace(/\s+/g, ' '));
  const rule = RULES.find((candidate) => candidate.pattern.test(folded));
  return { raw: text, normalized: rule?.normalized ?? 'unknown' };
}
