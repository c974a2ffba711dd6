/**
 * The explorer's three scripts: interface strings in English, 繁體 and 简体, and how a record's text is shown
 * in each. Records are never machine-translated: when the chosen language is missing, the nearest one the
 * portal gave is shown (the other Chinese script first).
 */
import type { Language, LocalizedText } from '../../catalog-schema/types';
import areas from '../../catalog-schema/areas.json';

export const LANGUAGES: readonly Language[] = ['en', 'zh-Hant', 'zh-Hans'];

const FALLBACKS: Record<Language, readonly Language[]> = {
  en: ['en', 'zh-Hant', 'zh-Hans'],
  'zh-Hant': ['zh-Hant', 'zh-Hans', 'en'],
  'zh-Hans': ['zh-Hans', 'zh-Hant', 'en'],
};

/** The text in `language`, else the nearest language given; '' when there is none. */
export function pick(text: LocalizedText | undefined, language: Language): string {
  if (!text) return '';
  for (const candidate of FALLBACKS[language]) {
    const value = text[candidate];
    if (value) return value;
  }
  return '';
}

const STRINGS = {
  title: { en: 'HK·SH Open Data Atlas', 'zh-Hant': '港滬開放數據地圖', 'zh-Hans': '港沪开放数据地图' },
  languageName: { en: 'English', 'zh-Hant': '繁體', 'zh-Hans': '简体' },
  searchPlaceholder: {
    en: 'Search datasets in English, 繁體 or 简体',
    'zh-Hant': '以中英文搜尋數據集',
    'zh-Hans': '以中英文搜索数据集',
  },
  datasets: { en: '{n} datasets', 'zh-Hant': '{n} 個數據集', 'zh-Hans': '{n} 个数据集' },
  oneDataset: { en: '1 dataset', 'zh-Hant': '1 個數據集', 'zh-Hans': '1 个数据集' },
  loading: { en: 'Searching…', 'zh-Hant': '搜尋中…', 'zh-Hans': '搜索中…' },
  noResults: {
    en: 'No dataset matches. Remove a filter or try other words.',
    'zh-Hant': '沒有相符的數據集。請移除篩選或改用其他字詞。',
    'zh-Hans': '没有相符的数据集。请移除筛选或改用其他字词。',
  },
  facet_city: { en: 'City', 'zh-Hant': '城市', 'zh-Hans': '城市' },
  facet_area: { en: 'Smart-city area', 'zh-Hant': '智慧城市範疇', 'zh-Hans': '智慧城市范畴' },
  facet_source: { en: 'Portal', 'zh-Hant': '平台', 'zh-Hans': '平台' },
  facet_format: { en: 'Format', 'zh-Hant': '格式', 'zh-Hans': '格式' },
  facet_access: { en: 'Access', 'zh-Hant': '開放類型', 'zh-Hans': '开放类型' },
  facet_publisher: { en: 'Publisher', 'zh-Hant': '提供機構', 'zh-Hans': '提供机构' },
  city_hong_kong: { en: 'Hong Kong', 'zh-Hant': '香港', 'zh-Hans': '香港' },
  city_shanghai: { en: 'Shanghai', 'zh-Hant': '上海', 'zh-Hans': '上海' },
  access_open: { en: 'Open', 'zh-Hant': '無條件開放', 'zh-Hans': '无条件开放' },
  access_conditional: { en: 'Conditional', 'zh-Hant': '有條件開放', 'zh-Hans': '有条件开放' },
  source_datagovhk: { en: 'DATA.GOV.HK', 'zh-Hant': '資料一線通', 'zh-Hans': '资料一线通' },
  source_csdi: { en: 'CSDI', 'zh-Hant': '空間數據共享平台', 'zh-Hans': '空间数据共享平台' },
  source_datash: {
    en: 'data.sh.gov.cn',
    'zh-Hant': '上海公共數據開放平台',
    'zh-Hans': '上海公共数据开放平台',
  },
  sort_relevance: { en: 'Best match', 'zh-Hant': '最相關', 'zh-Hans': '最相关' },
  sort_modified: { en: 'Recently updated', 'zh-Hant': '最近更新', 'zh-Hans': '最近更新' },
  sort_title: { en: 'Title', 'zh-Hant': '標題', 'zh-Hans': '标题' },
  previous: { en: 'Previous', 'zh-Hant': '上一頁', 'zh-Hans': '上一页' },
  next: { en: 'Next', 'zh-Hant': '下一頁', 'zh-Hans': '下一页' },
  page: { en: 'Page {n} of {m}', 'zh-Hant': '第 {n} 頁，共 {m} 頁', 'zh-Hans': '第 {n} 页，共 {m} 页' },
  searchArea: { en: 'Search this map area', 'zh-Hant': '搜尋此地圖範圍', 'zh-Hans': '搜索此地图范围' },
  clearArea: { en: 'Any place', 'zh-Hant': '不限地點', 'zh-Hans': '不限地点' },
  clearAll: { en: 'Clear filters', 'zh-Hant': '清除篩選', 'zh-Hans': '清除筛选' },
  close: { en: 'Close', 'zh-Hant': '關閉', 'zh-Hans': '关闭' },
  compare: {
    en: 'Both cities, by smart-city area',
    'zh-Hant': '兩地數據，按智慧城市範疇',
    'zh-Hans': '两地数据，按智慧城市范畴',
  },
  collections: {
    en: 'Recommended by the organisers',
    'zh-Hant': '主辦單位推薦',
    'zh-Hans': '主办单位推荐',
  },
  resources: { en: 'Resources', 'zh-Hant': '資源', 'zh-Hans': '资源' },
  related: {
    en: 'Related datasets, both cities',
    'zh-Hant': '相關數據集（兩地）',
    'zh-Hans': '相关数据集（两地）',
  },
  publisher: { en: 'Publisher', 'zh-Hant': '提供機構', 'zh-Hans': '提供机构' },
  updated: { en: 'Updated', 'zh-Hant': '更新', 'zh-Hans': '更新' },
  frequency: { en: 'Update frequency', 'zh-Hant': '更新頻率', 'zh-Hans': '更新频率' },
  portalPage: { en: 'Open on the portal', 'zh-Hant': '在原平台開啟', 'zh-Hans': '在原平台打开' },
  preview: { en: 'Preview', 'zh-Hant': '預覽', 'zh-Hans': '预览' },
  whyAreas: {
    en: 'Why these smart-city areas',
    'zh-Hant': '為何歸入這些智慧城市範疇',
    'zh-Hans': '为何归入这些智慧城市范畴',
  },
  apiRecord: {
    en: 'This record in the API (JSON)',
    'zh-Hant': 'API 記錄（JSON）',
    'zh-Hans': 'API 记录（JSON）',
  },
  previewLoading: { en: 'Reading the resource…', 'zh-Hant': '讀取資源中…', 'zh-Hans': '读取资源中…' },
  previewFeatures: {
    en: '{n} features, shown on the map',
    'zh-Hant': '{n} 個圖徵，已在地圖上顯示',
    'zh-Hans': '{n} 个图征，已在地图上显示',
  },
  error: {
    en: 'Something went wrong: {message}',
    'zh-Hant': '出錯了：{message}',
    'zh-Hans': '出错了：{message}',
  },
  mapAttribution: {
    en: 'Districts: Home Affairs Department, HKSAR; DataV.GeoAtlas (Shanghai)',
    'zh-Hant': '地區界線：香港民政事務總署；DataV.GeoAtlas（上海）',
    'zh-Hans': '地区界线：香港民政事务总署；DataV.GeoAtlas（上海）',
  },
} satisfies Record<string, LocalizedText & Record<Language, string>>;

export type MessageKey = keyof typeof STRINGS;

/** An interface string, with {name} placeholders filled in. */
export function t(language: Language, key: MessageKey, values: Record<string, string | number> = {}): string {
  return STRINGS[key][language].replace(/\{(\w+)\}/g, (_match, name: string) => String(values[name] ?? ''));
}

/** A facet value as people read it: area labels from the taxonomy, known codes from the strings above. */
export function facetLabel(facet: string, value: string, language: Language, label?: LocalizedText): string {
  if (facet === 'area') {
    const area = areas.areas.find((candidate) => candidate.id === value);
    if (area) return pick(area.label, language);
  }
  const key = `${facet}_${value.replace(/-/g, '_')}`;
  if (key in STRINGS) return t(language, key as MessageKey);
  return pick(label, language) || value;
}

/** "1 dataset", "1,234 datasets", in the chosen language. */
export const datasetCount = (language: Language, n: number) =>
  n === 1 ? t(language, 'oneDataset') : t(language, 'datasets', { n: n.toLocaleString() });
