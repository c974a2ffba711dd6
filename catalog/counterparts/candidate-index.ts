/**
 * The inverted index that finds candidates without comparing all pairs: for each feature, the datasets
 * that have it and how strongly. A very common feature keeps only its strongest postings (a cap), so no
 * dataset's lookup can touch more than features × cap entries.
 */
import type { WeightedVector } from './weighting';

export const MAX_POSTINGS_PER_FEATURE = 300;

interface Postings {
  documents: Int32Array;
  weights: Float32Array;
}

export class CandidateIndex {
  private readonly postings = new Map<number, Postings>();
  private readonly scores: Float64Array;
  private readonly touched: Int32Array;

  constructor(
    vectors: readonly WeightedVector[],
    readonly cap: number = MAX_POSTINGS_PER_FEATURE,
  ) {
    const lists = new Map<number, { document: number; weight: number }[]>();
    vectors.forEach((vector, document) => {
      vector.features.forEach((feature, at) => {
        let list = lists.get(feature);
        if (!list) lists.set(feature, (list = []));
        list.push({ document, weight: vector.weights[at]! });
      });
    });
    for (const [feature, list] of lists) {
      if (list.length < 2) continue; // a feature only one dataset has finds nothing
      if (list.length > cap) list.sort((a, b) => b.weight - a.weight || a.document - b.document);
      const kept = list.slice(0, cap);
      this.postings.set(feature, {
        documents: Int32Array.from(kept, (entry) => entry.document),
        weights: Float32Array.from(kept, (entry) => entry.weight),
      });
    }
    this.scores = new Float64Array(vectors.length);
    this.touched = new Int32Array(vectors.length);
  }

  /**
   * Calls `visit` with every dataset sharing an indexed feature with the query and their dot product
   * (the cosine of the normalised vectors, over the features looked up). The query looks up every concept
   * it has (they join the languages) and its `maxOther` strongest other features that some other dataset
   * shares (a word only it has finds nothing). Not re-entrant.
   */
  forEachCandidate(
    query: WeightedVector,
    isConcept: (feature: number) => boolean,
    maxOther: number,
    visit: (document: number, similarity: number) => void,
  ): void {
    const { scores, touched } = this;
    let count = 0;
    let others = 0;
    query.features.forEach((feature, at) => {
      const list = this.postings.get(feature);
      if (!list) return;
      if (!isConcept(feature) && others++ >= maxOther) return;
      const weight = query.weights[at]!;
      const { documents, weights } = list;
      for (let i = 0; i < documents.length; i++) {
        const document = documents[i]!;
        if (scores[document] === 0) touched[count++] = document;
        scores[document] = scores[document]! + weight * weights[i]!;
      }
    });
    for (let i = 0; i < count; i++) {
      const document = touched[i]!;
      visit(document, scores[document]!);
      scores[document] = 0;
    }
  }
}
