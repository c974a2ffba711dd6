/** An Esri Geoportal Server catalogue as configuration (CSDI; any other Geoportal site is another object). */
import type { City, License } from '../../../catalog-schema';

export interface GeoportalSiteConfig {
  source: string;
  city: City;
  /** Scheme and host; the catalogue lives under /geoportal/. */
  baseUrl: string;
  pageSize: number;
  /** Dataset page on the portal; `{id}` is replaced. */
  landingPage: string;
  /** Publisher from the id's department prefix (`lcsd_rcd_...` → lcsd) when the record names none. */
  publisherFromIdPrefix: boolean;
  /** The portal's terms of use: the licence of an item whose use constraints name none. */
  terms: License;
  /** `_source` fields (ISO 19115 use constraints) where an item may name its licence by URL. */
  licenseFields: string[];
  /** Text fields of `_source` holding other languages of title and description. */
  translatedFields: { title: Record<string, string>; description: Record<string, string> };
  concurrency: number;
}

export const CSDI: GeoportalSiteConfig = {
  source: 'csdi',
  city: 'hong-kong',
  baseUrl: 'https://portal.csdi.gov.hk',
  pageSize: 50,
  landingPage: 'https://portal.csdi.gov.hk/geoportal/?lang=en&datasetId={id}',
  publisherFromIdPrefix: true,
  // https://portal.csdi.gov.hk/csdi-webpage/doc/TNC is the path the portal links (…/tnc answers 404).
  terms: {
    id: 'csdi-terms',
    title: {
      en: 'Terms and Conditions of Use of the CSDI Portal',
      'zh-Hant': '空間數據共享平台使用條款及細則',
      'zh-Hans': '空间数据共享平台使用条款及细则',
    },
    url: 'https://portal.csdi.gov.hk/csdi-webpage/doc/TNC',
  },
  licenseFields: ['apiso_ConditionApplyingToAccessAndUse_txt', 'apiso_OtherConstraints_s'],
  translatedFields: {
    title: { 'zh-Hant': 'title_tc_s', 'zh-Hans': 'title_sc_s' },
    description: { 'zh-Hant': 'description_tc_s', 'zh-Hans': 'description_sc_s' },
  },
  concurrency: 16,
};
