/**
 * The explorer's view, kept in the page URL: every change is a history entry, Back restores the view, and
 * the page's language follows the chosen one.
 */
import { useCallback, useEffect, useState } from 'react';
import type { Language } from '../../../catalog-schema/types';
import { stateFromUrl, urlQuery, type SearchState } from '../search-state';

const browserLanguage = (): Language =>
  /^zh-(hans|cn|sg)/i.test(navigator.language)
    ? 'zh-Hans'
    : /^zh/i.test(navigator.language)
      ? 'zh-Hant'
      : 'en';

export function useUrlState() {
  const [state, setState] = useState<SearchState>(() => stateFromUrl(location.search, browserLanguage()));
  const update = useCallback((next: (current: SearchState) => SearchState) => {
    setState((current) => {
      const changed = next(current);
      const query = urlQuery(changed);
      if (query !== location.search) history.pushState(null, '', `${location.pathname}${query}`);
      return changed;
    });
  }, []);
  useEffect(() => {
    const restore = () => setState(stateFromUrl(location.search, browserLanguage()));
    addEventListener('popstate', restore);
    return () => removeEventListener('popstate', restore);
  }, []);
  useEffect(() => {
    document.documentElement.lang = state.language;
  }, [state.language]);
  return [state, update] as const;
}
