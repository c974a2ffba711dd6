/** Ranking metrics of the evaluations: recall@k, reciprocal rank and nDCG@k with binary relevance. */

/** Share of the relevant ids found in the first k; the relevant ids are capped at k so a perfect list scores 1. */
export function recallAt(k: number, ranked: readonly string[], relevant: readonly string[]): number {
  if (relevant.length === 0) return 1;
  const wanted = new Set(relevant);
  const found = ranked.slice(0, k).filter((id) => wanted.has(id)).length;
  return found / Math.min(wanted.size, k);
}

/** 1 when any relevant id is among the first k, else 0 ("did the user see a counterpart"). */
export function hitAt(k: number, ranked: readonly string[], relevant: readonly string[]): number {
  const wanted = new Set(relevant);
  return ranked.slice(0, k).some((id) => wanted.has(id)) ? 1 : 0;
}

/** 1 / the rank of the first relevant id, 0 when none is in the list. */
export function reciprocalRank(ranked: readonly string[], relevant: readonly string[]): number {
  const wanted = new Set(relevant);
  const index = ranked.findIndex((id) => wanted.has(id));
  return index < 0 ? 0 : 1 / (index + 1);
}

/** nDCG@k with gain 1 for a relevant id, against the ideal list (all relevant ids first). */
export function ndcgAt(k: number, ranked: readonly string[], relevant: readonly string[]): number {
  const wanted = new Set(relevant);
  if (wanted.size === 0) return 1;
  const discount = (rank: number) => 1 / Math.log2(rank + 2);
  const dcg = ranked.slice(0, k).reduce((sum, id, rank) => sum + (wanted.has(id) ? discount(rank) : 0), 0);
  let ideal = 0;
  for (let rank = 0; rank < Math.min(wanted.size, k); rank++) ideal += discount(rank);
  return dcg / ideal;
}

export function mean(values: readonly number[]): number {
  return values.length ? values.reduce((sum, value) => sum + value, 0) / values.length : 0;
}
