/** Test helpers: an app over a throwaway catalogue of realistic records from both cities. */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openCatalogue, refreshCounterparts, type Catalogue } from '../catalog';
import { makeRecord, tempDbPath } from '../catalog/testing';
import type { DatasetRecord } from '../catalog-schema';
import { createApp } from './app';

const SHANGHAI_TERMS = {
  id: 'datash-data-agreement',
  title: { 'zh-Hans': '上海市公共数据开放平台数据协议' },
  url: 'https://data.sh.gov.cn/',
};
import type { ServerConfig } from './config';
import { contractViolations } from './contract-check';
import { recordViolations } from './contract-violations';

export const SAMPLE_RECORDS: DatasetRecord[] = [
  makeRecord({
    sourceId: 'hk-td-tis_5-traffic-speed-map',
    title: { en: 'Traffic Speed Map', 'zh-Hant': '交通速度圖', 'zh-Hans': '交通速度图' },
    description: { en: 'Average traffic speed of major roads', 'zh-Hant': '主要道路的平均交通速度' },
    areas: ['mobility'],
    categories: [
      { scheme: 'datagovhk', id: 'transport', label: { en: 'Transportation', 'zh-Hant': '運輸' } },
    ],
    keywords: ['traffic'],
    resources: [
      {
        name: 'Speed map',
        url: 'https://resource.data.one.gov.hk/td/speedmap.xml',
        format: 'XML',
        isApi: false,
        extras: { schema: 'https://resource.data.one.gov.hk/td/speedmap.xsd', datePublished: '2019-01-01' },
      },
    ],
    spatial: { bbox: [113.83, 22.15, 114.41, 22.56], place: '香港' },
    issued: '2019-01-01T00:00:00Z',
    modified: '2026-06-01T00:00:00Z',
  }),
  makeRecord({
    sourceId: 'kmb-bus-eta',
    title: { en: 'Real-time Arrival Data of KMB Buses', 'zh-Hant': '九巴巴士實時到站數據' },
    publisher: { id: 'kmb', name: { en: 'The Kowloon Motor Bus Co.', 'zh-Hant': '九龍巴士' } },
    areas: ['mobility'],
    resources: [
      { name: 'ETA', url: 'https://data.etabus.gov.hk/v1/transport/kmb/eta', format: 'JSON', isApi: true },
    ],
    spatial: { bbox: [114.0, 22.2, 114.3, 22.5] },
    modified: '2026-09-01T00:00:00Z',
  }),
  makeRecord({
    source: 'csdi',
    sourceId: 'lcsd_rcd_1629267205215_31341',
    title: { en: 'Sports Centres', 'zh-Hant': '體育館' },
    publisher: { id: 'hk-lcsd', name: { en: 'Leisure and Cultural Services Department' } },
    areas: ['living'],
    landingPage: 'https://portal.csdi.gov.hk/geoportal/?lang=en&datasetId=lcsd_rcd_1629267205215_31341',
    license: {
      id: 'csdi-terms',
      title: { en: 'Terms and Conditions of Use of the CSDI Portal' },
      url: 'https://portal.csdi.gov.hk/csdi-webpage/doc/TNC',
    },
    resources: [
      {
        name: 'GeoJSON',
        url: 'https://portal.csdi.gov.hk/csdi-webpage/file-api?dataset_id=lcsd_rcd_1629267205215_31341&format=geojson&layer_name=SC',
        format: 'GEOJSON',
        isApi: true,
      },
    ],
    spatial: { bbox: [114.1, 22.3, 114.2, 22.4] },
    modified: '2026-03-01T00:00:00Z',
  }),
  makeRecord({
    source: 'datash',
    sourceId: 'O2813839472026099',
    title: { 'zh-Hans': '上海市公交线路信息' },
    description: { 'zh-Hans': '本市公交线路的站点和首末班时间' },
    publisher: { id: '上海市交通委员会', name: { 'zh-Hans': '上海市交通委员会' } },
    areas: ['mobility'],
    categories: [{ scheme: 'datash', id: '道路交通', label: { 'zh-Hans': '道路交通' } }],
    landingPage: 'https://data.sh.gov.cn/view/detail/index.html?type=cp&&id=O2813839472026099&&companyFlag=0',
    license: SHANGHAI_TERMS,
    spatial: { bbox: [120.85, 30.67, 122.2, 31.87], place: '本市' },
    modified: '2026-04-22T15:09:30+08:00',
  }),
  makeRecord({
    source: 'datash',
    sourceId: '123456',
    title: { 'zh-Hans': '徐汇区空气质量监测数据' },
    publisher: { id: '上海市徐汇区人民政府', name: { 'zh-Hans': '上海市徐汇区人民政府' } },
    areas: ['environment'],
    access: 'conditional',
    landingPage: 'https://data.sh.gov.cn/view/detail/index.html?type=cp&&id=123456&&companyFlag=0',
    license: SHANGHAI_TERMS,
    spatial: { bbox: [121.39, 31.11, 121.48, 31.22], place: '徐汇区' },
    modified: '2026-02-01T00:00:00+08:00',
  }),
];

export function testConfig(overrides: Partial<ServerConfig> = {}): ServerConfig {
  return {
    rateLimitPerMinute: 0,
    previewAllowHosts: [],
    previewCacheDir: mkdtempSync(join(tmpdir(), 'atlas-preview-')),
    previewCacheTtlSeconds: 0,
    previewMaxBytes: 1024 * 1024,
    previewTimeoutMs: 2000,
    logLevel: 'silent',
    ...overrides,
  };
}

export function testApp(overrides: Partial<ServerConfig> = {}, records: DatasetRecord[] = SAMPLE_RECORDS) {
  const catalogue: Catalogue = openCatalogue(tempDbPath());
  catalogue.store.upsertRecords(records, '2026-11-01T00:00:00Z');
  refreshCounterparts(catalogue.db, catalogue.store);
  return { catalogue, app: createContractCheckedApp(catalogue, testConfig(overrides)) };
}

/** The app as tests run it: every response it gives is checked against the OpenAPI document. */
export function createContractCheckedApp(catalogue: Catalogue, config: ServerConfig) {
  return createApp({
    catalogue,
    config,
    observeResponses: (exchange) => recordViolations(contractViolations(exchange)),
  });
}
