/**
 * The shortlist as a list of dataset ids: how it is written into a shareable URL and into localStorage, and
 * read back from either without trusting what it finds (a hand-edited link, an old or foreign stored value).
 */

/** More than a team can use, and small enough for a URL (about 300 ids of 30 characters fit in 10 KB). */
export const MAX_SHORTLIST = 300;
const MAX_ID_LENGTH = 300;

/** Dataset ids look like `<source>:<sourceId>`; anything else in a link is dropped rather than fetched. */
const looksLikeId = (id: string) =>
  id.length >= 3 && id.length <= MAX_ID_LENGTH && /^[a-z][\w-]*:\S+$/.test(id);

/** Keeps the first occurrence of each well-formed id, in order, up to the cap. */
export function cleanIds(ids: readonly unknown[]): string[] {
  const kept = new Set<string>();
  for (const id of ids) {
    if (kept.size >= MAX_SHORTLIST) break;
    if (typeof id === 'string' && looksLikeId(id.trim())) kept.add(id.trim());
  }
  return [...kept];
}

/**
 * `id1,id2`: commas separate ids, so a comma (and the escape character) inside an id is percent-encoded;
 * URLSearchParams encodes the rest.
 */
export const encodeShortlist = (ids: readonly string[]) =>
  ids.map((id) => id.replace(/%/g, '%25').replace(/,/g, '%2C')).join(',');

export function decodeShortlist(value: string | null | undefined): string[] {
  if (!value) return [];
  const ids = value.split(',').map((part) => {
    try {
      return decodeURIComponent(part);
    } catch {
      return undefined;
    }
  });
  return cleanIds(ids);
}

/** The link that opens these ids as a shortlist page, for anyone. */
export function shortlistLink(origin: string, ids: readonly string[]): string {
  const params = new URLSearchParams({ view: 'shortlist', shortlist: encodeShortlist(ids) });
  return `${origin}/?${params.toString()}`;
}

/** A stored value (JSON array of ids) read back; anything unreadable is an empty shortlist. */
export function parseStored(value: string | null): string[] {
  if (!value) return [];
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? cleanIds(parsed) : [];
  } catch {
    return [];
  }
}

/** Adds the id when absent, removes it when present (new ids go last, as a team adds them). */
export const toggleId = (ids: readonly string[], id: string): string[] =>
  ids.includes(id) ? ids.filter((entry) => entry !== id) : cleanIds([...ids, id]);
