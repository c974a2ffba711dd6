/**
 * The curation API as a signed-in curator uses it: Bearer token on every write, the collection's ETag
 * sent back as If-Match so a stale edit is refused (412) instead of overwriting someone else's.
 */
import type { AreaId, LocalizedText } from '../../../catalog-schema/types';
import { ApiError, type Collection } from '../api';

/** What a curator writes: the collection without the server's bookkeeping. */
export interface CollectionDraft {
  id: string;
  title: LocalizedText;
  description: string;
  area?: AreaId;
  items: { datasetId: string; note: string }[];
}

export interface Versioned {
  collection: Collection;
  etag: string;
}

async function send(
  path: string,
  init: RequestInit & { token?: string; ifMatch?: string },
): Promise<Response> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (init.body) headers['Content-Type'] = 'application/json';
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.ifMatch) headers['If-Match'] = init.ifMatch;
  // The API lets browsers keep GET answers for a minute; a curator must read what is there now.
  const response = await fetch(path, { ...init, headers, cache: 'no-store' });
  if (!response.ok) {
    const body = (await response.json().catch(() => undefined)) as
      { error?: { code?: string; message?: string } } | undefined;
    throw new ApiError(
      response.status,
      body?.error?.code ?? 'http_error',
      body?.error?.message ?? response.statusText,
    );
  }
  return response;
}

async function versioned(response: Response): Promise<Versioned> {
  const collection = (await response.json()) as Collection;
  // The server always sends an ETag on reads and writes; the version is its fallback.
  return { collection, etag: response.headers.get('ETag') ?? `"v${collection.version}"` };
}

/** The collections as they are now (after a write, the one-minute browser cache would show the old list). */
export const readCollections = async () =>
  ((await (await send('/api/collections', { method: 'GET' })).json()) as { items: Collection[] }).items;

const path = (id: string) => `/api/collections/${encodeURIComponent(id)}`;

/** The body the API takes: positions in list order, empty fields left out. */
export function bodyOf(draft: CollectionDraft) {
  const title = Object.fromEntries(Object.entries(draft.title).filter(([, text]) => text?.trim()));
  return {
    title,
    description: draft.description,
    ...(draft.area && { area: draft.area }),
    items: draft.items.map((item, index) => ({
      datasetId: item.datasetId,
      ...(item.note.trim() && { note: item.note }),
      position: index + 1,
    })),
  };
}

export const draftOf = (collection: Collection): CollectionDraft => ({
  id: collection.id,
  title: { ...collection.title },
  description: collection.description,
  ...(collection.area && { area: collection.area }),
  items: [...collection.items]
    .sort((a, b) => a.position - b.position)
    .map(({ datasetId, note }) => ({ datasetId, note })),
});

export const readCollection = async (id: string) => versioned(await send(path(id), { method: 'GET' }));

export const createCollection = async (token: string, draft: CollectionDraft) =>
  versioned(
    await send('/api/collections', {
      method: 'POST',
      token,
      body: JSON.stringify({ id: draft.id, ...bodyOf(draft) }),
    }),
  );

export const updateCollection = async (token: string, draft: CollectionDraft, etag: string) =>
  versioned(
    await send(path(draft.id), { method: 'PUT', token, ifMatch: etag, body: JSON.stringify(bodyOf(draft)) }),
  );

export const deleteCollection = async (token: string, id: string, etag: string) => {
  await send(path(id), { method: 'DELETE', token, ifMatch: etag });
};

/** Adds one dataset at the end of a collection, on its latest version (read just before the write). */
export async function appendToCollection(token: string, id: string, datasetId: string): Promise<Versioned> {
  const latest = await readCollection(id);
  const draft = draftOf(latest.collection);
  if (draft.items.some((item) => item.datasetId === datasetId)) return latest;
  draft.items.push({ datasetId, note: '' });
  return updateCollection(token, draft, latest.etag);
}
