import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { makeRecord } from '../catalog/testing';
import { validateRecord } from './validate';
import { execFileSync } from 'node:child_process';
import { AREAS, AREA_IDS } from './areas';

describe('validateRecord', () => {
  it('accepts a complete trilingual record', () => {
    const record = makeRecord({
      sourceId: 'hk-td-tis_5-traffic-speed-map',
      title: { en: 'Traffic Speed Map', 'zh-Hant': '交通速度圖', 'zh-Hans': '交通速度图' },
      description: { en: 'Average speeds.' },
      categories: [
        { scheme: 'datagovhk', id: 'transport', label: { en: 'Transportation', 'zh-Hant': '運輸' } },
      ],
      areas: ['mobility'],
      areaReasons: [{ area: 'mobility', effect: 'add', rule: 'category:datagovhk:transport' }],
      resources: [
        {
          name: 'Speed map',
          url: 'https://resource.data.one.gov.hk/td/speedmap.xml',
          format: 'XML',
          isApi: false,
          language: 'en',
        },
      ],
      spatial: { bbox: [113.8, 22.15, 114.45, 22.57], place: 'Hong Kong' },
      temporal: { start: '2020-01-01', end: '2026-06-24' },
      issued: '2019-06-26',
      modified: '2025-06-24T16:32:03.988Z',
      links: [{ rel: 'sameAs', id: 'csdi:td_rcd_1638844988873_41214' }],
      extras: { data_dictionary: 'https://example.gov.hk/dict.pdf' },
    });
    expect(validateRecord(record)).toEqual({ ok: true, record });
  });

  it('accepts a Shanghai record with an offset date-time and conditional access', () => {
    const record = makeRecord({
      source: 'datash',
      sourceId: 'O2813841502026181',
      title: { 'zh-Hans': '徐汇区2026新增电子警察清单' },
      access: 'conditional',
      issued: '2026-04-23T09:16:34+08:00',
      landingPage:
        'https://data.sh.gov.cn/view/detail/index.html?type=cp&&id=O2813841502026181&&companyFlag=0',
    });
    expect(validateRecord(record).ok).toBe(true);
  });

  it('returns every error with its path, not just the first', () => {
    const bad = {
      ...makeRecord({ sourceId: 'x' }),
      city: 'shenzhen',
      title: {},
      areas: ['mobility', 'space'],
      resources: [{ name: 'a', url: 'not a url', format: 'csv', isApi: 'Y' }],
      spatial: { bbox: [200, 22, 114, 23] },
      updateFrequency: { raw: 'daily', normalized: 'sometimes' },
      modified: '24/06/2025',
      unknownField: 1,
    };
    delete (bad as Partial<typeof bad>).publisher;
    const result = validateRecord(bad);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const paths = result.errors.map((error) => error.path);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/city',
        '/title',
        '/areas/1',
        '/resources/0/url',
        '/resources/0/format',
        '/resources/0/isApi',
        '/spatial/bbox/0',
        '/updateFrequency/normalized',
        '/modified',
        '/publisher',
        '/unknownField',
      ]),
    );
    for (const error of result.errors) expect(error.message).toEqual(expect.any(String));
  });

  it('checks what the schema cannot: id = source:sourceId, bbox min ≤ max, start ≤ end', () => {
    const result = validateRecord(
      makeRecord({
        sourceId: 'a',
        id: 'datagovhk:b',
        spatial: { bbox: [114.4, 22.2, 113.9, 22.5] },
        temporal: { start: '2026-01-02', end: '2025-01-01' },
      }),
    );
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.map((error) => error.path).sort()).toEqual(['/id', '/spatial/bbox', '/temporal']);
  });

  it('rejects things that are not objects at all', () => {
    for (const value of [null, 42, 'record', []]) expect(validateRecord(value).ok).toBe(false);
  });
});

describe('generated types', () => {
  it('are in step with dataset.schema.json (run `npm run gen:types` after changing the schema)', () => {
    const tsx = join(__dirname, '../node_modules/.bin/tsx');
    const output = execFileSync(tsx, [join(__dirname, 'generate-types.ts'), '--check'], { encoding: 'utf8' });
    expect(output).toContain('up to date');
  });
});

describe('area taxonomy', () => {
  it('has the four HSODC areas with labels in three languages, matching the schema enum', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, 'dataset.schema.json'), 'utf8'));
    expect(AREA_IDS).toEqual(schema.$defs.AreaId.enum);
    expect(AREAS.find((area) => area.id === 'environment')?.label).toEqual({
      en: 'Smart Environment',
      'zh-Hant': '智慧環境',
      'zh-Hans': '智慧环境',
    });
  });
});
