import { initialState, stateFromUrl, urlQuery } from '../search-state';

describe('the shortlist and twins pages in the page URL', () => {
  it('round-trip the page and a shared shortlist', () => {
    const state = {
      ...initialState('zh-Hans'),
      view: 'shortlist' as const,
      shortlist: ['datash:AQ1', 'csdi:a,b'],
    };
    const query = urlQuery(state);
    expect(query).toContain('view=shortlist');
    expect(stateFromUrl(query)).toEqual(state);
    expect(stateFromUrl('?view=twins').view).toBe('twins');
  });

  it('ignore an unknown page and ids that are not dataset ids', () => {
    const state = stateFromUrl('?view=admin&shortlist=%3Cscript%3E,datash:AQ1');
    expect(state.view).toBeUndefined();
    expect(state.shortlist).toEqual(['datash:AQ1']);
  });
});
