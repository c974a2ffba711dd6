/** A curator's edits to a collection draft, as pure functions (reorder, annotate, remove, add). */
import type { CollectionDraft } from './curator-client';

/** Moves the item at `index` one place up (-1) or down (+1); out of range changes nothing. */
export function moveItem(draft: CollectionDraft, index: number, step: -1 | 1): CollectionDraft {
  const target = index + step;
  if (index < 0 || target < 0 || target >= draft.items.length) return draft;
  const items = [...draft.items];
  [items[index], items[target]] = [items[target]!, items[index]!];
  return { ...draft, items };
}

export const setNote = (draft: CollectionDraft, index: number, note: string): CollectionDraft => ({
  ...draft,
  items: draft.items.map((item, at) => (at === index ? { ...item, note } : item)),
});

export const removeItem = (draft: CollectionDraft, index: number): CollectionDraft => ({
  ...draft,
  items: draft.items.filter((_item, at) => at !== index),
});

export const addItem = (draft: CollectionDraft, datasetId: string): CollectionDraft =>
  draft.items.some((item) => item.datasetId === datasetId)
    ? draft
    : { ...draft, items: [...draft.items, { datasetId, note: '' }] };

/** A collection id from a title: lower-case letters, digits and dashes, as the API requires. */
export const slugOf = (title: string) =>
  title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 64);

export const emptyDraft = (): CollectionDraft => ({ id: '', title: {}, description: '', items: [] });
