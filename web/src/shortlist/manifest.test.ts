import Papa from 'papaparse';
import { makeRecord } from '../../../catalog-schema/testing';
import {
  manifestCsv,
  manifestJson,
  manifestMarkdown,
  manifestOf,
  markdownLink,
  markdownText,
} from './manifest';

const NOW = new Date('2026-12-01T08:00:00Z');
const BASE = 'http://127.0.0.1:8080';

const hongKong = makeRecord({
  source: 'datagovhk',
  sourceId: 'hk-td-speed',
  title: { en: 'Traffic Speed Map', 'zh-Hant': '交通速度圖', 'zh-Hans': '交通速度图' },
  resources: [
    {
      name: 'Speed map',
      url: 'https://resource.data.one.gov.hk/td/speedmap.xml',
      format: 'XML',
      isApi: false,
    },
    { name: 'Speed API', url: 'https://api.example.hk/speed?x=1', format: 'JSON', isApi: true },
  ],
  license: {
    id: 'hk-tou',
    title: { en: 'DATA.GOV.HK Terms of Use' },
    url: 'https://data.gov.hk/en/terms-and-conditions',
  },
});
const shanghai = makeRecord({
  source: 'datash',
  sourceId: 'AQ1',
  title: { 'zh-Hans': '公交线路' },
  publisher: { id: 'sh-jt', name: { 'zh-Hans': '上海市交通委员会' } },
  updateFrequency: { raw: '每月', normalized: 'monthly' },
  access: 'conditional',
  landingPage: 'https://data.sh.gov.cn/view/detail/index.html?type=cp&id=AQ1',
  extras: { 开放条件: '签署协议', 数据资源类型: '数据产品' },
});

describe('the data manifest', () => {
  it('keeps each script as the portal gave it, every resource, access terms and the licence (JSON)', () => {
    const manifest = JSON.parse(manifestJson(manifestOf([hongKong, shanghai], BASE, NOW)));
    expect(manifest.count).toBe(2);
    expect(manifest.generatedAt).toBe('2026-12-01T08:00:00.000Z');
    const [hk, sh] = manifest.datasets;
    expect(hk.title).toEqual({ en: 'Traffic Speed Map', 'zh-Hant': '交通速度圖', 'zh-Hans': '交通速度图' });
    expect(hk.apiRecord).toBe(`${BASE}/api/datasets/datagovhk%3Ahk-td-speed`);
    expect(hk.resources.map((resource: { url: string }) => resource.url)).toEqual([
      'https://resource.data.one.gov.hk/td/speedmap.xml',
      'https://api.example.hk/speed?x=1',
    ]);
    expect(hk.licence).toEqual({
      id: 'hk-tou',
      title: 'DATA.GOV.HK Terms of Use',
      url: 'https://data.gov.hk/en/terms-and-conditions',
    });
    expect(sh.title).toEqual({ en: '', 'zh-Hant': '', 'zh-Hans': '公交线路' });
    expect(sh).toMatchObject({ access: 'conditional', accessTerms: '签署协议', updateFrequency: 'monthly' });
    expect(sh.licence.url).toBe('https://data.gov.hk/en/terms-and-conditions');
  });

  it('writes CSV with a BOM, one row per resource, and defuses formula-leading cells', () => {
    const hostile = makeRecord({
      source: 'datagovhk',
      sourceId: 'hostile',
      title: { en: '=HYPERLINK("http://evil")', 'zh-Hant': '+1', 'zh-Hans': '-2' },
      publisher: { id: 'x', name: { en: '@SUM(A1)', 'zh-Hant': '\tTab', 'zh-Hans': '\rCR' } },
      resources: [{ name: '=cmd|\n"/c calc"', url: 'https://x.hk/a.csv', format: 'CSV', isApi: false }],
    });
    const csv = manifestCsv(manifestOf([hongKong, shanghai, hostile], BASE, NOW));
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const { data } = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true });
    expect(data).toHaveLength(4);
    expect(data.map((row) => row.resource_format)).toEqual(['XML', 'JSON', '', 'CSV']);
    expect(data[2]).toMatchObject({
      'title_zh-Hans': '公交线路',
      access_terms: '签署协议',
      resource_url: '',
    });
    const row = data[3]!;
    expect(row.title_en).toBe('\'=HYPERLINK("http://evil")');
    expect(row['title_zh-Hant']).toBe("'+1");
    expect(row['title_zh-Hans']).toBe("'-2");
    expect(row.publisher_en).toBe("'@SUM(A1)");
    expect(row['publisher_zh-Hant']).toBe("'\tTab");
    expect(row['publisher_zh-Hans']).toBe("'\rCR");
    expect(row.resource_name).toBe('\'=cmd|\n"/c calc"');
    expect(row.resource_url).toBe('https://x.hk/a.csv');
  });

  it('writes Markdown with HTML escaped and only http(s) links clickable', () => {
    const hostile = makeRecord({
      source: 'datagovhk',
      sourceId: 'hostile',
      title: { en: '<script>alert(1)</script> **bold** [x](javascript:alert(1))' },
      landingPage: 'javascript:alert(1)',
      resources: [
        { name: 'data', url: 'data:text/html,<b>x</b>', format: 'HTML', isApi: false },
        { name: 'ok (v2)', url: 'https://x.hk/a (1).csv', format: 'CSV', isApi: false },
      ],
    });
    const markdown = manifestMarkdown(
      manifestOf([hongKong, shanghai, hostile], BASE, NOW),
      'Our <team> shortlist',
    );
    expect(markdown).toContain('# Our &lt;team&gt; shortlist');
    expect(markdown).toContain('## Traffic Speed Map\n\n- 交通速度圖\n- 交通速度图');
    expect(markdown).toContain(
      '  - [Speed map](https://resource.data.one.gov.hk/td/speedmap.xml) — XML\n  - [Speed API](https://api.example.hk/speed?x=1) — JSON (API)',
    );
    expect(markdown).toContain('## 公交线路');
    expect(markdown).not.toMatch(/<script|<b>/);
    expect(markdown).not.toMatch(/(?<!\\)\]\((javascript|data):/);
    expect(markdown).toContain('- Portal page: javascript:alert(1)\n');
    expect(markdown).toContain(
      '&lt;script&gt;alert(1)&lt;/script&gt; \\*\\*bold\\*\\* \\[x\\](javascript:alert(1))',
    );
    expect(markdown).toContain('[ok (v2)](https://x.hk/a%20%281%29.csv)');
  });

  it('escapes text and refuses non-http links on their own', () => {
    expect(markdownText('a | b & <c>\n`d`')).toBe('a \\| b &amp; &lt;c&gt; \\`d\\`');
    expect(markdownLink('x', 'JAVASCRIPT:alert(1)')).toBe('x (JAVASCRIPT:alert(1))');
    expect(markdownLink('x', 'not a url')).toBe('x (not a url)');
    expect(markdownLink('x', 'https://a.hk/p?q=(1)')).toBe('[x](https://a.hk/p?q=%281%29)');
  });
});
