/**
 * The catalogue API as the explorer uses it, through a client typed by the API contract (openapi-fetch
 * over catalog-schema/api's generated types); a failed call throws an ApiError with the server's message.
 */
import type { FeatureCollection } from 'geojson';
import createClient from 'openapi-fetch';
import type { components, paths } from '../../catalog-schema/api/openapi.generated';
import { apiQuery, type SearchState } from './search-state';

type Schemas = components['schemas'];
/** The JSON a GET answers with when it succeeds, exactly as the contract generated it. */
type Answer<Path extends keyof paths> = paths[Path]['get'] extends {
  responses: { 200: { content: { 'application/json': infer Body } } };
}
  ? Body
  : never;

export type SearchResult = Schemas['SearchResult'];
export type FacetValue = Schemas['FacetValue'];
export type Collection = Schemas['Collection'];
/** The contract says `data` is a GeoJSON FeatureCollection (not our shape); the GeoJSON types say what that is. */
export type Preview =
  Schemas['TablePreview'] | (Omit<Schemas['GeoJsonPreview'], 'data'> & { data: FeatureCollection });
/** /api/datasets/{id}/related items: the record and why it is related. */
export type RelatedDataset = Answer<'/api/datasets/{id}/related'>['items'][number];
export type RelatedResult = Answer<'/api/datasets/{id}/related'>;
/** /api/twins items: a Hong Kong and a Shanghai dataset, their score and why they pair. */
export type TwinPair = Answer<'/api/twins'>['items'][number];
/** What a curator sends to create or replace a collection. */
export type CollectionInput = Schemas['CollectionInput'];

/** A refusal as the client sees it: the status, code and message of the server's {error: {code, message}}. */
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

const client = createClient<paths>({ baseUrl: '/', headers: { Accept: 'application/json' } });

/**
 * The body of a successful call, typed as the contract's generated types declare it (openapi-fetch's
 * own result type widens tuples such as a bbox to plain arrays).
 */
async function unwrap<T>(call: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<T> {
  const { data, error, response } = await call;
  if (data === undefined || !response.ok) {
    const refusal = (error as { error?: { code?: string; message?: string } } | undefined)?.error;
    throw new ApiError(
      response.status,
      refusal?.code ?? 'http_error',
      refusal?.message ?? response.statusText,
    );
  }
  return data as T;
}

export const searchDatasets = (state: SearchState, signal?: AbortSignal, pageSize?: number) =>
  unwrap<Answer<'/api/datasets'>>(
    client.GET('/api/datasets', {
      // the view keeps its own query-string form (lists comma-separated), shared with the page URL
      querySerializer: () => apiQuery(state, pageSize).toString(),
      signal,
    }),
  );

export const getDataset = (id: string, signal?: AbortSignal) =>
  unwrap<Answer<'/api/datasets/{id}'>>(
    client.GET('/api/datasets/{id}', { params: { path: { id } }, signal }),
  );

export const getRelated = (id: string, signal?: AbortSignal) =>
  unwrap<Answer<'/api/datasets/{id}/related'>>(
    client.GET('/api/datasets/{id}/related', { params: { path: { id }, query: { limit: 8 } }, signal }),
  );

export const getPreview = (id: string, resource: number, signal?: AbortSignal) =>
  unwrap<Preview>(
    client.GET('/api/datasets/{id}/preview', { params: { path: { id }, query: { resource } }, signal }),
  );

export const listCollections = (signal?: AbortSignal) =>
  unwrap<Answer<'/api/collections'>>(client.GET('/api/collections', { signal }));

/** The strongest Hong Kong ⇄ Shanghai pairs, for an area and/or a topic. */
export const getTwins = (
  filter: { area?: Schemas['AreaId']; q?: string; limit?: number },
  signal?: AbortSignal,
) =>
  unwrap<Answer<'/api/twins'>>(
    client.GET('/api/twins', {
      params: {
        query: {
          ...(filter.area && { area: filter.area }),
          ...(filter.q?.trim() && { q: filter.q.trim() }),
          ...(filter.limit && { limit: filter.limit }),
        },
      },
      signal,
    }),
  );

// ---- curation (curator mode): writes carry the curator's Bearer token and the ETag last read as If-Match ----

/** A collection with the ETag it was read or written with. */
export interface Versioned {
  collection: Collection;
  etag: string;
}

async function versioned(
  call: Promise<{ data?: unknown; error?: unknown; response: Response }>,
): Promise<Versioned> {
  const answer = await call;
  const collection = await unwrap<Collection>(Promise.resolve(answer));
  // The server sends an ETag on every read and write; the version is its fallback.
  return { collection, etag: answer.response.headers.get('ETag') ?? `"v${collection.version}"` };
}

const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
// The API lets browsers keep GET answers for a minute; a curator must read what is there now.
const fresh = { cache: 'no-store' } as const;

export const readCollection = (id: string) =>
  versioned(client.GET('/api/collections/{id}', { params: { path: { id } }, ...fresh }));

export const readCollections = async () =>
  (await unwrap<Answer<'/api/collections'>>(client.GET('/api/collections', fresh))).items;

export const createCollection = (token: string, body: CollectionInput) =>
  versioned(client.POST('/api/collections', { body, headers: bearer(token) }));

export const replaceCollection = (token: string, id: string, body: CollectionInput, etag: string) =>
  versioned(
    client.PUT('/api/collections/{id}', {
      params: { path: { id }, header: { 'If-Match': etag } },
      body,
      headers: bearer(token),
    }),
  );
