/** Test helpers: a valid record with realistic defaults, any field overridable. Pure, so web tests use it too. */
import type { DatasetRecord } from './types';

export function makeRecord(overrides: Partial<DatasetRecord> & { sourceId: string }): DatasetRecord {
  const source = overrides.source ?? 'datagovhk';
  return {
    id: `${source}:${overrides.sourceId}`,
    source,
    city: source === 'datash' ? 'shanghai' : 'hong-kong',
    title: { en: `Dataset ${overrides.sourceId}` },
    publisher: { id: 'hk-td', name: { en: 'Transport Department', 'zh-Hant': '運輸署' } },
    categories: [],
    areas: [],
    keywords: [],
    resources: [],
    spatial: {},
    temporal: {},
    updateFrequency: { raw: 'Daily', normalized: 'daily' },
    access: 'open',
    landingPage: `https://data.gov.hk/en-data/dataset/${overrides.sourceId}`,
    links: [],
    license: {
      id: 'datagovhk-terms',
      title: { en: 'DATA.GOV.HK Terms and Conditions of Use' },
      url: 'https://data.gov.hk/en/terms-and-conditions',
    },
    ...overrides,
  };
}
