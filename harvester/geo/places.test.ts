import { placeFromText } from './places';

describe('placeFromText', () => {
  it('finds a Shanghai district in the first text that names one', () => {
    expect(placeFromText('shanghai', [undefined, '徐汇区2026新增电子警察清单']).name).toBe('徐汇区');
    expect(placeFromText('shanghai', ['浦东停车场信息']).name).toBe('浦东新区');
    expect(placeFromText('shanghai', ['本市', '徐汇区']).level).toBe('city');
    expect(placeFromText('shanghai', ['上海市交通委员会']).name).toBe('本市');
    const huangpu = placeFromText('shanghai', ['黄浦区']);
    expect(huangpu.bbox[0]).toBeCloseTo(121.452, 2);
  });
});
