import { makeRecord } from '../../../catalog-schema/testing';
import { initialState } from '../search-state';
import { allResults, type PageFetcher } from './all-results';

const catalogueOf = (size: number): PageFetcher => {
  const all = Array.from({ length: size }, (_, index) =>
    makeRecord({ source: 'datash', sourceId: String(index) }),
  );
  return async (state, pageSize) => ({
    total: size,
    items: all.slice((state.page - 1) * pageSize, state.page * pageSize),
  });
};

describe('exporting every result', () => {
  it('reads page after page until the total, in order, with the search unchanged', async () => {
    const seen: string[] = [];
    const fetchPage: PageFetcher = async (state, pageSize) => {
      seen.push(`${state.q}:${state.page}:${pageSize}`);
      return catalogueOf(250)(state, pageSize);
    };
    const progress: number[] = [];
    const { records, total, capped } = await allResults(
      { ...initialState(), q: 'bus', page: 3 },
      fetchPage,
      (count) => progress.push(count),
    );
    expect(records.map((record) => record.id)).toEqual(
      Array.from({ length: 250 }, (_, index) => `datash:${index}`),
    );
    expect({ total, capped }).toEqual({ total: 250, capped: false });
    expect(seen).toEqual(['bus:1:100', 'bus:2:100', 'bus:3:100']);
    expect(progress).toEqual([100, 200, 250]);
  });

  it('stops at the cap and says so', async () => {
    const { records, total, capped } = await allResults(initialState(), catalogueOf(5000), undefined, 300);
    expect(records).toHaveLength(300);
    expect({ total, capped }).toEqual({ total: 5000, capped: true });
  });

  it('stops when a page comes back empty (the catalogue shrank meanwhile)', async () => {
    const shrinking: PageFetcher = async (state) => ({
      total: 900,
      items: state.page === 1 ? [makeRecord({ source: 'datash', sourceId: '1' })] : [],
    });
    expect((await allResults(initialState(), shrinking)).records).toHaveLength(1);
  });
});
