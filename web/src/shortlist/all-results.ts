/** Every result of a search, page after page, up to a cap: what "Export results" writes. */
import type { DatasetRecord } from '../../../catalog-schema/types';
import type { SearchState } from '../search-state';

/** The API's largest page. */
export const EXPORT_PAGE_SIZE = 100;
/** Ten pages: enough for a topic, bounded for the server's rate limit and the browser's memory. */
export const EXPORT_CAP = 1000;

export type PageFetcher = (
  state: SearchState,
  pageSize: number,
) => Promise<{ total: number; items: DatasetRecord[] }>;

export async function allResults(
  state: SearchState,
  fetchPage: PageFetcher,
  onProgress: (count: number) => void = () => undefined,
  cap = EXPORT_CAP,
): Promise<{ records: DatasetRecord[]; total: number; capped: boolean }> {
  const records: DatasetRecord[] = [];
  let total = 0;
  for (let page = 1; page <= Math.ceil(cap / EXPORT_PAGE_SIZE); page++) {
    const result = await fetchPage({ ...state, page }, EXPORT_PAGE_SIZE);
    total = result.total;
    records.push(...result.items);
    onProgress(records.length);
    if (!result.items.length || records.length >= Math.min(total, cap)) break;
  }
  return { records: records.slice(0, cap), total, capped: total > cap };
}
