/** Records for the explorer's unit tests (the explorer may not import catalog/'s test helpers). */
import type { DatasetRecord } from '../../catalog-schema/types';

export function sampleRecord(overrides: Partial<DatasetRecord> & { id: string }): DatasetRecord {
  const [source = 'datagovhk', sourceId = overrides.id] = overrides.id.split(':');
  return {
    source,
    sourceId,
    city: source === 'datash' ? 'shanghai' : 'hong-kong',
    title: { en: `Dataset ${sourceId}` },
    publisher: { id: 'hk-td', name: { en: 'Transport Department', 'zh-Hant': '運輸署' } },
    categories: [],
    areas: [],
    keywords: [],
    resources: [],
    spatial: {},
    temporal: {},
    updateFrequency: { raw: 'Daily', normalized: 'daily' },
    access: 'open',
    landingPage: `https://data.gov.hk/en-data/dataset/${sourceId}`,
    links: [],
    ...overrides,
  };
}
