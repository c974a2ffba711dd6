import { hitAt, mean, ndcgAt, recallAt, reciprocalRank } from './metrics';

describe('ranking metrics', () => {
  test('recall@k counts the relevant ids in the first k, capped at k', () => {
    expect(recallAt(2, ['a', 'x', 'b'], ['a', 'b'])).toBe(0.5);
    expect(recallAt(3, ['a', 'x', 'b'], ['a', 'b'])).toBe(1);
    expect(recallAt(1, ['a'], ['a', 'b', 'c'])).toBe(1);
    expect(recallAt(5, [], ['a'])).toBe(0);
  });

  test('hit@k and reciprocal rank look at the first relevant id', () => {
    expect(hitAt(2, ['x', 'y', 'a'], ['a'])).toBe(0);
    expect(hitAt(3, ['x', 'y', 'a'], ['a', 'b'])).toBe(1);
    expect(reciprocalRank(['x', 'a', 'b'], ['b', 'a'])).toBe(0.5);
    expect(reciprocalRank(['x'], ['a'])).toBe(0);
  });

  test('nDCG@k is 1 for the ideal order and lower when relevant ids come late', () => {
    expect(ndcgAt(10, ['a', 'b', 'x'], ['a', 'b'])).toBe(1);
    expect(ndcgAt(10, ['x', 'a'], ['a'])).toBeCloseTo(1 / Math.log2(3));
    expect(ndcgAt(1, ['x', 'a'], ['a'])).toBe(0);
  });

  test('mean of nothing is 0', () => {
    expect(mean([])).toBe(0);
    expect(mean([1, 0])).toBe(0.5);
  });
});
