/**
 * Why two datasets are counterparts, in words in the chosen language: the engine's typed reasons
 * (catalog/counterparts/types.ts) carry labels in the three scripts; the sentences around them live in
 * i18n.ts (why_*). Shared concepts are said once, together ("both about bus, bus stop").
 */
import type { Language } from '../../../catalog-schema/types';
import type { RelatedDataset } from '../api';
import { facetLabel, isMessageKey, pick, t } from '../i18n';

export type CounterpartReason = RelatedDataset['reasons'][number];

const frequencyWord = (value: string, language: Language) => {
  const key = `frequency_${value}`;
  return isMessageKey(key) ? t(language, key) : value;
};

export function counterpartReasons(reasons: readonly CounterpartReason[], language: Language): string[] {
  const concepts = reasons.flatMap((reason) =>
    reason.kind === 'concept' ? [pick(reason.label, language)] : [],
  );
  const lines: string[] = [];
  if (concepts.length)
    lines.push(t(language, 'why_concepts', { x: [...new Set(concepts)].join(t(language, 'listSeparator')) }));
  for (const reason of reasons) {
    if (reason.kind === 'concept') continue;
    if (reason.kind === 'area')
      lines.push(
        t(language, 'why_area', {
          x: reason.areas
            .map((area) => facetLabel('area', area, language))
            .join(t(language, 'listSeparator')),
        }),
      );
    else if (reason.kind === 'category')
      lines.push(t(language, 'why_category', { x: pick(reason.label, language) }));
    else if (reason.kind === 'kind') lines.push(t(language, 'why_kind', { x: pick(reason.label, language) }));
    else if (reason.kind === 'frequency')
      lines.push(t(language, 'why_frequency', { x: frequencyWord(reason.value, language) }));
    else if (reason.kind === 'geography')
      lines.push(t(language, 'why_geography', { x: pick(reason.label, language) }));
    else if (reason.kind === 'sameAs') lines.push(t(language, 'why_sameAs'));
    else if (reason.kind === 'duplicateOf') lines.push(t(language, 'why_duplicateOf'));
  }
  return lines;
}
