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

// ---- web-team block: shortlist, manifest, curator mode, dataset page, counterparts, twins ----
const TEAM_STRINGS = {
  shortlist: { en: 'Shortlist', 'zh-Hant': '候選清單', 'zh-Hans': '候选清单' },
  shortlistCount: { en: 'Shortlist ({n})', 'zh-Hant': '候選清單（{n}）', 'zh-Hans': '候选清单（{n}）' },
  shortlistAdd: { en: 'Add to shortlist', 'zh-Hant': '加入候選清單', 'zh-Hans': '加入候选清单' },
  shortlistRemove: { en: 'Remove from shortlist', 'zh-Hant': '從候選清單移除', 'zh-Hans': '从候选清单移除' },
  shortlistEmpty: {
    en: 'Nothing shortlisted yet: use ☆ on a result, a dataset page or a collection.',
    'zh-Hant': '清單尚無數據集：在結果、數據集頁或精選集中按 ☆ 加入。',
    'zh-Hans': '清单尚无数据集：在结果、数据集页或精选集中按 ☆ 加入。',
  },
  shortlistShared: {
    en: 'A shared shortlist of {n} datasets',
    'zh-Hant': '他人分享的候選清單，共 {n} 個數據集',
    'zh-Hans': '他人分享的候选清单，共 {n} 个数据集',
  },
  shortlistKeepShared: {
    en: 'Add all of these to my shortlist',
    'zh-Hant': '全部加入我的候選清單',
    'zh-Hans': '全部加入我的候选清单',
  },
  shortlistMine: { en: 'Open my shortlist', 'zh-Hant': '開啟我的候選清單', 'zh-Hans': '打开我的候选清单' },
  shortlistClear: { en: 'Empty the shortlist', 'zh-Hant': '清空候選清單', 'zh-Hans': '清空候选清单' },
  shareLink: { en: 'Link to share', 'zh-Hant': '分享連結', 'zh-Hans': '分享链接' },
  copy: { en: 'Copy', 'zh-Hant': '複製', 'zh-Hans': '复制' },
  copied: { en: 'Copied', 'zh-Hant': '已複製', 'zh-Hans': '已复制' },
  manifest: {
    en: 'Data manifest',
    'zh-Hant': '數據清單',
    'zh-Hans': '数据清单',
  },
  manifestHeading: {
    en: 'HK·SH Open Data Atlas: team shortlist',
    'zh-Hant': '港滬開放數據地圖：團隊候選清單',
    'zh-Hans': '港沪开放数据地图：团队候选清单',
  },
  download: { en: 'Download {format}', 'zh-Hant': '下載 {format}', 'zh-Hans': '下载 {format}' },
  exportResults: { en: 'Export results', 'zh-Hant': '匯出結果', 'zh-Hans': '导出结果' },
  exporting: {
    en: 'Reading results… {n}',
    'zh-Hant': '讀取結果中… {n}',
    'zh-Hans': '读取结果中… {n}',
  },
  exportCapped: {
    en: 'Only the first {n} results are exported; narrow the search for the rest.',
    'zh-Hant': '只匯出首 {n} 項結果；請收窄搜尋以取得其餘結果。',
    'zh-Hans': '只导出前 {n} 项结果；请缩小搜索范围以取得其余结果。',
  },
  missingDatasets: {
    en: 'No longer in the catalogue: {ids}',
    'zh-Hant': '目錄中已無：{ids}',
    'zh-Hans': '目录中已无：{ids}',
  },
  teamPages: { en: 'Team pages', 'zh-Hant': '團隊頁面', 'zh-Hans': '团队页面' },
  twins: { en: 'Twin pairs', 'zh-Hant': '兩地對應數據', 'zh-Hans': '两地对应数据' },
  curatorSignIn: { en: 'Curator sign-in', 'zh-Hant': '策展人登入', 'zh-Hans': '策展人登录' },
  curatorToken: { en: 'Curator token', 'zh-Hant': '策展人權杖', 'zh-Hans': '策展人令牌' },
  signIn: { en: 'Sign in', 'zh-Hant': '登入', 'zh-Hans': '登录' },
  signOut: { en: 'Sign out', 'zh-Hant': '登出', 'zh-Hans': '退出' },
  cancel: { en: 'Cancel', 'zh-Hant': '取消', 'zh-Hans': '取消' },
  curatorMode: { en: 'Curator mode', 'zh-Hant': '策展模式', 'zh-Hans': '策展模式' },
  newCollection: { en: 'New collection', 'zh-Hant': '新增精選集', 'zh-Hans': '新建精选集' },
  editCollection: { en: 'Edit collection', 'zh-Hant': '編輯精選集', 'zh-Hans': '编辑精选集' },
  addingTo: { en: '“+” adds to', 'zh-Hant': '「+」加入至', 'zh-Hans': '“+”加入至' },
  addToCollection: {
    en: 'Add to the chosen collection',
    'zh-Hant': '加入所選精選集',
    'zh-Hans': '加入所选精选集',
  },
  added: { en: 'Added', 'zh-Hant': '已加入', 'zh-Hans': '已加入' },
  collectionId: {
    en: 'Collection id (letters, digits, dashes)',
    'zh-Hant': '精選集代號（英文字母、數字、連字號）',
    'zh-Hans': '精选集代号（英文字母、数字、连字符）',
  },
  titleIn: { en: 'Title in {language}', 'zh-Hant': '標題（{language}）', 'zh-Hans': '标题（{language}）' },
  descriptionLabel: { en: 'Description', 'zh-Hant': '簡介', 'zh-Hans': '简介' },
  datasetsInOrder: { en: 'Datasets, in order', 'zh-Hant': '數據集（依次序）', 'zh-Hans': '数据集（按顺序）' },
  moveUp: { en: 'Move up', 'zh-Hant': '上移', 'zh-Hans': '上移' },
  moveDown: { en: 'Move down', 'zh-Hant': '下移', 'zh-Hans': '下移' },
  removeItem: { en: 'Remove', 'zh-Hant': '移除', 'zh-Hans': '移除' },
  note: { en: "Curator's note", 'zh-Hant': '策展人備註', 'zh-Hans': '策展人备注' },
  addById: { en: 'Add a dataset by id', 'zh-Hant': '以代號加入數據集', 'zh-Hans': '以代号加入数据集' },
  add: { en: 'Add', 'zh-Hant': '加入', 'zh-Hans': '加入' },
  save: { en: 'Save', 'zh-Hant': '儲存', 'zh-Hans': '保存' },
  saving: { en: 'Saving…', 'zh-Hant': '儲存中…', 'zh-Hans': '保存中…' },
  edit: { en: 'Edit', 'zh-Hant': '編輯', 'zh-Hans': '编辑' },
  conflict: {
    en: 'Not saved: someone changed this collection after you opened it (412). Your text is kept in the form below.',
    'zh-Hant': '未儲存：你開啟後有人修改了這個精選集（412）。你的內容仍保留在下方表格。',
    'zh-Hans': '未保存：你打开后有人修改了这个精选集（412）。你的内容仍保留在下方表单。',
  },
  theirVersion: {
    en: 'The newer version: “{title}”, {n} datasets, saved {at} UTC.',
    'zh-Hant': '較新版本：「{title}」，{n} 個數據集，於 {at}（UTC）儲存。',
    'zh-Hans': '较新版本：“{title}”，{n} 个数据集，于 {at}（UTC）保存。',
  },
  reloadReapply: {
    en: 'Reload and reapply my changes',
    'zh-Hant': '重新載入並套用我的修改',
    'zh-Hans': '重新加载并套用我的修改',
  },
  discardMine: {
    en: 'Discard mine, take theirs',
    'zh-Hant': '捨棄我的，採用新版本',
    'zh-Hans': '舍弃我的，采用新版本',
  },
  topic_transport: { en: 'transport', 'zh-Hant': '交通運輸', 'zh-Hans': '交通运输' },
  topic_nature_and_climate: { en: 'nature and climate', 'zh-Hant': '自然與氣候', 'zh-Hans': '自然与气候' },
  topic_public_services: { en: 'public services', 'zh-Hant': '公共服務', 'zh-Hans': '公共服务' },
  topic_business_and_work: { en: 'business and work', 'zh-Hant': '商業與就業', 'zh-Hans': '商业与就业' },
  topic_company_directory: { en: 'company registers', 'zh-Hant': '企業名錄', 'zh-Hans': '企业名录' },
  topic_labour_force: { en: 'the labour force', 'zh-Hant': '勞動人口', 'zh-Hans': '劳动人口' },
  topic_not_public_safety: {
    en: 'transport (not public safety)',
    'zh-Hant': '交通（而非公共安全）',
    'zh-Hans': '交通（而非公共安全）',
  },
  topic_asset_ledger: { en: 'asset ledgers', 'zh-Hant': '資產台賬', 'zh-Hans': '资产台账' },
  topic_surveying_and_mapping: { en: 'surveying and mapping', 'zh-Hant': '測繪', 'zh-Hans': '测绘' },
  topic_fuel_prices: { en: 'fuel prices', 'zh-Hant': '燃料價格', 'zh-Hans': '燃料价格' },
  topic_procurement: { en: 'procurement', 'zh-Hant': '採購', 'zh-Hans': '采购' },
  topic_quality_inspection: { en: 'quality inspection', 'zh-Hant': '質量檢驗', 'zh-Hans': '质量检验' },
  topic_quality_inspection_not_industry: {
    en: 'quality inspection (not industry)',
    'zh-Hant': '質量檢驗（而非工業）',
    'zh-Hans': '质量检验（而非工业）',
  },
  reason_category: {
    en: 'the portal files it under “{x}”',
    'zh-Hant': '原平台分類為「{x}」',
    'zh-Hans': '原平台分类为“{x}”',
  },
  reason_keyword: {
    en: 'its title, keywords or description are about {x}',
    'zh-Hant': '標題、關鍵詞或簡介涉及{x}',
    'zh-Hans': '标题、关键词或简介涉及{x}',
  },
  reason_publisher: {
    en: 'it is published by {x} (used when nothing else decided)',
    'zh-Hant': '由{x}發布（其他規則未能判斷時採用）',
    'zh-Hans': '由{x}发布（其他规则未能判断时采用）',
  },
  reason_curator: {
    en: 'a curator ({x}) decided so',
    'zh-Hant': '策展人（{x}）的決定',
    'zh-Hans': '策展人（{x}）的决定',
  },
  reason_other: { en: 'the rule {x}', 'zh-Hant': '規則 {x}', 'zh-Hans': '规则 {x}' },
  reason_add: { en: '{area}: {why}', 'zh-Hant': '{area}：{why}', 'zh-Hans': '{area}：{why}' },
  reason_remove: {
    en: 'Not {area}: {why}',
    'zh-Hant': '不屬{area}：{why}',
    'zh-Hans': '不属{area}：{why}',
  },
  previewFailed_upstream_error: {
    en: 'The server that holds this file could not be reached, or it answered with an error.',
    'zh-Hant': '存放此檔案的伺服器無法連接，或回應了錯誤。',
    'zh-Hans': '存放此文件的服务器无法连接，或返回了错误。',
  },
  previewFailed_timeout: {
    en: 'The server that holds this file took too long to answer.',
    'zh-Hant': '存放此檔案的伺服器回應太慢。',
    'zh-Hans': '存放此文件的服务器响应太慢。',
  },
  previewFailed_too_large: {
    en: 'This file is too large to preview here.',
    'zh-Hant': '此檔案太大，無法在此預覽。',
    'zh-Hans': '此文件太大，无法在此预览。',
  },
  previewFailed_unsupported_format: {
    en: 'This format cannot be previewed here.',
    'zh-Hant': '此格式無法在此預覽。',
    'zh-Hans': '此格式无法在此预览。',
  },
  previewFailed_unreadable: {
    en: 'The file could not be read as a table or as map data.',
    'zh-Hant': '無法把檔案讀成表格或地圖數據。',
    'zh-Hans': '无法把文件读成表格或地图数据。',
  },
  previewFailed_no_previewable_resource: {
    en: 'This dataset has no file that can be previewed here.',
    'zh-Hant': '此數據集沒有可在此預覽的檔案。',
    'zh-Hans': '此数据集没有可在此预览的文件。',
  },
  previewFailed_address_refused: {
    en: 'The Atlas only previews files on public web addresses, and this one is not.',
    'zh-Hant': '本站只預覽公開網址上的檔案，此網址不是。',
    'zh-Hans': '本站只预览公开网址上的文件，此网址不是。',
  },
  previewFailed_scheme_refused: {
    en: 'The Atlas only previews http and https links.',
    'zh-Hant': '本站只預覽 http 及 https 連結。',
    'zh-Hans': '本站只预览 http 及 https 链接。',
  },
  previewFailed_rate_limited: {
    en: 'Too many requests just now; try again in a minute.',
    'zh-Hant': '請求太多，請稍後再試。',
    'zh-Hans': '请求太多，请稍后再试。',
  },
  previewFailed_unknown: {
    en: 'The preview could not be made.',
    'zh-Hant': '未能製作預覽。',
    'zh-Hans': '未能生成预览。',
  },
  previewSeePortal: {
    en: 'The portal’s own page may still offer the file:',
    'zh-Hant': '原平台的頁面或仍提供此檔案：',
    'zh-Hans': '原平台的页面或仍提供此文件：',
  },
  shHowToGet: { en: 'How to get the data', 'zh-Hant': '如何取得數據', 'zh-Hans': '如何获取数据' },
  shProduct: {
    en: 'A data product (数据产品): files to download from the portal page.',
    'zh-Hant': '數據產品（数据产品）：可在原平台頁面下載檔案。',
    'zh-Hans': '数据产品：可在原平台页面下载文件。',
  },
  shInterface: {
    en: 'A data interface (数据接口): an API; apply for access on the portal page.',
    'zh-Hant': '數據接口（数据接口）：API，須在原平台頁面申請使用。',
    'zh-Hans': '数据接口：API，须在原平台页面申请使用。',
  },
  shKindUnknown: {
    en: 'The portal does not say whether this is a file product or an interface.',
    'zh-Hant': '原平台未說明這是數據產品還是數據接口。',
    'zh-Hans': '原平台未说明这是数据产品还是数据接口。',
  },
  shOpen: {
    en: 'Open to everyone (无条件开放).',
    'zh-Hant': '無條件開放：任何人可用。',
    'zh-Hans': '无条件开放：任何人可用。',
  },
  shConditional: {
    en: 'Conditional (有条件开放): apply on the portal and meet its conditions.',
    'zh-Hant': '有條件開放：須在原平台申請並符合條件。',
    'zh-Hans': '有条件开放：须在原平台申请并符合条件。',
  },
  shConditions: { en: 'Conditions:', 'zh-Hant': '開放條件：', 'zh-Hans': '开放条件：' },
  shViews: { en: '{n} views', 'zh-Hant': '瀏覽 {n} 次', 'zh-Hans': '浏览 {n} 次' },
  shDownloads: { en: '{n} downloads', 'zh-Hant': '下載 {n} 次', 'zh-Hans': '下载 {n} 次' },
  shApiCalls: { en: '{n} API calls', 'zh-Hant': '接口調用 {n} 次', 'zh-Hans': '接口调用 {n} 次' },
  shPortalPage: {
    en: 'Get it on data.sh.gov.cn',
    'zh-Hant': '到上海公共數據開放平台取得',
    'zh-Hans': '到上海公共数据开放平台获取',
  },
  sameAsOn: {
    en: 'The same dataset on {portal}',
    'zh-Hant': '同一數據集在{portal}',
    'zh-Hans': '同一数据集在{portal}',
  },
  codeForRecord: {
    en: 'Code: this record from the API',
    'zh-Hant': '程式碼：從 API 取得此記錄',
    'zh-Hans': '代码：从 API 获取此记录',
  },
  codeForResource: {
    en: 'Code: get this resource',
    'zh-Hant': '程式碼：取得此資源',
    'zh-Hans': '代码：获取此资源',
  },
  technicalDetail: { en: 'Technical detail', 'zh-Hant': '技術細節', 'zh-Hans': '技术细节' },
  columns: { en: '{n} columns', 'zh-Hant': '{n} 欄', 'zh-Hans': '{n} 列' },
  columnType_integer: { en: 'whole number', 'zh-Hant': '整數', 'zh-Hans': '整数' },
  columnType_number: { en: 'number', 'zh-Hant': '數值', 'zh-Hans': '数值' },
  columnType_date: { en: 'date', 'zh-Hant': '日期', 'zh-Hans': '日期' },
  columnType_boolean: { en: 'yes/no', 'zh-Hant': '是／否', 'zh-Hans': '是／否' },
  columnType_string: { en: 'text', 'zh-Hant': '文字', 'zh-Hans': '文本' },
  columnType_empty: { en: 'empty', 'zh-Hant': '空白', 'zh-Hans': '空白' },
  counterparts: {
    en: 'Counterparts in the other city',
    'zh-Hant': '另一城市的對應數據',
    'zh-Hans': '另一城市的对应数据',
  },
  relatedSameCity: { en: 'Similar in the same city', 'zh-Hant': '同城相近數據', 'zh-Hans': '同城相近数据' },
  noCounterparts: {
    en: 'No counterpart found in the other city.',
    'zh-Hant': '在另一城市找不到對應數據。',
    'zh-Hans': '在另一城市找不到对应数据。',
  },
  counterpartsEmpty_no_text: {
    en: 'This record has too little text to compare with others.',
    'zh-Hant': '此記錄文字太少，無法與其他數據比較。',
    'zh-Hans': '此记录文字太少，无法与其他数据比较。',
  },
  counterpartsEmpty_not_computed: {
    en: 'Counterparts have not been computed for this record yet (they are after the next harvest).',
    'zh-Hant': '尚未為此記錄計算對應數據（下次收集後便有）。',
    'zh-Hans': '尚未为此记录计算对应数据（下次采集后便有）。',
  },
  score: { en: 'match {n}%', 'zh-Hant': '相似度 {n}%', 'zh-Hans': '相似度 {n}%' },
  listSeparator: { en: ', ', 'zh-Hant': '、', 'zh-Hans': '、' },
  why_concepts: { en: 'both about {x}', 'zh-Hant': '同樣關於{x}', 'zh-Hans': '同样关于{x}' },
  why_area: { en: 'same smart-city area: {x}', 'zh-Hant': '同屬{x}', 'zh-Hans': '同属{x}' },
  why_category: {
    en: 'same portal category “{x}”',
    'zh-Hant': '同一平台分類「{x}」',
    'zh-Hans': '同一平台分类“{x}”',
  },
  why_kind: { en: 'both a {x}', 'zh-Hant': '同為{x}', 'zh-Hans': '同为{x}' },
  why_frequency: { en: 'both updated {x}', 'zh-Hant': '同樣{x}更新', 'zh-Hans': '同样{x}更新' },
  why_geography: { en: 'both at {x} level', 'zh-Hant': '同為{x}層級', 'zh-Hans': '同为{x}层级' },
  why_sameAs: {
    en: 'the same dataset is also on another portal (shown once)',
    'zh-Hant': '同一數據集亦見於另一平台（只列一次）',
    'zh-Hans': '同一数据集亦见于另一平台（只列一次）',
  },
  why_duplicateOf: {
    en: 'near-identical records are shown once',
    'zh-Hant': '近乎相同的記錄只列一次',
    'zh-Hans': '近乎相同的记录只列一次',
  },
  frequency_realtime: { en: 'in real time', 'zh-Hant': '實時', 'zh-Hans': '实时' },
  frequency_daily: { en: 'daily', 'zh-Hant': '每日', 'zh-Hans': '每日' },
  frequency_weekly: { en: 'weekly', 'zh-Hant': '每週', 'zh-Hans': '每周' },
  frequency_monthly: { en: 'monthly', 'zh-Hant': '每月', 'zh-Hans': '每月' },
  frequency_quarterly: { en: 'quarterly', 'zh-Hant': '每季', 'zh-Hans': '每季' },
  frequency_yearly: { en: 'yearly', 'zh-Hant': '每年', 'zh-Hans': '每年' },
  frequency_irregular: { en: 'irregularly', 'zh-Hant': '不定期', 'zh-Hans': '不定期' },
  frequency_static: { en: 'not at all (static data)', 'zh-Hant': '不再', 'zh-Hans': '不再' },
  frequency_unknown: { en: 'at an unknown frequency', 'zh-Hant': '以不明頻率', 'zh-Hans': '以不明频率' },
  twinsIntro: {
    en: 'The strongest Hong Kong ⇄ Shanghai pairs: a starting point for a cross-city project.',
    'zh-Hant': '最相近的香港 ⇄ 上海數據配對：跨城項目的起點。',
    'zh-Hans': '最相近的香港 ⇄ 上海数据配对：跨城项目的起点。',
  },
  twinsTopic: { en: 'Topic', 'zh-Hant': '主題', 'zh-Hans': '主题' },
  anyArea: { en: 'Any area', 'zh-Hant': '所有範疇', 'zh-Hans': '所有范畴' },
  noTwins: {
    en: 'No pair found; try another topic or area.',
    'zh-Hant': '找不到配對；請嘗試其他主題或範疇。',
    'zh-Hans': '找不到配对；请尝试其他主题或范畴。',
  },
  whyPair: { en: 'Why they pair', 'zh-Hant': '配對原因', 'zh-Hans': '配对原因' },
} satisfies Record<string, LocalizedText & Record<Language, string>>;
// ---- end of the web-team block ----

const STRINGS = {
  ...TEAM_STRINGS,
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

// ---- web-team: keys built from data (rule names, error codes) ----
/** Whether a key built at run time names an interface string. */
export const isMessageKey = (key: string): key is MessageKey => key in STRINGS;
