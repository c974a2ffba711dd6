import { datasetCount, facetLabel, pick, t } from './i18n';

describe('the explorer in three scripts', () => {
  it('shows record text in the chosen script, else the nearest one the portal gave', () => {
    const hongKong = { en: 'Traffic Speed Map', 'zh-Hant': '交通速度圖', 'zh-Hans': '交通速度图' };
    expect(pick(hongKong, 'zh-Hans')).toBe('交通速度图');
    const shanghai = { 'zh-Hans': '上海市公交线路信息' };
    expect(pick(shanghai, 'zh-Hant')).toBe('上海市公交线路信息');
    expect(pick(shanghai, 'en')).toBe('上海市公交线路信息');
    expect(pick({ en: 'Only English' }, 'zh-Hant')).toBe('Only English');
    expect(pick(undefined, 'en')).toBe('');
  });

  it('fills placeholders and labels facet values from the taxonomy and known codes', () => {
    expect(t('zh-Hant', 'page', { n: 2, m: 5 })).toBe('第 2 頁，共 5 頁');
    expect(datasetCount('en', 1)).toBe('1 dataset');
    expect(datasetCount('en', 8271)).toBe('8,271 datasets');
    expect(datasetCount('zh-Hans', 1)).toBe('1 个数据集');
    expect(facetLabel('area', 'environment', 'zh-Hans')).toBe('智慧环境');
    expect(facetLabel('city', 'hong-kong', 'en')).toBe('Hong Kong');
    expect(
      facetLabel('publisher', 'hk-td', 'zh-Hant', { en: 'Transport Department', 'zh-Hant': '運輸署' }),
    ).toBe('運輸署');
    expect(facetLabel('format', 'GEOJSON', 'en')).toBe('GEOJSON');
  });
});
