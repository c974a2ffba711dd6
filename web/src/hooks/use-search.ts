/**
 * The results for a view, fetched whenever what the search reads changes; the previous results stay shown
 * while the next ones load, and a stale answer is dropped (aborted) rather than shown.
 */
import { useEffect, useState } from 'react';
import { searchDatasets, type SearchResult } from '../api';
import { apiQuery, type SearchState } from '../search-state';

export type Results =
  | { state: 'loading'; last?: SearchResult }
  | { state: 'ready'; value: SearchResult }
  | { state: 'failed'; message: string };

export function useSearch(state: SearchState): { results: Results; shown?: SearchResult } {
  const [results, setResults] = useState<Results>({ state: 'loading' });
  const query = apiQuery(state).toString();
  useEffect(() => {
    const controller = new AbortController();
    setResults((current) => ({
      state: 'loading',
      last: current.state === 'ready' ? current.value : undefined,
    }));
    searchDatasets(state, controller.signal).then(
      (value) => setResults({ state: 'ready', value }),
      (error: Error) => {
        if (!controller.signal.aborted) setResults({ state: 'failed', message: error.message });
      },
    );
    return () => controller.abort();
    // `query` is everything of `state` the search reads.
  }, [query]);
  const shown =
    results.state === 'ready' ? results.value : results.state === 'loading' ? results.last : undefined;
  return { results, shown };
}
