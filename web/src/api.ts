/** The catalogue API as the explorer uses it; a failed call throws an ApiError with the server's message. */
import type { FeatureCollection } from 'geojson';
import type { DatasetRecord, LocalizedText } from '../../catalog-schema/types';
import { apiQuery, type SearchState } from './search-state';

export interface FacetValue {
  value: string;
  count: number;
  label?: LocalizedText;
}

export interface SearchResult {
  total: number;
  page: number;
  pageSize: number;
  items: DatasetRecord[];
  facets: Record<string, FacetValue[]>;
}

export interface RelatedDataset extends DatasetRecord {
  reason: { sameAs: boolean; concepts: string[]; sharedAreas: string[] };
}

export type Preview =
  | { kind: 'table'; columns: { name: string; type: string }[]; rows: string[][]; truncated: boolean }
  | {
      kind: 'geojson';
      data: FeatureCollection;
      bbox: [number, number, number, number];
      featureCount: number;
      truncated: boolean;
    };

/** A list of datasets the organisers recommend, with their notes. */
export interface Collection {
  id: string;
  title: LocalizedText;
  description: string;
  area?: string;
  items: { datasetId: string; note?: string; position: number }[];
}

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
  const body = await response.json().catch(() => undefined);
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
  getJson<{ items: RelatedDataset[] }>(`/api/datasets/${encodeURIComponent(id)}/related?limit=8`, signal);

export const getPreview = (id: string, resource: number, signal?: AbortSignal) =>
  getJson<Preview>(`/api/datasets/${encodeURIComponent(id)}/preview?resource=${resource}`, signal);

export const listCollections = (signal?: AbortSignal) =>
  getJson<{ items: Collection[] }>('/api/collections', signal);
