/**
 * Computes every dataset's counterparts: text features and metadata per dataset, rarity-weighted
 * vectors, candidates from the inverted index, scores with reasons, and near-duplicates shown once.
 * Pure: records in, results out (storage.ts writes them).
 */
import type { City, DatasetRecord } from '../../catalog-schema';
import { CandidateIndex } from './candidate-index';
import { groupDuplicates } from './groups';
import { metadataProfile } from './profile';
import { MIN_SIMILARITY, pairReasons, pairScore, type PairSide } from './score';
import { hasUsableTitle, textFeatures } from './text';
import type { CounterpartResult, StoredCounterpart } from './types';
import { FeatureDictionary, weightVectors, type WeightedVector } from './weighting';

/** Counterparts kept per dataset and city (the API's largest page). */
export const KEPT_PER_CITY = 10;
/** Candidates scored per city before near-duplicates are folded (a group may take several slots). */
const SHORTLIST_PER_CITY = 24;
/** Besides its concepts, a dataset looks up only its strongest shared features (its vector keeps more). */
const QUERY_FEATURES = 16;
/** Features per dataset (besides its concepts) stored for matching a twins topic. */
const TOPIC_FEATURES = 8;

export interface EngineOutput {
  results: CounterpartResult[];
  /** Each dataset's strongest features (for the twins topic search), by dataset index. */
  features: { id: string; feature: string; weight: number }[][];
}

/** Keeps the best `size` (document, similarity) pairs, cheaply: most candidates never enter. */
class Shortlist {
  readonly documents: number[] = [];
  readonly similarities: number[] = [];
  constructor(private readonly size: number) {}

  offer(document: number, similarity: number): void {
    const { documents, similarities } = this;
    if (documents.length === this.size && similarity <= similarities[similarities.length - 1]!) return;
    let at = similarities.length;
    while (at > 0 && similarities[at - 1]! < similarity) at--;
    documents.splice(at, 0, document);
    similarities.splice(at, 0, similarity);
    if (documents.length > this.size) {
      documents.pop();
      similarities.pop();
    }
  }
}

export function computeCounterparts(records: readonly DatasetRecord[]): EngineOutput {
  const texts = records.map(textFeatures);
  const usable = records.map(hasUsableTitle);
  const dictionary = new FeatureDictionary();
  const vectors: WeightedVector[] = weightVectors(
    texts.map((text, index) => (usable[index] ? text.counts : new Map())),
    dictionary,
  );
  const index = new CandidateIndex(vectors);
  const conceptFeatures = Uint8Array.from(dictionary.keys, (key) => (key.startsWith('c:') ? 1 : 0));
  const isConcept = (feature: number) => conceptFeatures[feature] === 1;
  const groups = groupDuplicates(records);
  const sides: PairSide[] = records.map((record, at) => ({
    meta: metadataProfile(record),
    concepts: Array.from(vectors[at]!.features)
      .map((feature) => dictionary.keys[feature]!)
      .filter((key) => key.startsWith('c:'))
      .map((key) => key.slice(2)),
  }));

  const results = records.map((record, self): CounterpartResult => {
    const group = groups.groupOf[self]!;
    const base = { id: record.id, city: record.city, group: records[group]!.id };
    if (!usable[self]) {
      return {
        ...base,
        items: [],
        empty: { code: 'no_text', message: 'the title has no words to compare (only digits or symbols)' },
      };
    }
    const shortlists: Record<City, Shortlist> = {
      'hong-kong': new Shortlist(SHORTLIST_PER_CITY),
      shanghai: new Shortlist(SHORTLIST_PER_CITY),
    };
    index.forEachCandidate(vectors[self]!, isConcept, QUERY_FEATURES, (document, similarity) => {
      if (groups.groupOf[document] === group || similarity < MIN_SIMILARITY) return;
      shortlists[records[document]!.city].offer(document, similarity);
    });
    const ranked = (city: City): StoredCounterpart[] => {
      const { documents, similarities } = shortlists[city];
      const scored = documents
        .map((document, at) => ({
          document,
          score: pairScore(similarities[at]!, sides[self]!.meta, sides[document]!.meta),
        }))
        .sort((a, b) => b.score - a.score || a.document - b.document);
      const shown = new Map<number, StoredCounterpart & { document: number }>();
      for (const entry of scored) {
        const other = groups.groupOf[entry.document]!;
        const existing = shown.get(other);
        if (existing) {
          existing.members.push(records[entry.document]!.id);
          continue;
        }
        if (shown.size === KEPT_PER_CITY) continue;
        shown.set(other, {
          document: entry.document,
          id: records[entry.document]!.id,
          city,
          score: entry.score,
          reasons: pairReasons(sides[self]!, sides[entry.document]!),
          members: [],
        });
      }
      // A group shows all its members, also those that did not make the shortlist.
      for (const [other, item] of shown) {
        const all = groups.members.get(other);
        if (all) item.members = all.map((member) => records[member]!.id).filter((id) => id !== item.id);
        if (item.members.length) {
          const link = groups.linkBetween(
            item.document,
            all!.find((member) => member !== item.document)!,
          );
          item.reasons.push({ kind: link, members: item.members });
        }
      }
      return [...shown.values()].map(({ document: _document, ...item }) => item);
    };
    const otherCity: City = record.city === 'hong-kong' ? 'shanghai' : 'hong-kong';
    const ownCopies = (groups.members.get(group) ?? []).filter((member) => member !== self);
    const copies: StoredCounterpart[] = ownCopies.length
      ? [
          {
            id: records[ownCopies[0]!]!.id,
            city: record.city,
            score: 1,
            reasons: [
              {
                kind: groups.linkBetween(self, ownCopies[0]!),
                members: ownCopies.map((member) => records[member]!.id),
              },
            ],
            members: ownCopies.slice(1).map((member) => records[member]!.id),
          },
        ]
      : [];
    return { ...base, items: [...ranked(otherCity), ...copies, ...ranked(record.city)] };
  });

  // Every concept a dataset names (a topic is most often a concept) and its strongest other features.
  const features = vectors.map((vector, at) => {
    const kept: EngineOutput['features'][number] = [];
    let others = 0;
    vector.features.forEach((feature, position) => {
      const key = dictionary.keys[feature]!;
      if (!key.startsWith('c:') && others++ >= TOPIC_FEATURES) return;
      kept.push({
        id: records[at]!.id,
        feature: key,
        weight: Math.round(vector.weights[position]! * 1000) / 1000,
      });
    });
    return kept;
  });
  return { results, features };
}
