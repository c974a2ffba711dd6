/**
 * Why a dataset has its smart-city areas, in words: the tagging rule ids (`category:datagovhk:transport`,
 * `keyword:mobility:transport`, `publisher:hk-td`, `curator:alice`) become a phrase in the chosen language,
 * naming the record's own category label and publisher. The phrases live in i18n.ts (reason_*, topic_*).
 */
import type { DatasetRecord, Language } from '../../../catalog-schema/types';
import { facetLabel, isMessageKey, pick, t } from '../i18n';

type Reason = NonNullable<DatasetRecord['areaReasons']>[number];

/** A keyword rule's topic (`not-public-safety`) named for people; a rule added since shows its own name. */
function topicOf(name: string, language: Language): string {
  const key = `topic_${name.replace(/-/g, '_')}`;
  return isMessageKey(key) ? t(language, key) : name.replace(/-/g, ' ');
}

function why(rule: string, record: DatasetRecord, language: Language): string {
  const [kind = '', ...rest] = rule.split(':');
  if (kind === 'category') {
    const [scheme, ...idParts] = rest;
    const id = idParts.join(':');
    const category = record.categories.find((entry) => entry.scheme === scheme && entry.id === id);
    return t(language, 'reason_category', { x: (category && pick(category.label, language)) || id });
  }
  if (kind === 'keyword')
    return t(language, 'reason_keyword', { x: topicOf(rest.slice(1).join(':'), language) });
  if (kind === 'publisher')
    return t(language, 'reason_publisher', { x: pick(record.publisher.name, language) || rest.join(':') });
  if (kind === 'curator') return t(language, 'reason_curator', { x: rest.join(':') });
  return t(language, 'reason_other', { x: rule });
}

/** "Smart Mobility: the portal files it under “Transportation”", or "Not Smart Living: …" for a removal. */
export function areaReasonText(reason: Reason, record: DatasetRecord, language: Language): string {
  return t(language, reason.effect === 'add' ? 'reason_add' : 'reason_remove', {
    area: facetLabel('area', reason.area, language),
    why: why(reason.rule, record, language),
  });
}
