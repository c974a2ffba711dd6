import { makeRecord } from '../../../catalog-schema/testing';
import { areaReasonText } from './area-reasons';

const record = makeRecord({
  source: 'datagovhk',
  sourceId: 'speed',
  categories: [{ scheme: 'datagovhk', id: 'transport', label: { en: 'Transportation', 'zh-Hant': '運輸' } }],
});

describe('area reasons in words', () => {
  it('names the portal category by its own label, in the chosen script', () => {
    const reason = {
      area: 'mobility' as const,
      effect: 'add' as const,
      rule: 'category:datagovhk:transport',
    };
    expect(areaReasonText(reason, record, 'en')).toBe(
      'Smart Mobility: the portal files it under “Transportation”',
    );
    expect(areaReasonText(reason, record, 'zh-Hant')).toBe('智慧出行：原平台分類為「運輸」');
    expect(areaReasonText(reason, record, 'zh-Hans')).toBe('智慧出行：原平台分类为“運輸”');
  });

  it('says what a keyword rule is about, and when a rule takes an area away', () => {
    expect(
      areaReasonText({ area: 'mobility', effect: 'add', rule: 'keyword:mobility:transport' }, record, 'en'),
    ).toBe('Smart Mobility: its title, keywords or description are about transport');
    expect(
      areaReasonText(
        { area: 'living', effect: 'remove', rule: 'keyword:mobility:not-public-safety' },
        record,
        'zh-Hans',
      ),
    ).toBe('不属智慧生活：标题、关键词或简介涉及交通（而非公共安全）');
    expect(
      areaReasonText({ area: 'economy', effect: 'add', rule: 'keyword:economy:new-topic' }, record, 'en'),
    ).toBe('Smart Economy: its title, keywords or description are about new topic');
  });

  it('names the publisher and the curator, and never hides an unknown rule', () => {
    expect(
      areaReasonText({ area: 'mobility', effect: 'add', rule: 'publisher:hk-td' }, record, 'zh-Hant'),
    ).toBe('智慧出行：由運輸署發布（其他規則未能判斷時採用）');
    expect(areaReasonText({ area: 'living', effect: 'add', rule: 'curator:alice' }, record, 'en')).toBe(
      'Smart Living: a curator (alice) decided so',
    );
    expect(areaReasonText({ area: 'living', effect: 'add', rule: 'model:v2' }, record, 'en')).toBe(
      'Smart Living: the rule model:v2',
    );
  });
});
