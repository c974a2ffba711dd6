import { openCatalogue, type Catalogue } from '../index';
import { makeRecord, tempDbPath } from '../testing';
import { buildMatchExpression } from './query';
import { readFileSync } from 'node:fs';
import { foldText } from './fold';
import { buildTraditionalToSimplified, GENERATED_TABLE_PATH } from './t2s-table';
import { indexVariants } from './tokenize';

const NOW = '2026-11-01T00:00:00.000Z';
let catalogue: Catalogue;

const HK_BOX: [number, number, number, number] = [113.83, 22.15, 114.41, 22.56];
const SH_BOX: [number, number, number, number] = [120.85, 30.67, 122.2, 31.87];

const records = [
  makeRecord({
    sourceId: 'hk-td-tis_5-traffic-speed-map',
    title: { en: 'Traffic Speed Map', 'zh-Hant': '交通速度圖', 'zh-Hans': '交通速度图' },
    description: { en: 'Traffic speed of major roads', 'zh-Hant': '主要道路的交通速度' },
    areas: ['mobility'],
    resources: [
      { name: 'map', url: 'https://resource.data.one.gov.hk/td/speedmap.xml', format: 'XML', isApi: false },
    ],
    spatial: { bbox: HK_BOX },
    modified: '2026-06-01T00:00:00Z',
  }),
  makeRecord({
    sourceId: 'hk-epd-aqhi',
    title: { en: 'Air Quality Health Index', 'zh-Hant': '空氣質素健康指數' },
    description: { en: 'Hourly AQHI readings at monitoring stations' },
    publisher: { id: 'hk-epd', name: { en: 'Environmental Protection Department', 'zh-Hant': '環境保護署' } },
    areas: ['environment', 'living'],
    resources: [
      {
        name: 'aqhi',
        url: 'https://www.aqhi.gov.hk/epd/ddata/html/out/aqhi_ind_rss_Eng.xml',
        format: 'RSS',
        isApi: true,
      },
    ],
    spatial: { bbox: [114.1, 22.28, 114.2, 22.34] },
    modified: '2026-10-01T00:00:00Z',
  }),
  makeRecord({
    sourceId: 'kmb-bus-eta',
    title: { en: 'Real-time Arrival Data of KMB Buses', 'zh-Hant': '九巴巴士實時到站數據' },
    publisher: { id: 'kmb', name: { en: 'The Kowloon Motor Bus Co.', 'zh-Hant': '九龍巴士' } },
    areas: ['mobility'],
    resources: [
      { name: 'eta', url: 'https://data.etabus.gov.hk/v1/transport/kmb/eta', format: 'JSON', isApi: true },
    ],
    spatial: { bbox: [114.0, 22.2, 114.3, 22.5] },
    modified: '2026-09-01T00:00:00Z',
  }),
  makeRecord({
    sourceId: 'hk-fehd-parks',
    title: { en: 'Public Toilets' },
    description: { en: 'Locations of public toilets near car parks and bus termini' },
    publisher: { id: 'hk-fehd', name: { en: 'Food and Environmental Hygiene Department' } },
    areas: ['living'],
    resources: [{ name: 'csv', url: 'https://www.fehd.gov.hk/toilets.csv', format: 'CSV', isApi: false }],
    modified: '2025-01-01T00:00:00Z',
  }),
  makeRecord({
    source: 'datash',
    sourceId: 'AA10000001',
    title: { 'zh-Hans': '浦东新区停车场信息' },
    description: { 'zh-Hans': '包含浦东新区公共停车场的名称、地址、泊位数' },
    publisher: { id: '上海市浦东新区人民政府', name: { 'zh-Hans': '上海市浦东新区人民政府' } },
    areas: ['mobility'],
    access: 'conditional',
    landingPage: 'https://data.sh.gov.cn/view/detail/index.html?type=jk&&id=AA10000001&&companyFlag=0',
    spatial: { bbox: [121.43, 30.85, 121.98, 31.4], place: '浦东新区' },
    modified: '2026-04-22T15:09:30+08:00',
  }),
  makeRecord({
    source: 'datash',
    sourceId: 'O2813839472026099',
    title: { 'zh-Hans': '上海市公交线路信息' },
    description: { 'zh-Hans': '本市公交线路的站点和首末班时间' },
    publisher: { id: '上海市交通委员会', name: { 'zh-Hans': '上海市交通委员会' } },
    areas: ['mobility'],
    landingPage: 'https://data.sh.gov.cn/view/detail/index.html?type=cp&&id=O2813839472026099&&companyFlag=0',
    spatial: { bbox: SH_BOX, place: '本市' },
    modified: '2026-03-01T00:00:00+08:00',
  }),
  makeRecord({
    source: 'datash',
    sourceId: '123456',
    title: { 'zh-Hans': '徐汇区空气质量监测数据' },
    description: { 'zh-Hans': '徐汇区各监测点的空气质量小时数据' },
    publisher: { id: '上海市徐汇区人民政府', name: { 'zh-Hans': '上海市徐汇区人民政府' } },
    areas: ['environment'],
    landingPage: 'https://data.sh.gov.cn/view/detail/index.html?type=cp&&id=123456&&companyFlag=0',
    spatial: { bbox: [121.39, 31.11, 121.48, 31.22], place: '徐汇区' },
    modified: '2026-02-01T00:00:00+08:00',
  }),
];

beforeAll(() => {
  catalogue = openCatalogue(tempDbPath());
  catalogue.store.upsertRecords(records, NOW);
});
afterAll(() => catalogue.close());

const ids = (params: Parameters<Catalogue['search']['search']>[0]) =>
  catalogue.search.search(params).items.map((item) => item.sourceId);

describe('full-text search in three scripts', () => {
  it('matches English case- and plural-insensitively', () => {
    expect(ids({ q: 'TRAFFIC speeds' })).toEqual(['hk-td-tis_5-traffic-speed-map']);
    expect(ids({ q: 'bus' })).toContain('kmb-bus-eta');
    expect(ids({ q: 'toilet' })).toEqual(['hk-fehd-parks']);
  });

  it('folds Traditional and Simplified: a query in either script finds records in the other', () => {
    expect(ids({ q: '交通速度圖' })).toEqual(['hk-td-tis_5-traffic-speed-map']);
    expect(ids({ q: '交通速度图' })).toEqual(['hk-td-tis_5-traffic-speed-map']);
    expect(ids({ q: '巴士' })).toContain('kmb-bus-eta');
    expect(ids({ q: '空氣質素' })).toEqual(expect.arrayContaining(['hk-epd-aqhi', '123456']));
  });

  it('matches two-character Chinese words inside longer text', () => {
    expect(ids({ q: '公交' })).toContain('O2813839472026099');
    expect(ids({ q: '停车' })).toContain('AA10000001');
    expect(ids({ q: '空气' })).toEqual(expect.arrayContaining(['123456', 'hk-epd-aqhi']));
    expect(ids({ q: '徐汇' })).toEqual(['123456']);
  });

  it('crosses languages through the glossary: English finds Chinese-only records and back', () => {
    expect(ids({ q: 'parking' })).toContain('AA10000001');
    expect(ids({ q: 'bus routes' })).toContain('O2813839472026099');
    expect(ids({ q: 'air quality' })).toEqual(expect.arrayContaining(['123456', 'hk-epd-aqhi']));
    expect(ids({ q: '洗手间' })).toEqual(['hk-fehd-parks']);
    expect(ids({ q: '巴士' })).toEqual(expect.arrayContaining(['kmb-bus-eta', 'O2813839472026099']));
  });

  it('ranks title hits above description-only hits', () => {
    const result = ids({ q: 'bus' });
    expect(result.indexOf('kmb-bus-eta')).toBeLessThan(result.indexOf('hk-fehd-parks'));
    expect(result[result.length - 1]).toBe('hk-fehd-parks');
  });

  it('requires every term', () => {
    expect(ids({ q: 'traffic 空气' })).toEqual([]);
  });
});

describe('filters and facets', () => {
  it('filters by city, source, area, format, publisher, access and modifiedSince', () => {
    expect(ids({ city: ['shanghai'] }).sort()).toEqual(['123456', 'AA10000001', 'O2813839472026099']);
    expect(ids({ source: ['datagovhk'], area: ['environment'] })).toEqual(['hk-epd-aqhi']);
    expect(ids({ format: ['json'] })).toEqual(['kmb-bus-eta']);
    expect(ids({ publisher: ['hk-epd'] })).toEqual(['hk-epd-aqhi']);
    expect(ids({ access: ['conditional'] })).toEqual(['AA10000001']);
    expect(ids({ modifiedSince: '2026-08-01' })).toEqual(['hk-epd-aqhi', 'kmb-bus-eta']);
  });

  it('counts each facet ignoring its own filter but honouring the others', () => {
    const { facets, total } = catalogue.search.search({ city: ['shanghai'], area: ['mobility'] });
    expect(total).toBe(2);
    const count = (facet: keyof typeof facets, value: string) =>
      facets[facet].find((entry) => entry.value === value)?.count;
    // city ignores city=shanghai: mobility records in both cities
    expect(count('city', 'hong-kong')).toBe(2);
    expect(count('city', 'shanghai')).toBe(2);
    // area ignores area=mobility: every Shanghai record
    expect(count('area', 'environment')).toBe(1);
    expect(count('area', 'mobility')).toBe(2);
    expect(count('area', 'economy')).toBe(0);
    // other facets honour both filters
    expect(count('source', 'datash')).toBe(2);
    expect(count('access', 'conditional')).toBe(1);
    expect(facets.publisher.find((entry) => entry.value === '上海市交通委员会')?.label).toEqual({
      'zh-Hans': '上海市交通委员会',
    });
  });

  it('filters by bbox: intersects or within', () => {
    const lujiazui: [number, number, number, number] = [121.49, 31.22, 121.52, 31.25];
    expect(ids({ bbox: lujiazui }).sort()).toEqual(['AA10000001', 'O2813839472026099']);
    expect(ids({ bbox: lujiazui, bboxRelation: 'within' })).toEqual([]);
    expect(ids({ bbox: [121.3, 30.8, 122.0, 31.5], bboxRelation: 'within' }).sort()).toEqual([
      '123456',
      'AA10000001',
    ]);
    expect(ids({ bbox: HK_BOX, bboxRelation: 'within' }).sort()).toEqual([
      'hk-epd-aqhi',
      'hk-td-tis_5-traffic-speed-map',
      'kmb-bus-eta',
    ]);
  });

  it('sorts by modified and by title, and pages', () => {
    expect(ids({ sort: 'modified', pageSize: 2 })).toEqual(['hk-epd-aqhi', 'kmb-bus-eta']);
    expect(ids({ sort: 'modified', pageSize: 2, page: 2 })).toEqual([
      'hk-td-tis_5-traffic-speed-map',
      'AA10000001',
    ]);
    expect(ids({ sort: 'title', city: ['hong-kong'] })).toEqual([
      'hk-epd-aqhi',
      'hk-fehd-parks',
      'kmb-bus-eta',
      'hk-td-tis_5-traffic-speed-map',
    ]);
    expect(catalogue.search.search({ page: 99 }).items).toEqual([]);
  });

  it('rejects bad filters with a clear error', () => {
    const bad = [
      { bbox: [1, 2, 3] },
      { bbox: [200, 0, 210, 1] },
      { bbox: [114, 23, 113, 22] },
      { page: 0 },
      { page: -3 },
      { pageSize: 1000 },
      { modifiedSince: 'yesterday' },
    ];
    for (const params of bad) {
      expect(() => catalogue.search.search(params as never)).toThrow(
        expect.objectContaining({ code: 'invalid_filter' }),
      );
    }
  });
});

describe('hostile query strings', () => {
  const hostile = [
    '"unbalanced',
    'bus" OR "x',
    'NEAR(bus traffic)',
    'title: bus',
    '* ^ - + : ( ) { }',
    'bus AND OR NOT',
    "'; DROP TABLE datasets; --",
    '\u0000\u0007\u001b[31m bus',
    '🚌🚇 巴士 🚏',
    '\uD800 lone surrogate',
    '',
    '   ',
    'x'.repeat(499),
  ];
  it.each(hostile)('%j returns results, never an exception', (q) => {
    const result = catalogue.search.search({ q });
    expect(Array.isArray(result.items)).toBe(true);
  });

  it('finds what the words say despite the operators around them', () => {
    expect(ids({ q: '"bus' })).toContain('kmb-bus-eta');
    expect(ids({ q: '🚌 巴士' })).toContain('kmb-bus-eta');
  });

  it('refuses a 10,000-character query with a clear error', () => {
    expect(() => catalogue.search.search({ q: 'bus '.repeat(2500) })).toThrow(
      expect.objectContaining({ code: 'query_too_long' }),
    );
  });

  it('leaves the catalogue intact', () => {
    expect(catalogue.search.search({}).total).toBe(records.length);
  });
});

describe('result cache', () => {
  it('answers a repeated search from the cache, written any way, and forgets it after any write', () => {
    const first = catalogue.search.search({ area: ['mobility', 'environment'], city: ['shanghai'] });
    const { hits } = catalogue.search.cacheStats();
    expect(catalogue.search.search({ city: ['shanghai'], area: ['environment', 'mobility'] })).toEqual(first);
    expect(catalogue.search.cacheStats().hits).toBe(hits + 1);
    const renamed = { ...records[5]!, title: { 'zh-Hans': '上海市公交线路信息（新版）' } };
    catalogue.store.upsertRecords([renamed], '2026-11-02T00:00:00.000Z');
    const after = catalogue.search.search({ area: ['mobility', 'environment'], city: ['shanghai'] });
    expect(catalogue.search.cacheStats().hits).toBe(hits + 1);
    expect(after.items.map((item) => item.title['zh-Hans'])).toContain('上海市公交线路信息（新版）');
  });

  it('holds row ids, not records: a huge description costs the cache nothing', () => {
    const huge = { ...records[5]!, description: { 'zh-Hans': '公交'.repeat(500_000) } };
    catalogue.store.upsertRecords([huge], '2026-11-03T00:00:00.000Z');
    for (let page = 1; page <= 50; page++) catalogue.search.search({ q: '公交', page, pageSize: 1 });
    const { bytes } = catalogue.search.cacheStats();
    expect(bytes).toBeGreaterThan(0);
    expect(bytes).toBeLessThan(200_000);
  });
});

describe('query expansion', () => {
  it('drops alternatives another alternative already covers, without changing what matches', () => {
    const expression = buildMatchExpression('停车')!;
    expect(expression).toContain('"停车"');
    expect(expression).not.toContain('"停车 车场"');
    expect(expression).not.toContain('"parking space"');
    expect(ids({ q: '停车场' })).toEqual(ids({ q: '停车' }));
  });
});

describe('ranking', () => {
  it('puts a title match above a description that repeats the term many times', () => {
    const own = openCatalogue(tempDbPath());
    own.store.upsertRecords(
      [
        makeRecord({
          sourceId: 'noisy',
          title: { en: 'Timetables' },
          description: { en: 'ferry '.repeat(40) },
        }),
        makeRecord({
          sourceId: 'titled',
          title: {
            en: 'Annual statistical digest of harbour operations including the ferry services and piers',
          },
        }),
      ],
      NOW,
    );
    expect(own.search.search({ q: 'ferry' }).items.map((item) => item.sourceId)).toEqual(['titled', 'noisy']);
    own.close();
  });
});

describe('ranking with a very common word', () => {
  it('still puts title matches first when the word is in most records (its idf is near zero)', () => {
    const own = openCatalogue(tempDbPath());
    own.store.upsertRecords(
      [
        ...Array.from({ length: 6 }, (_, index) =>
          makeRecord({
            sourceId: `other-${index}`,
            title: { en: `Dataset ${index}` },
            keywords: ['sports', 'sports', 'recreation'],
          }),
        ),
        makeRecord({ sourceId: 'sports-centres', title: { en: 'Sports Centres' } }),
      ],
      NOW,
    );
    expect(own.search.search({ q: 'sports' }).items[0]!.sourceId).toBe('sports-centres');
    own.close();
  });
});

describe('folding', () => {
  it('folds with a 繁→简 table that matches what opencc-js builds today (else run npm run gen:fold)', () => {
    expect(JSON.parse(readFileSync(GENERATED_TABLE_PATH, 'utf8'))).toEqual(buildTraditionalToSimplified());
  });

  it('folds width, case and script', () => {
    expect(foldText('ＡＢＣ 巴士路線 資料')).toBe('abc 巴士路线 资料');
    expect(foldText('臺灣 體育館')).toBe('台湾 体育馆');
  });
});

describe('index text', () => {
  it('indexes 繁 and 简 versions that fold to the same words once', () => {
    expect(indexVariants(['九巴巴士路線', '九巴巴士路线'])).toBe(indexVariants(['九巴巴士路線']));
    expect(indexVariants(['Bus routes', '巴士路線'])).toBe('bus route 巴士 士路 路线 线');
  });
});
