/**
 * Shanghai's search API, as the portal's own pages call it: POST /yys/es/v1/dataset/search with a JSON
 * body, paged by pageNum until totalPageNum. Its id and description keys are not documented anywhere we
 * could check, so the likely names are accepted and any other shape stops the source, naming the keys it
 * found, rather than writing empty records. The live site may also want browser cookies: use the export.
 */
import type { HttpError } from '../../http';
import { SourceError, type FetchContext, type FetchOutcome, type RawItem } from '../types';

export const ID_KEYS = ['datasetId', 'dataSetId', 'datasetID', 'id', 'dataId', 'resId'] as const;
export const NAME_KEYS = ['datasetName', 'dataSetName', 'name'] as const;

export interface DatashApiConfig {
  baseUrl: string;
  pageSize: number;
  maxPages: number;
}

export const DATASH_API: DatashApiConfig = {
  baseUrl: 'https://data.sh.gov.cn',
  pageSize: 100,
  maxPages: 500,
};

export const firstKey = (record: Record<string, unknown>, keys: readonly string[]) =>
  keys.find((key) => record[key] !== undefined && record[key] !== null && String(record[key]).trim() !== '');

interface SearchAnswer {
  data?: { content?: unknown; currentPage?: unknown; totalPageNum?: unknown };
}

function assertShape(
  answer: SearchAnswer,
  url: string,
): { content: Record<string, unknown>[]; totalPageNum: number } {
  const data = answer?.data;
  const missing = [
    !data && 'data',
    data && !Array.isArray(data.content) && 'data.content[]',
    data && typeof data.totalPageNum !== 'number' && 'data.totalPageNum',
  ].filter(Boolean);
  if (missing.length) {
    const keys = answer && typeof answer === 'object' ? Object.keys(answer).join(', ') : typeof answer;
    throw new SourceError(
      'unexpected_shape',
      `${url}: missing ${missing.join(', ')} (top-level keys: ${keys})`,
    );
  }
  const content = data!.content as Record<string, unknown>[];
  for (const record of content) {
    if (!firstKey(record, ID_KEYS) || !firstKey(record, NAME_KEYS)) {
      throw new SourceError(
        'unexpected_shape',
        `${url}: a result has no id (${ID_KEYS.join('/')}) or name (${NAME_KEYS.join('/')}); its keys: ${Object.keys(record).join(', ')}`,
      );
    }
  }
  return { content, totalPageNum: data!.totalPageNum as number };
}

export async function fetchDatashApi(config: DatashApiConfig, context: FetchContext): Promise<FetchOutcome> {
  const url = `${config.baseUrl.replace(/\/$/, '')}/yys/es/v1/dataset/search`;
  const items: RawItem[] = [];
  const seen = new Set<string>();
  let totalPages = 1;
  for (let pageNum = 1; pageNum <= Math.min(totalPages, config.maxPages); pageNum++) {
    let answer: SearchAnswer;
    try {
      answer = await context.http.postJson<SearchAnswer>(url, {
        pageNum,
        pageSize: config.pageSize,
        datasetKeyword: '',
        dataDomain: '',
        openType: '',
        openResType: '',
        orgId: '',
        sort: '',
      });
    } catch (error) {
      throw new SourceError(
        (error as HttpError).code ?? 'listing_failed',
        `search page ${pageNum} failed: ${(error as Error).message}`,
      );
    }
    const { content, totalPageNum } = assertShape(answer, url);
    totalPages = totalPageNum;
    for (const record of content) {
      const id = String(record[firstKey(record, ID_KEYS)!]).trim();
      if (seen.has(id)) continue;
      seen.add(id);
      items.push({ sourceId: id, payload: record });
    }
    context.onProgress?.(pageNum, totalPages);
  }
  const complete = totalPages <= config.maxPages;
  return { items, ...(complete && { listedIds: seen }), skippedUnchanged: 0, failures: [] };
}
