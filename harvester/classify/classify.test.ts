import { createClassifier, type ClassifiableRecord } from './classify';
import { evaluate, HELD_OUT_SET_PATH, readLabelledSet, readTrainingSet } from './eval-areas';

const HELD_OUT_FLOOR = 0.88;
import { compileTerms, loadRules } from './rules';

const classify = createClassifier();

function record(
  partial: Partial<ClassifiableRecord> & { title: ClassifiableRecord['title'] },
): ClassifiableRecord {
  return { categories: [], publisher: { id: 'x', name: { en: 'Somebody' } }, keywords: [], ...partial };
}

describe('area classification', () => {
  it('maps the portal category and says which rule did it', () => {
    const result = classify(
      record({
        title: { en: 'Flight Information' },
        categories: [{ scheme: 'datagovhk', id: 'transport', label: { en: 'Transportation' } }],
      }),
    );
    expect(result.areas).toEqual(['mobility']);
    expect(result.reasons[0]).toEqual({
      area: 'mobility',
      effect: 'add',
      rule: 'category:datagovhk:transport',
    });
  });

  it('is multi-label: EV charging is mobility and environment', () => {
    expect(classify(record({ title: { en: 'Electric Vehicle Charging Stations' } })).areas).toEqual([
      'environment',
      'mobility',
    ]);
  });

  it('matches keywords in either Chinese script', () => {
    expect(classify(record({ title: { 'zh-Hant': '九巴巴士實時到站數據' } })).areas).toEqual(['mobility']);
    expect(classify(record({ title: { 'zh-Hans': '空气质量监测数据' } })).areas).toEqual(['environment']);
    expect(classify(record({ title: { 'zh-Hant': '空氣質素健康指數' } })).areas).toEqual(['environment']);
  });

  it('removes an area where the portal category misleads: metro flows filed under 公共安全', () => {
    const result = classify(
      record({
        title: { 'zh-Hans': '黄浦区进出地铁站客流表' },
        categories: [{ scheme: 'datash', id: '公共安全', label: { 'zh-Hans': '公共安全' } }],
      }),
    );
    expect(result.areas).toEqual(['mobility']);
    expect(result.reasons).toEqual([
      { area: 'living', effect: 'add', rule: 'category:datash:公共安全' },
      { area: 'mobility', effect: 'add', rule: 'keyword:mobility:transport' },
      { area: 'living', effect: 'remove', rule: 'keyword:mobility:not-public-safety' },
    ]);
  });

  it('uses publisher hints only when nothing else fired', () => {
    const byPublisher = classify(
      record({ title: { en: 'Special weather tips' }, publisher: { id: 'hk-hko', name: { en: 'HKO' } } }),
    );
    expect(byPublisher.reasons.map((reason) => reason.rule)).toEqual([
      'keyword:environment:nature-and-climate',
    ]);
    const fallback = classify(
      record({ title: { en: 'Annual report tables' }, publisher: { id: 'hk-hkma', name: { en: 'HKMA' } } }),
    );
    expect(fallback).toEqual({
      areas: ['economy'],
      reasons: [{ area: 'economy', effect: 'add', rule: 'publisher:hk-hkma' }],
    });
    const byName = classify(
      record({
        title: { 'zh-Hans': '年度报表' },
        publisher: { id: 'sh-1', name: { 'zh-Hans': '上海市交通委员会' } },
      }),
    );
    expect(byName.areas).toEqual(['mobility']);
  });

  it('gives no area when none fits', () => {
    expect(classify(record({ title: { en: 'List of Hong Kong Legislation (Current version)' } }))).toEqual({
      areas: [],
      reasons: [],
    });
  });

  it('matches English whole words: "business" is not a bus, plurals are', () => {
    const matcher = compileTerms(['bus', 'hospital*', '巴士']);
    expect(matcher('business statistics')).toBe(false);
    expect(matcher('buses of kowloon')).toBe(true);
    expect(matcher('hospitalisation report')).toBe(true);
    expect(matcher('九巴巴士')).toBe(true);
  });

  it('refuses rule files that name an unknown area or have no condition', () => {
    expect(() => createClassifier([{ id: 'r', effect: 'add', areas: ['mobility'], when: {} }])).toThrow(
      /no condition/,
    );
    expect(loadRules().every((rule) => rule.areas.length > 0)).toBe(true);
  });
});

describe('the labelled sets', () => {
  it('training set (in-sample, the rules are written against it): micro-F1 ≥ 0.90', () => {
    const labelled = readTrainingSet();
    expect(labelled.length).toBeGreaterThanOrEqual(300);
    expect(new Set(labelled.map((entry) => entry.id.split(':')[0]))).toEqual(
      new Set(['csdi', 'datagovhk', 'datash']),
    );
    expect(evaluate(labelled).microF1).toBeGreaterThanOrEqual(0.9);
  });

  /**
   * Issue #9 asks ≥ 0.90 on records the rules never saw. Asserted: the target, or while below it the
   * figure measured rounded down (2026-12-04: 0.865 before the rule changes, 0.889 after). Raise it as
   * tagging improves; never lower it, never change a rule by looking at this set's records.
   */
  it('held-out set areas-holdout-2 (never used to change a rule): micro-F1 at its floor (target 0.90)', () => {
    const heldOut = readLabelledSet(HELD_OUT_SET_PATH);
    const trainingIds = new Set(readTrainingSet().map((entry) => entry.id));
    expect(heldOut.length).toBeGreaterThanOrEqual(80);
    expect(heldOut.filter((entry) => trainingIds.has(entry.id))).toEqual([]);
    expect(evaluate(heldOut).microF1).toBeGreaterThanOrEqual(Math.min(0.9, HELD_OUT_FLOOR));
  });
});
