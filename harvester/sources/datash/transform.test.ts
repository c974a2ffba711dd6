import Papa from 'papaparse';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSnapshot } from '../../replay/snapshot';
import { transformApiRecord } from './api-transform';
import { transformExportRow } from './export-transform';

const csv = readFileSync(
  join(__dirname, '../../../fixtures/portals/datash/catalogue-export.small.csv'),
  'utf8',
).replace(/^\uFEFF/, '');
const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
const row = (id: string) => rows.find((candidate) => candidate['数据集ID'] === id)!;

describe('Shanghai export transform', () => {
  it('maps all 16 columns of a real row', () => {
    const record = transformExportRow({ sourceId: 'O2813839472026036', payload: row('O2813839472026036') });
    expect(record).toMatchObject({
      id: 'datash:O2813839472026036',
      city: 'shanghai',
      title: { 'zh-Hans': '金山区生态环境局执法大队2026年3月份“双随机、一公开”执法检查情况公开' },
      publisher: { id: '上海市金山区人民政府', name: { 'zh-Hans': '上海市金山区人民政府' } },
      categories: [{ scheme: 'datash', id: '社会发展', label: { 'zh-Hans': '社会发展' } }],
      access: 'conditional',
      updateFrequency: { raw: '不定期更新', normalized: 'irregular' },
      issued: '2026-04-23T07:09:30+08:00',
      modified: '2026-04-22T15:09:30+08:00',
      spatial: { place: '金山区' },
      landingPage:
        'https://data.sh.gov.cn/view/detail/index.html?type=cp&&id=O2813839472026036&&companyFlag=0',
      extras: { 数据资源类型: '数据产品', 数据资源状态: '已发布', 浏览量: 21, 下载量: 0, 接口调用量: 0 },
    });
    expect(String(record.extras!['开放条件'])).toMatch(/^有较完善的数据安全保护体系/);
    // the export names no licence: the platform's data agreement governs every dataset
    expect(record.license).toEqual({
      id: 'datash-data-agreement',
      title: { 'zh-Hans': '上海市公共数据开放平台数据协议' },
      url: 'https://data.sh.gov.cn/',
    });
    expect(record.description!['zh-Hans']).toMatch(/^该数据包含了金山区生态环境局/);
  });

  it('reads all four id formats and links 数据接口 datasets as type=jk', () => {
    const formats = {
      O16: rows.find((r) => /^O\d{16}$/.test(r['数据集ID']!))!,
      numeric: rows.find((r) => /^\d+$/.test(r['数据集ID']!))!,
      letters: rows.find((r) => /^[A-Z]{2}\d{10}$/.test(r['数据集ID']!))!,
      hex32: rows.find((r) => /^[0-9a-f]{32}$/.test(r['数据集ID']!))!,
    };
    for (const sample of Object.values(formats)) {
      const record = transformExportRow({ sourceId: sample['数据集ID']!, payload: sample });
      expect(record.sourceId).toBe(sample['数据集ID']);
      const type = sample['数据资源类型'] === '数据接口' ? 'jk' : 'cp';
      expect(record.landingPage).toContain(`type=${type}&&id=${sample['数据集ID']}`);
    }
  });

  it('places a record by the district in its title, else the city (本市)', () => {
    const withDistrict = transformExportRow({
      sourceId: 'a',
      payload: {
        ...row('O2813839472026036'),
        数据资源名称: '浦东新区停车场',
        数据资源提供部门: '上海市交通委员会',
      },
    });
    expect(withDistrict.spatial.place).toBe('浦东新区');
    const citywide = transformExportRow({
      sourceId: 'b',
      payload: {
        ...row('O2813839472026036'),
        数据资源名称: '全市公交线路',
        数据资源提供部门: '上海市交通委员会',
      },
    });
    expect(citywide.spatial.place).toBe('本市');
    expect(citywide.spatial.bbox![0]).toBeLessThan(withDistrict.spatial.bbox![0]);
  });

  it('refuses a row whose 开放属性 is neither value, naming it', () => {
    expect(() =>
      transformExportRow({ sourceId: 'x', payload: { ...row('O2813839472026036'), 开放属性: '内部' } }),
    ).toThrow(/开放属性 "内部"/);
  });

  it('maps every row of the bundled small export', () => {
    for (const sample of rows)
      expect(transformExportRow({ sourceId: sample['数据集ID']!, payload: sample }).city).toBe('shanghai');
  });
});

describe('Shanghai search API transform', () => {
  const records = loadSnapshot().datash.apiRecords;

  it('maps the camelCase keys and epoch-ms dates the same way as the export', () => {
    const apiRecord = records[0]!;
    const record = transformApiRecord({ sourceId: String(apiRecord.datasetId), payload: apiRecord });
    expect(record).toMatchObject({
      id: `datash:${apiRecord.datasetId}`,
      title: { 'zh-Hans': apiRecord.datasetName },
      license: { id: 'datash-data-agreement', url: 'https://data.sh.gov.cn/' },
      publisher: { id: apiRecord.orgName },
      categories: expect.arrayContaining([
        { scheme: 'datash', id: apiRecord.dataDomain, label: { 'zh-Hans': apiRecord.dataDomain } },
        {
          scheme: 'datash-couThemeCls',
          id: apiRecord.couThemeCls,
          label: { 'zh-Hans': apiRecord.couThemeCls },
        },
      ]),
      extras: { 数据资源类型: apiRecord.openResType },
    });
    expect(record.modified).toMatch(/\+08:00$/);
    expect(record.keywords.some((keyword) => /^SODA/.test(keyword) || /^\d+$/.test(keyword))).toBe(false);
  });
});
