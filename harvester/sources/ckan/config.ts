/** A CKAN site as configuration: adding another CKAN portal is a new object here, not new code. */
import type { City, Language, License } from '../../../catalog-schema';

export interface CkanSiteConfig {
  source: string;
  city: City;
  /** Scheme and host, e.g. https://data.gov.hk; `--endpoint` swaps it for a replay or a mirror. */
  baseUrl: string;
  /** Action API path per language, joined on the dataset `name`; the first is the primary language. */
  actionPaths: Partial<Record<Language, string>>;
  /** Dataset page on the portal; `{name}` is replaced. */
  landingPage: string;
  /** The portal's terms of use: the licence of a dataset whose package names none (license_id/_title/_url). */
  terms: License;
  /** RSS feed of recently changed files, for incremental runs (DATA.GOV.HK keeps 14 days). */
  changeFeedPath?: string;
  changeFeedDays?: number;
  /** Give records without coordinates the whole city's extent (a city government portal covers its city). */
  cityWideByDefault: boolean;
  /** Portal fields kept as extras, under their own names. */
  extraFields: string[];
  /** Resource fields kept as the resource's extras, under their own names. */
  resourceExtraFields: string[];
  /** Links to other catalogues found in resource URLs: a regex with one capture group → `${source}:${id}`. */
  sameAsPatterns: { pattern: string; source: string }[];
  /** Datasets fetched at once; the HTTP client's per-host cap and rate limit still apply on top. */
  concurrency: number;
  /**
   * Rows per package_search page when a run reads the whole listing: every dataset the search index
   * holds then comes 1,000 at a time instead of one package_show each. Leave out to use package_show only.
   */
  searchPageSize?: number;
}

export const DATAGOVHK: CkanSiteConfig = {
  source: 'datagovhk',
  city: 'hong-kong',
  baseUrl: 'https://data.gov.hk',
  actionPaths: {
    en: '/en-data/api/3/action/',
    'zh-Hant': '/tc-data/api/3/action/',
    'zh-Hans': '/sc-data/api/3/action/',
  },
  landingPage: 'https://data.gov.hk/en-data/dataset/{name}',
  // package_show gives license_id and license_title as null on every recorded dataset: the portal's terms apply.
  terms: {
    id: 'datagovhk-terms',
    title: {
      en: 'DATA.GOV.HK Terms and Conditions of Use',
      'zh-Hant': 'DATA.GOV.HK 條款及細則',
      'zh-Hans': 'DATA.GOV.HK 条款及细则',
    },
    url: 'https://data.gov.hk/en/terms-and-conditions',
  },
  changeFeedPath: '/filestore/feeds/data_rss_en.xml',
  changeFeedDays: 14,
  cityWideByDefault: true,
  extraFields: ['data_dictionary', 'references', 'maintainer_email'],
  // DATA.GOV.HK's own resource fields: the data's schema (field definitions) and the data's own dates.
  resourceExtraFields: ['schema', 'dateCreated', 'datePublished', 'dateModified', 'size', 'mimetype'],
  sameAsPatterns: [{ pattern: 'portal\\.csdi\\.gov\\.hk/.*[?&]datasetId=([A-Za-z0-9_-]+)', source: 'csdi' }],
  concurrency: 16,
  // The index holds only ~631 of 3,822 datasets, which still saves ~1,900 of ~11,500 requests a full run.
  searchPageSize: 1000,
};
