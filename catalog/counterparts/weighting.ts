/**
 * Rarity weighting of feature counts: BM25's idf and term-frequency saturation, concepts weighted above
 * plain words and bigrams (they are what joins the languages), each vector L2-normalised and cut to its
 * strongest features so that later work per dataset is bounded.
 */
import type { FeatureCounts } from './text';

export interface WeightedVector {
  /** Feature ids (see FeatureDictionary), strongest first. */
  features: Int32Array;
  weights: Float32Array;
}

export const WEIGHTING = {
  k1: 1.2,
  conceptBoost: 2,
  maxFeatures: 48,
};

export class FeatureDictionary {
  readonly ids = new Map<string, number>();
  readonly keys: string[] = [];
  readonly documentFrequency: number[] = [];

  idOf(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      id = this.keys.length;
      this.ids.set(key, id);
      this.keys.push(key);
      this.documentFrequency.push(0);
    }
    return id;
  }
}

export function bm25Idf(documents: number, documentFrequency: number): number {
  return Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
}

/** Weights every dataset's counts against the whole collection (document frequencies from all of them). */
export function weightVectors(
  all: readonly FeatureCounts[],
  dictionary: FeatureDictionary,
): WeightedVector[] {
  const ids = all.map((counts) => {
    const mine = new Int32Array(counts.size);
    let at = 0;
    for (const key of counts.keys()) {
      const id = dictionary.idOf(key);
      dictionary.documentFrequency[id]!++;
      mine[at++] = id;
    }
    return mine;
  });
  const documents = all.length;
  const { k1, conceptBoost, maxFeatures } = WEIGHTING;
  return all.map((counts, index) => {
    const entries: { id: number; weight: number }[] = [];
    let at = 0;
    let norm = 0;
    for (const [key, count] of counts) {
      const id = ids[index]![at++]!;
      const saturation = (count * (k1 + 1)) / (count + k1);
      const weight =
        bm25Idf(documents, dictionary.documentFrequency[id]!) *
        saturation *
        (key.startsWith('c:') ? conceptBoost : 1);
      norm += weight * weight;
      entries.push({ id, weight });
    }
    norm = Math.sqrt(norm) || 1;
    entries.sort((a, b) => b.weight - a.weight || a.id - b.id);
    const kept = entries.slice(0, maxFeatures);
    return {
      features: Int32Array.from(kept, (entry) => entry.id),
      weights: Float32Array.from(kept, (entry) => entry.weight / norm),
    };
  });
}
