/**
 * CKAN source: package_list, then package_show per dataset in every configured language (package_search
 * indexes only part of DATA.GOV.HK). Incremental runs fetch only what the change feed names, plus new ids.
 * I/O only: the payload kept per dataset is exactly what each language's API answered.
 */
import { XMLParser } from 'fast-xml-parser';
import type { Language } from '../../../catalog-schema';
import { HttpError } from '../../http';
import { fetchEach, SourceError, type FetchContext, type FetchOutcome } from '../types';
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

export async function fetchCkan(config: CkanSiteConfig, context: FetchContext): Promise<FetchOutcome> {
  const languages = Object.keys(config.actionPaths) as Language[];
  const primary = languages[0]!;
  const names = await listNames(config, context, primary);
  const { fetch, skipped } = await namesToFetch(config, context, names);
  const { items, failures } = await fetchEach(
    fetch,
    config.concurrency,
    context,
    (name) => name,
    async (name) => {
      const payload: CkanPayload = {};
      for (const language of languages) {
        const url = actionUrl(config, language, 'package_show');
        const result = resultOf(
          await context.http.getJson(url, { params: { id: name } }),
          `${url}?id=${name}`,
        );
        if (!result || typeof result !== 'object' || (result as { name?: unknown }).name !== name) {
          throw new HttpError(
            'unexpected_shape',
            `${url}?id=${name}: result is not the dataset ${name}`,
            url,
          );
        }
        payload[language] = result as Record<string, unknown>;
      }
      return { sourceId: name, payload };
    },
  );
  return {
    items,
    listedIds: new Set(names),
    skippedUnchanged: skipped,
    failures,
  };
}
