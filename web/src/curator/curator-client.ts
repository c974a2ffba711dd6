/**
 * A curator's collection as a draft (what the form edits) and the writes that send it through the API
 * client: the Bearer token on every write, the ETag last read as If-Match, so a stale edit is refused (412)
 * instead of overwriting someone else's.
 */
import type { AreaId, LocalizedText } from '../../../catalog-schema/types';
import {
  createCollection as postCollection,
  readCollection,
  replaceCollection,
  type Collection,
  type CollectionInput,
  type Versioned,
} from '../api';

export { readCollection, readCollections, type Versioned } from '../api';

/** What a curator writes: the collection without the server's bookkeeping. */
export interface CollectionDraft {
  id: string;
  title: LocalizedText;
  description: string;
  area?: AreaId;
  items: { datasetId: string; note: string }[];
}

/** The body the API takes: positions in list order, empty fields left out. */
export function bodyOf(draft: CollectionDraft): CollectionInput {
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

export const createCollection = (token: string, draft: CollectionDraft) =>
  postCollection(token, { id: draft.id, ...bodyOf(draft) });

export const updateCollection = (token: string, draft: CollectionDraft, etag: string) =>
  replaceCollection(token, draft.id, bodyOf(draft), etag);

/** Adds one dataset at the end of a collection, on its latest version (read just before the write). */
export async function appendToCollection(token: string, id: string, datasetId: string): Promise<Versioned> {
  const latest = await readCollection(id);
  const draft = draftOf(latest.collection);
  if (draft.items.some((item) => item.datasetId === datasetId)) return latest;
  draft.items.push({ datasetId, note: '' });
  return updateCollection(token, draft, latest.etag);
}
