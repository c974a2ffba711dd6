import { loadSnapshot } from '../../replay/snapshot';
import { DATAGOVHK } from './config';
import { transformCkan } from './transform';
import type { CkanPayload } from './source';

const snapshot = loadSnapshot();
const payloadOf = (name: string): CkanPayload => {
  const found = snapshot.datagovhk.packages.get(name)!;
  return { en: found.en, 'zh-Hant': found.tc, 'zh-Hans': found.sc };
};
const transform = (name: string) => transformCkan(DATAGOVHK, { sourceId: name, payload: payloadOf(name) });

describe('CKAN transform on recorded DATA.GOV.HK package_show results', () => {
  it('maps the whole recorded lamp-post record, every field and language', () => {
    const record = transform('hk-hyd-plis-lamppostdata');
    expect(record).toMatchObject({
      id: 'datagovhk:hk-hyd-plis-lamppostdata',
      sourceId: 'hk-hyd-plis-lamppostdata',
      city: 'hong-kong',
      title: { en: 'Lamp Post Location Data', 'zh-Hant': '燈柱位置數據', 'zh-Hans': '灯柱位置数据' },
      publisher: { id: 'hk-hyd', name: { en: 'Highways Department', 'zh-Hant': '路政署' } },
      updateFrequency: { raw: 'Quarterly', normalized: 'quarterly' },
      // metadata_created/modified carry no zone and are UTC
      issued: '2021-07-02T05:48:58.212Z',
      modified: '2025-06-24T16:32:03.988Z',
      access: 'open',
      landingPage: 'https://data.gov.hk/en-data/dataset/hk-hyd-plis-lamppostdata',
      extras: {
        data_dictionary: 'https://plis.hyd.gov.hk/datagovhk/plis/Data_Specification_for_PLIS_PSI_EN.pdf',
      },
    });
    expect(record.resources).toEqual([
      expect.objectContaining({
        url: 'https://plis.hyd.gov.hk/datagovhk/plis/lamppost_en.csv',
        format: 'CSV',
        isApi: false,
        language: 'en',
        // the portal's own resource fields: the data's schema and dates (null size and mimetype dropped)
        extras: {
          schema: 'https://plis.hyd.gov.hk/datagovhk/plis/PLIS-PSI-data-schema_EN.txt',
          dateCreated: '2026-06-24',
          datePublished: '2019-06-26',
          dateModified: '2026-06-24',
        },
      }),
      expect.objectContaining({
        format: 'CSV',
        language: 'zh-Hant',
        temporal: { start: '2026-06-24', end: '2026-06-24' },
      }),
    ]);
    // temporal_from/to are DD/MM/YYYY on the resources
    expect(record.temporal).toEqual({ start: '2026-06-24', end: '2026-06-24' });
  });

  it('joins groups across languages by name although their UUIDs differ', () => {
    const payload = payloadOf('aahk-team1-flight-info');
    const ids = [payload.en, payload['zh-Hant'], payload['zh-Hans']].map(
      (result) => (result!.groups as { id: string }[])[0]!.id,
    );
    expect(new Set(ids).size).toBe(3);
    const record = transform('aahk-team1-flight-info');
    expect(record.categories).toEqual([
      {
        scheme: 'datagovhk',
        id: 'transport',
        label: { en: 'Transportation', 'zh-Hant': '運輸', 'zh-Hans': '运输' },
      },
    ]);
  });

  it('keeps resource URLs with placeholders, encoded, and reads is_api "Y"', () => {
    const record = transform('aahk-team1-flight-info');
    expect(record.resources[0]).toMatchObject({
      url: 'https://www.hongkongairport.com/flightinfo-rest/rest/flights/past?date=%3Cdate%3E&lang=en&cargo=false&arrival=false',
      format: 'JSON',
      isApi: true,
    });
    expect(record.updateFrequency.normalized).toBe('daily');
  });

  it('turns a resource on the CSDI portal into a sameAs link to that CSDI record', () => {
    const record = transform('chsc-chsc-primary-school-profiles');
    expect(record.links).toContainEqual({ rel: 'sameAs', id: 'csdi:edb_rcd_1701933586551_96560' });
  });

  it('maps every recorded dataset without error, each with a title in all three languages', () => {
    for (const name of snapshot.datagovhk.packages.keys()) {
      const record = transform(name);
      expect(Object.keys(record.title).sort()).toEqual(['en', 'zh-Hans', 'zh-Hant']);
    }
  });

  it('refuses a payload without its primary language', () => {
    expect(() => transformCkan(DATAGOVHK, { sourceId: 'x', payload: { 'zh-Hant': { name: 'x' } } })).toThrow(
      /no en package_show/,
    );
  });

  it('gives the portal terms as the licence when package_show names none (license_* null, as recorded)', () => {
    expect(payloadOf('hk-hyd-plis-lamppostdata').en).toMatchObject({ license_id: null, license_title: null });
    expect(transform('hk-hyd-plis-lamppostdata').license).toEqual({
      id: 'datagovhk-terms',
      title: {
        en: 'DATA.GOV.HK Terms and Conditions of Use',
        'zh-Hant': 'DATA.GOV.HK 條款及細則',
        'zh-Hans': 'DATA.GOV.HK 条款及细则',
      },
      url: 'https://data.gov.hk/en/terms-and-conditions',
    });
  });

  it("harvests a package's own licence in each language, and only with an http(s) link", () => {
    const payload = payloadOf('hk-hyd-plis-lamppostdata');
    const licensed: CkanPayload = {
      en: {
        ...payload.en,
        license_id: 'cc-by',
        license_title: 'Creative Commons Attribution',
        license_url: 'https://opendefinition.org/licenses/cc-by/',
      },
      'zh-Hant': { ...payload['zh-Hant'], license_title: '創用CC 姓名標示' },
    };
    expect(transformCkan(DATAGOVHK, { sourceId: 'x', payload: licensed }).license).toEqual({
      id: 'cc-by',
      title: { en: 'Creative Commons Attribution', 'zh-Hant': '創用CC 姓名標示' },
      url: 'https://opendefinition.org/licenses/cc-by/',
    });
    const unlinked = { en: { ...payload.en, license_id: 'cc-by', license_url: 'javascript:alert(1)' } };
    expect(transformCkan(DATAGOVHK, { sourceId: 'x', payload: unlinked }).license.id).toBe('datagovhk-terms');
  });
});
