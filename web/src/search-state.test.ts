import {
  apiQuery,
  initialState,
  stateFromUrl,
  toggleFilter,
  urlQuery,
  type SearchState,
} from './search-state';

describe('the explorer view in the URL', () => {
  it('round-trips every part of the view through the page URL', () => {
    const state: SearchState = {
      ...initialState('zh-Hant'),
      q: '交通 speed',
      filters: { ...initialState().filters, city: ['hong-kong', 'shanghai'], area: ['mobility'] },
      bbox: [113.8, 22.1, 114.5, 22.6],
      sort: 'modified',
      page: 3,
      dataset: 'datash:O2813839472026099',
      collection: 'mobility-starters',
    };
    const query = urlQuery(state);
    expect(query).toContain('lang=zh-Hant');
    expect(stateFromUrl(query)).toEqual(state);
  });

  it('asks the API only for what changes the results, in its parameter names', () => {
    const state = { ...initialState('zh-Hans'), q: '  bus ', dataset: 'x', page: 2 };
    expect(Object.fromEntries(apiQuery(toggleFilter(state, 'format', 'CSV')))).toEqual({
      q: 'bus',
      format: 'CSV',
      pageSize: '20',
    });
    expect(Object.fromEntries(apiQuery(state))).toEqual({ q: 'bus', page: '2', pageSize: '20' });
  });

  it('falls back to defaults for what it cannot read, instead of failing', () => {
    const state = stateFromUrl('?lang=fr&sort=random&page=-2&bbox=1,2,oops,4&city=shanghai,,hong-kong');
    expect(state).toMatchObject({ language: 'en', sort: 'relevance', page: 1, bbox: undefined });
    expect(state.filters.city).toEqual(['shanghai', 'hong-kong']);
    expect(stateFromUrl('?bbox=114,23,113,22').bbox).toBeUndefined();
    expect(stateFromUrl('', 'zh-Hans').language).toBe('zh-Hans');
  });

  it('toggles a facet value on and off, back to page 1', () => {
    const on = toggleFilter({ ...initialState(), page: 4 }, 'area', 'economy');
    expect(on).toMatchObject({ page: 1, filters: { area: ['economy'] } });
    expect(toggleFilter(on, 'area', 'economy').filters.area).toEqual([]);
  });
});
