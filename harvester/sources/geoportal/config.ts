/** An Esri Geoportal Server catalogue as configuration (CSDI; any other Geoportal site is another object). */
import type { City } from '../../../catalog-schema';

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
  translatedFields: {
    title: { 'zh-Hant': 'title_tc_s', 'zh-Hans': 'title_sc_s' },
    description: { 'zh-Hant': 'description_tc_s', 'zh-Hans': 'description_sc_s' },
  },
  concurrency: 16,
};
