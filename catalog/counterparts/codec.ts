/**
 * The stored form of a counterpart list: reasons without their labels (concept, kind and geography labels
 * come back from the lexicon and rules on read), short keys. A full catalogue's lists shrink about
 * fivefold, which is most of the harvest-time write.
 */
import type { AreaId, City, DatasetRecord, LocalizedText } from '../../catalog-schema';
import { getLexicon } from './lexicon';
import { GEOGRAPHY_LABELS, KIND_LABELS, type DataKind, type GeographyLevel } from './profile';
import type { CounterpartReason, StoredCounterpart } from './types';

interface EncodedItem {
  i: string;
  c: City;
  s: number;
  /** concepts */
  k?: string[];
  a?: AreaId[];
  g?: LocalizedText;
  d?: string;
  f?: DatasetRecord['updateFrequency']['normalized'];
  l?: string;
  /** sameAs / duplicateOf members */
  same?: string[];
  dup?: string[];
  m?: string[];
}

export function encodeItems(items: readonly StoredCounterpart[]): string {
  return JSON.stringify(
    items.map((item) => {
      const encoded: EncodedItem = { i: item.id, c: item.city, s: item.score };
      for (const reason of item.reasons) {
        if (reason.kind === 'concept') (encoded.k ??= []).push(reason.concept);
        else if (reason.kind === 'area') encoded.a = reason.areas;
        else if (reason.kind === 'category') encoded.g = reason.label;
        else if (reason.kind === 'kind') encoded.d = reason.value;
        else if (reason.kind === 'frequency') encoded.f = reason.value;
        else if (reason.kind === 'geography') encoded.l = reason.value;
        else if (reason.kind === 'sameAs') encoded.same = reason.members;
        else encoded.dup = reason.members;
      }
      if (item.members.length) encoded.m = item.members;
      return encoded;
    }),
  );
}

export function decodeItems(json: string): StoredCounterpart[] {
  const { concepts } = getLexicon();
  return (JSON.parse(json) as EncodedItem[]).map((encoded) => {
    const reasons: CounterpartReason[] = [];
    for (const concept of encoded.k ?? []) {
      const label = concepts.get(concept)?.label;
      if (label) reasons.push({ kind: 'concept', concept, label });
    }
    if (encoded.a) reasons.push({ kind: 'area', areas: encoded.a });
    if (encoded.g) reasons.push({ kind: 'category', label: encoded.g });
    if (encoded.d && encoded.d in KIND_LABELS)
      reasons.push({ kind: 'kind', value: encoded.d, label: KIND_LABELS[encoded.d as DataKind] });
    if (encoded.f) reasons.push({ kind: 'frequency', value: encoded.f });
    if (encoded.l && encoded.l in GEOGRAPHY_LABELS)
      reasons.push({
        kind: 'geography',
        value: encoded.l,
        label: GEOGRAPHY_LABELS[encoded.l as GeographyLevel],
      });
    if (encoded.same) reasons.push({ kind: 'sameAs', members: encoded.same });
    if (encoded.dup) reasons.push({ kind: 'duplicateOf', members: encoded.dup });
    return { id: encoded.i, city: encoded.c, score: encoded.s, reasons, members: encoded.m ?? [] };
  });
}
