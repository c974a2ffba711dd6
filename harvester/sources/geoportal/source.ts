/**
 * Geoportal source: pages rest/metadata/search?f=json (1-based start, nextStart = -1 at the end), then
 * reads rest/metadata/item/<id> for each record whose `updated` is newer than what the catalogue holds
 * (all of them in a full run). The payload kept is the search result and the item's whole answer.
 */
import { HttpError } from '../../http';
import { fetchEach, SourceError, type FetchContext, type FetchOutcome } from '../types';
import type { GeoportalSiteConfig } from './config';

export interface GeoportalSearchResult {
  id: string;
  title?: string;
  updated?: string;
  [key: string]: unknown;
}

export interface GeoportalPayload {
  search: GeoportalSearchResult;
  item: { _id?: string; found?: boolean; _source?: Record<string, unknown> };
}

interface SearchPage {
  start?: unknown;
  total?: unknown;
  nextStart?: unknown;
  results?: unknown;
}

const MAX_PAGES = 10_000;

async function listAll(config: GeoportalSiteConfig, context: FetchContext): Promise<GeoportalSearchResult[]> {
  const base = `${config.baseUrl.replace(/\/$/, '')}/geoportal/rest/metadata/search`;
  const results: GeoportalSearchResult[] = [];
  let start = 1;
  for (let page = 0; page < MAX_PAGES; page++) {
    let body: SearchPage;
    try {
      body = await context.http.getJson<SearchPage>(base, {
        params: { f: 'json', start, num: config.pageSize },
      });
    } catch (error) {
      throw new SourceError(
        (error as HttpError).code ?? 'listing_failed',
        `listing failed at start=${start}: ${(error as Error).message}`,
      );
    }
    if (
      !Array.isArray(body?.results) ||
      typeof body.total !== 'number' ||
      typeof body.nextStart !== 'number'
    ) {
      const keys = body && typeof body === 'object' ? Object.keys(body).join(', ') : typeof body;
      throw new SourceError(
        'unexpected_shape',
        `${base}: expected {total, nextStart, results[]}, got keys: ${keys}`,
      );
    }
    for (const result of body.results as GeoportalSearchResult[]) {
      if (result && typeof result.id === 'string') results.push(result);
    }
    if (body.nextStart <= start || body.nextStart === -1) return results;
    start = body.nextStart;
  }
  throw new SourceError('listing_failed', `${base}: more than ${MAX_PAGES} pages; stopping`);
}

export async function fetchGeoportal(
  config: GeoportalSiteConfig,
  context: FetchContext,
): Promise<FetchOutcome> {
  const listed = await listAll(config, context);
  const toFetch =
    context.mode === 'incremental'
      ? listed.filter((result) => {
          const known = context.known.get(result.id);
          return (
            !known?.modified || !result.updated || Date.parse(result.updated) > Date.parse(known.modified)
          );
        })
      : listed;
  const itemBase = `${config.baseUrl.replace(/\/$/, '')}/geoportal/rest/metadata/item/`;
  const { items, failures } = await fetchEach(
    toFetch,
    config.concurrency,
    context,
    (search) => search.id,
    async (search) => {
      const url = `${itemBase}${encodeURIComponent(search.id)}`;
      const item = await context.http.getJson<GeoportalPayload['item']>(url);
      if (!item || typeof item !== 'object' || !item._source || typeof item._source !== 'object') {
        throw new HttpError('unexpected_shape', `${url}: no _source in the item`, url);
      }
      return { sourceId: search.id, payload: { search, item } satisfies GeoportalPayload };
    },
  );
  return {
    items,
    listedIds: new Set(listed.map((result) => result.id)),
    skippedUnchanged: listed.length - toFetch.length,
    failures,
  };
}
