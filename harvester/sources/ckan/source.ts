/**
 * CKAN source: package_list, then each dataset in every configured language. A run that reads the whole
 * listing first pages package_search for the datasets the search index holds (DATA.GOV.HK's holds only a
 * sixth of them), then calls package_show for the rest. Incremental runs fetch only what the change feed
 * names, plus new ids. I/O only: the payload kept per dataset is exactly what each language's API answered.
 */
import { XMLParser } from 'fast-xml-parser';
import type { Language } from '../../../catalog-schema';
import { HttpError } from '../../http';
import { fetchEach, SourceError, type FetchContext, type FetchOutcome, type ItemFailure } from '../types';
import type { CkanSiteConfig } from './config';

export type CkanPayload = Partial<Record<Language, Record<string, unknown>>>;

interface CkanEnvelope {
  success?: unknown;
  result?: unknown;
  error?: { message?: string };
}

const DAY_MS = 86_400_000;
/** Feed dates have one-second precision and clocks drift: re-read an hour before the last run began. */
const FEED_OVERLAP_MS = 3_600_000;

function actionUrl(config: CkanSiteConfig, language: Language, action: string): string {
  return `${config.baseUrl.replace(/\/$/, '')}${config.actionPaths[language]}${action}`;
}

/** CKAN answers {success, result}; an error, an HTML page or another shape is not a result. */
function resultOf(envelope: unknown, url: string): unknown {
  const body = envelope as CkanEnvelope;
  if (!body || typeof body !== 'object' || !('success' in body)) {
    throw new HttpError('unexpected_shape', `${url} is not a CKAN response (no "success")`, url);
  }
  if (body.success !== true) {
    throw new HttpError(
      'portal_error',
      `${url} answered success=false: ${body.error?.message ?? 'no message'}`,
      url,
    );
  }
  return body.result;
}

/** Dataset names in the change feed's items published since `since` (links read /dataset/<name>/...). */
export function changedNamesFromFeed(xml: string, since: Date): Set<string> {
  const feed = new XMLParser({ ignoreAttributes: true }).parse(xml) as {
    rss?: { channel?: { item?: unknown } };
  };
  const items = feed.rss?.channel?.item;
  const list = (Array.isArray(items) ? items : items ? [items] : []) as { link?: string; pubDate?: string }[];
  const names = new Set<string>();
  for (const item of list) {
    const published = Date.parse(item.pubDate ?? '');
    const name = /\/dataset\/([^/?#]+)/.exec(item.link ?? '')?.[1];
    if (name && !Number.isNaN(published) && published >= since.getTime()) names.add(decodeURIComponent(name));
  }
  return names;
}

async function listNames(
  config: CkanSiteConfig,
  context: FetchContext,
  primary: Language,
): Promise<string[]> {
  const url = actionUrl(config, primary, 'package_list');
  let result: unknown;
  try {
    result = resultOf(await context.http.getJson(url), url);
  } catch (error) {
    throw new SourceError(
      (error as HttpError).code ?? 'listing_failed',
      `listing failed: ${(error as Error).message}`,
    );
  }
  if (!Array.isArray(result) || !result.every((name) => typeof name === 'string')) {
    throw new SourceError('unexpected_shape', `${url}: "result" is not a list of dataset names`);
  }
  return result;
}

/** Which listed names to fetch: all of them, or in incremental mode those the feed names plus new ones. */
async function namesToFetch(
  config: CkanSiteConfig,
  context: FetchContext,
  names: string[],
): Promise<{ fetch: string[]; skipped: number }> {
  const feedCovers =
    context.mode === 'incremental' &&
    config.changeFeedPath &&
    context.lastSuccessAt &&
    context.now.getTime() - context.lastSuccessAt.getTime() < (config.changeFeedDays ?? 0) * DAY_MS;
  if (!feedCovers) return { fetch: names, skipped: 0 };
  const feedUrl = `${config.baseUrl.replace(/\/$/, '')}${config.changeFeedPath}`;
  let changed: Set<string>;
  try {
    changed = changedNamesFromFeed(
      await context.http.getText(feedUrl),
      new Date(context.lastSuccessAt!.getTime() - FEED_OVERLAP_MS),
    );
  } catch (error) {
    throw new SourceError('change_feed_failed', `change feed failed: ${(error as Error).message}`);
  }
  const fetch = names.filter((name) => changed.has(name) || !context.known.has(name));
  return { fetch, skipped: names.length - fetch.length };
}

const MAX_SEARCH_PAGES = 1000;

type CkanPackage = Record<string, unknown>;

/**
 * Every dataset package_search finds, by name, in one language. A failed or odd page ends the paging
 * with what was read so far: the datasets not found here are then read with package_show.
 */
async function searchIndexed(
  config: CkanSiteConfig,
  context: FetchContext,
  language: Language,
  rows: number,
): Promise<{ found: Map<string, CkanPackage>; failure?: ItemFailure }> {
  const url = actionUrl(config, language, 'package_search');
  const found = new Map<string, CkanPackage>();
  const fallingBack = (code: string, why: string) => ({
    found,
    failure: { code, message: `${why}; reading those datasets with package_show instead`, url },
  });
  for (let page = 0, start = 0; page < MAX_SEARCH_PAGES; page++, start += rows) {
    let result: unknown;
    try {
      result = resultOf(
        await context.http.getJson(url, { params: { rows, start } }),
        `${url}?start=${start}`,
      );
    } catch (error) {
      return fallingBack((error as HttpError).code ?? 'search_failed', (error as Error).message);
    }
    const { count, results } = (result ?? {}) as { count?: unknown; results?: unknown };
    if (typeof count !== 'number' || !Array.isArray(results)) {
      return fallingBack('unexpected_shape', `${url}?start=${start}: "result" is not {count, results[]}`);
    }
    for (const hit of results as CkanPackage[]) {
      if (hit && typeof hit.name === 'string') found.set(hit.name, hit);
    }
    if (!results.length || start + rows >= count) break;
  }
  return { found };
}

async function showPackage(
  config: CkanSiteConfig,
  context: FetchContext,
  language: Language,
  name: string,
): Promise<CkanPackage> {
  const url = actionUrl(config, language, 'package_show');
  const result = resultOf(await context.http.getJson(url, { params: { id: name } }), `${url}?id=${name}`);
  if (!result || typeof result !== 'object' || (result as { name?: unknown }).name !== name) {
    throw new HttpError('unexpected_shape', `${url}?id=${name}: result is not the dataset ${name}`, url);
  }
  return result as CkanPackage;
}

export async function fetchCkan(config: CkanSiteConfig, context: FetchContext): Promise<FetchOutcome> {
  const languages = Object.keys(config.actionPaths) as Language[];
  const primary = languages[0]!;
  const names = await listNames(config, context, primary);
  const { fetch, skipped } = await namesToFetch(config, context, names);
  const searched =
    config.searchPageSize && fetch.length === names.length
      ? await Promise.all(
          languages.map((language) => searchIndexed(config, context, language, config.searchPageSize!)),
        )
      : [];
  const { items, failures } = await fetchEach(
    fetch,
    config.concurrency,
    context,
    (name) => name,
    async (name) => {
      const payload: CkanPayload = {};
      for (const [index, language] of languages.entries()) {
        payload[language] =
          searched[index]?.found.get(name) ?? (await showPackage(config, context, language, name));
      }
      return { sourceId: name, payload };
    },
  );
  return {
    items,
    listedIds: new Set(names),
    skippedUnchanged: skipped,
    failures: [...searched.flatMap(({ failure }) => (failure ? [failure] : [])), ...failures],
  };
}
