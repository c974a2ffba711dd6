import { makeRecord } from '../testing';
import type { DatasetRecord } from '../../catalog-schema';
import { computeCounterparts } from './engine';
import { FIELD_LIMITS, textFeatures } from './text';
import type { CounterpartResult } from './types';

const records: DatasetRecord[] = [
  makeRecord({
    sourceId: 'kmb-bus-eta',
    title: { en: 'Real-time Arrival Data of KMB Buses', 'zh-Hant': '九巴巴士實時到站數據' },
    areas: ['mobility'],
    resources: [{ name: 'ETA', url: 'https://data.etabus.gov.hk/v1/eta', format: 'JSON', isApi: true }],
    updateFrequency: { raw: 'Real time', normalized: 'realtime' },
  }),
  makeRecord({
    sourceId: 'census-2021',
    title: { en: '2021 Population Census - Main Tables', 'zh-Hant': '2021年人口普查 - 主要統計表' },
    areas: ['living'],
    updateFrequency: { raw: 'Every five years', normalized: 'irregular' },
  }),
  makeRecord({
    sourceId: 'sports-centres',
    title: { en: 'Sports Centres', 'zh-Hant': '體育館' },
    areas: ['living'],
    links: [{ rel: 'sameAs', id: 'csdi:lcsd_sports_centres' }],
  }),
  makeRecord({
    source: 'csdi',
    sourceId: 'lcsd_sports_centres',
    title: { en: 'Sports Centre Locations', 'zh-Hant': '體育館位置' },
    areas: ['living'],
    resources: [{ name: 'GeoJSON', url: 'https://portal.csdi.gov.hk/x', format: 'GEOJSON', isApi: true }],
  }),
  makeRecord({
    source: 'datash',
    sourceId: 'sh-bus-realtime',
    title: { 'zh-Hans': '公交实时到站信息' },
    description: { 'zh-Hans': '本市公交线路车辆实时到站预报' },
    areas: ['mobility'],
    resources: [{ name: '接口', url: 'https://data.sh.gov.cn/x', format: 'JSON', isApi: true }],
    updateFrequency: { raw: '实时', normalized: 'realtime' },
  }),
  makeRecord({
    source: 'datash',
    sourceId: 'sh-census',
    title: { 'zh-Hans': '第七次人口普查主要数据' },
    areas: ['living'],
    updateFrequency: { raw: '不定期', normalized: 'irregular' },
  }),
  // The same title twice in Shanghai: shown once, with the other as its member.
  makeRecord({
    source: 'datash',
    sourceId: 'sh-stadium-1',
    title: { 'zh-Hans': '公共体育场馆名录' },
    areas: ['living'],
  }),
  makeRecord({
    source: 'datash',
    sourceId: 'sh-stadium-2',
    title: { 'zh-Hans': '公共体育场馆名录' },
    areas: ['living'],
  }),
  makeRecord({ source: 'datash', sourceId: 'digits', title: { 'zh-Hans': '2023 123' } }),
  makeRecord({
    source: 'datash',
    sourceId: 'huge',
    title: { 'zh-Hans': `公交${'站点线路'.repeat(2500)}` },
    description: { 'zh-Hans': '停车场'.repeat(3400) },
  }),
];

const results = new Map(computeCounterparts(records).results.map((result) => [result.id, result]));
const result = (id: string): CounterpartResult => results.get(id)!;
const ids = (id: string) => result(id).items.map((item) => item.id);

describe('the counterpart engine', () => {
  it('finds the other city first, joined across English and Chinese through concepts', () => {
    const bus = result('datagovhk:kmb-bus-eta');
    expect(bus.items[0]).toMatchObject({ id: 'datash:sh-bus-realtime', city: 'shanghai' });
    const firstOwnCity = bus.items.findIndex((item) => item.city === 'hong-kong');
    const lastOtherCity = bus.items.map((item) => item.city).lastIndexOf('shanghai');
    expect(firstOwnCity === -1 || firstOwnCity > lastOtherCity).toBe(true);
  });

  it('gives typed reasons with concept labels in the three scripts', () => {
    const [top] = result('datagovhk:kmb-bus-eta').items;
    expect(top!.reasons).toEqual(
      expect.arrayContaining([
        { kind: 'concept', concept: 'bus', label: { en: 'bus', 'zh-Hant': '巴士', 'zh-Hans': '巴士' } },
        { kind: 'area', areas: ['mobility'] },
        { kind: 'kind', value: 'realtime-api', label: expect.objectContaining({ en: 'real-time API' }) },
        { kind: 'frequency', value: 'realtime' },
      ]),
    );
    expect(top!.score).toBeGreaterThan(0);
    expect(top!.score).toBeLessThanOrEqual(1);
  });

  it('matches the census with 人口普查 by the population concept', () => {
    expect(ids('datagovhk:census-2021')[0]).toBe('datash:sh-census');
    expect(ids('datash:sh-census')[0]).toBe('datagovhk:census-2021');
    const reasons = result('datash:sh-census').items[0]!.reasons;
    expect(reasons).toContainEqual(expect.objectContaining({ kind: 'concept', concept: 'population' }));
  });

  it('shows near-identical records once, with their members', () => {
    const stadia = result('datagovhk:sports-centres').items.filter((item) => item.city === 'shanghai');
    expect(stadia.map((item) => item.id)).toEqual(['datash:sh-stadium-1']);
    expect(stadia[0]!.members).toEqual(['datash:sh-stadium-2']);
    expect(stadia[0]!.reasons).toContainEqual({ kind: 'duplicateOf', members: ['datash:sh-stadium-2'] });
  });

  it('puts the sameAs copy of a dataset first among its own city, once', () => {
    const own = result('datagovhk:sports-centres').items.filter((item) => item.city === 'hong-kong');
    expect(own[0]).toMatchObject({ id: 'csdi:lcsd_sports_centres', score: 1 });
    expect(own[0]!.reasons).toEqual([{ kind: 'sameAs', members: ['csdi:lcsd_sports_centres'] }]);
    expect(own.filter((item) => item.id === 'csdi:lcsd_sports_centres')).toHaveLength(1);
    expect(result('csdi:lcsd_sports_centres').group).toBe(result('datagovhk:sports-centres').group);
  });

  it('never lists a dataset as its own counterpart', () => {
    for (const [id, found] of results) expect(found.items.map((item) => item.id)).not.toContain(id);
  });

  it('gives a dataset with no usable text an empty list and the reason', () => {
    expect(result('datash:digits')).toMatchObject({ items: [], empty: { code: 'no_text' } });
  });

  it('bounds the work for a 10,000-character title and description', () => {
    const huge = records.find((record) => record.sourceId === 'huge')!;
    expect(huge.title['zh-Hans']!.length).toBeGreaterThan(10_000);
    const features = textFeatures(huge);
    // A title cut to its first characters: a few hundred distinct features at most, whatever the length.
    expect(features.counts.size).toBeLessThan(FIELD_LIMITS.titleChars + FIELD_LIMITS.descriptionChars);
    expect(result('datash:huge').empty).toBeUndefined();
  });
});
