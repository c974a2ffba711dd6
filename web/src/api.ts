/** The catalogue API as the explorer uses it; a failed call throws an ApiError with the server's message. */
import type { DatasetRecord } from '../../catalog-schema/types';
import type { Collection } from '../../catalog/curation';
import type { RelatedItem, RelatedResult, TwinPair } from '../../catalog/counterparts/types';
import type { FacetValue, SearchResult } from '../../catalog/search/search';
import type { Preview } from '../../server/preview/previewer';
import { apiQuery, type SearchState } from './search-state';

// The API answers in the catalogue's and the server's own types: type-only imports, no server code is bundled.
export type { Collection, FacetValue, Preview, RelatedItem, RelatedResult, SearchResult, TwinPair };

/** The server's ApiError (server/errors.ts) as the client sees it: the status, code and message of a refusal. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  const response = await fetch(path, { signal, headers: { Accept: 'application/json' } });
  // An abort while the body is read must reject, or the caller's success handler gets `undefined`.
  const body = await response.json().catch((error: unknown) => {
    if (signal?.aborted) throw error;
    return undefined;
  });
  if (!response.ok) {
    const error = (body as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiError(response.status, error?.code ?? 'http_error', error?.message ?? response.statusText);
  }
  return body as T;
}

export const searchDatasets = (state: SearchState, signal?: AbortSignal, pageSize?: number) =>
  getJson<SearchResult>(`/api/datasets?${apiQuery(state, pageSize)}`, signal);

export const getDataset = (id: string, signal?: AbortSignal) =>
  getJson<DatasetRecord>(`/api/datasets/${encodeURIComponent(id)}`, signal);

export const getRelated = (id: string, signal?: AbortSignal) =>
  getJson<RelatedResult>(`/api/datasets/${encodeURIComponent(id)}/related?limit=8`, signal);

export const getPreview = (id: string, resource: number, signal?: AbortSignal) =>
  getJson<Preview>(`/api/datasets/${encodeURIComponent(id)}/preview?resource=${resource}`, signal);

export const listCollections = (signal?: AbortSignal) =>
  getJson<{ items: Collection[] }>('/api/collections', signal);

/** The strongest Hong Kong ⇄ Shanghai pairs, for an area and/or a topic. */
export function getTwins(filter: { area?: string; q?: string; limit?: number }, signal?: AbortSignal) {
  const params = new URLSearchParams();
  if (filter.area) params.set('area', filter.area);
  if (filter.q?.trim()) params.set('q', filter.q.trim());
  if (filter.limit) params.set('limit', String(filter.limit));
  return getJson<{ items: TwinPair[] }>(`/api/twins?${params}`, signal);
}
