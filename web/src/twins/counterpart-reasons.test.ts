import { counterpartReasons, type CounterpartReason } from './counterpart-reasons';

const reasons: CounterpartReason[] = [
  { kind: 'concept', concept: 'bus', label: { en: 'bus', 'zh-Hant': '巴士', 'zh-Hans': '公交' } },
  {
    kind: 'concept',
    concept: 'bus-stop',
    label: { en: 'bus stop', 'zh-Hant': '巴士站', 'zh-Hans': '公交站' },
  },
  { kind: 'area', areas: ['mobility'] },
  { kind: 'category', label: { en: 'Transport', 'zh-Hans': '道路交通' } },
  {
    kind: 'kind',
    value: 'realtime-api',
    label: { en: 'real-time API', 'zh-Hant': '實時 API', 'zh-Hans': '实时 API' },
  },
  { kind: 'frequency', value: 'daily' },
  { kind: 'geography', value: 'territory', label: { en: 'city-wide', 'zh-Hant': '全市', 'zh-Hans': '全市' } },
  { kind: 'sameAs', members: ['csdi:x'] },
];

describe('counterpart reasons in words', () => {
  it('says each reason in English, shared concepts together', () => {
    expect(counterpartReasons(reasons, 'en')).toEqual([
      'both about bus, bus stop',
      'same smart-city area: Smart Mobility',
      'same portal category “Transport”',
      'both a real-time API',
      'both updated daily',
      'both at city-wide level',
      'the same dataset is also on another portal (shown once)',
    ]);
  });

  it('uses the labels of the chosen script', () => {
    expect(counterpartReasons(reasons, 'zh-Hans').slice(0, 5)).toEqual([
      '同样关于公交、公交站',
      '同属智慧出行',
      '同一平台分类“道路交通”',
      '同为实时 API',
      '同样每日更新',
    ]);
    expect(counterpartReasons(reasons, 'zh-Hant')[0]).toBe('同樣關於巴士、巴士站');
  });

  it('says nothing when there is no reason', () => {
    expect(counterpartReasons([], 'en')).toEqual([]);
  });
});
