/** data.sh.gov.cn as configuration: what the portal states for every dataset it publishes. */
import type { License } from '../../../catalog-schema';

/**
 * The platform's 数据协议 (data-use agreement) governs every dataset; neither the export nor the search
 * API names a licence per dataset. No stable address of the agreement page itself was found in public
 * sources, so the link is the platform's home page, whose footer leads to it.
 */
export const DATASH_TERMS: License = {
  id: 'datash-data-agreement',
  title: { 'zh-Hans': '上海市公共数据开放平台数据协议' },
  url: 'https://data.sh.gov.cn/',
};
