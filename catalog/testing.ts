/** Test helpers: a valid record to vary, and throwaway catalogue files. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatasetRecord } from '../catalog-schema';

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

export function tempDbPath(name = 'catalog.db'): string {
  return join(mkdtempSync(join(tmpdir(), 'atlas-test-')), name);
}
