import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadSnapshot } from '../../replay/snapshot';
import { CSDI } from './config';
import { transformGeoportal } from './transform';
import type { GeoportalPayload } from './source';

const snapshot = loadSnapshot();
const payloadFor = (id: string): GeoportalPayload => {
  const item = snapshot.csdi.items.get(id)! as GeoportalPayload['item'];
  return { search: { id, updated: String(item._source!.sys_modified_dt) }, item };
};

describe('Geoportal transform', () => {
  it('maps a CSDI record: languages, publisher from the id prefix, services as resources', () => {
    const record = transformGeoportal(CSDI, {
      sourceId: 'lcsd_rcd_1629267205215_31341',
      payload: payloadFor('lcsd_rcd_1629267205215_31341'),
    });
    expect(record).toMatchObject({
      id: 'csdi:lcsd_rcd_1629267205215_31341',
      title: { en: 'Sports Centres', 'zh-Hant': '體育館' },
      publisher: {
        id: 'hk-lcsd',
        name: { en: 'Leisure and Cultural Services Department', 'zh-Hant': '康樂及文化事務署' },
      },
      landingPage: 'https://portal.csdi.gov.hk/geoportal/?lang=en&datasetId=lcsd_rcd_1629267205215_31341',
    });
    expect(record.resources.map((resource) => resource.format)).toEqual(['WFS', 'ARCGIS', 'GEOJSON']);
    expect(record.resources.every((resource) => resource.isApi)).toBe(true);
    const [minLon, minLat, maxLon, maxLat] = record.spatial.bbox!;
    expect(minLon).toBeLessThan(maxLon);
    expect(minLat).toBeLessThan(maxLat);
    expect(minLon).toBeGreaterThan(113.8);
    expect(maxLat).toBeLessThan(22.6);
  });

  it('converts an extent recorded in HK1980 Grid metres to WGS84 (datum shift included)', () => {
    const record = transformGeoportal(CSDI, {
      sourceId: 'landsd_rcd_1637211194312_35159',
      payload: payloadFor('landsd_rcd_1637211194312_35159'),
    });
    const [minLon, minLat, maxLon, maxLat] = record.spatial.bbox!;
    // 833000-837500 E, 814500-817500 N is Central and Admiralty
    expect(minLon).toBeCloseTo(114.145, 2);
    expect(maxLon).toBeCloseTo(114.189, 2);
    expect(minLat).toBeCloseTo(22.271, 2);
    expect(maxLat).toBeCloseTo(22.298, 2);
  });

  it('reads the real Esri Geoportal item envelope (RNDT, same software as CSDI)', () => {
    const samples = join(__dirname, '../../../fixtures/recorded');
    const item = JSON.parse(
      readFileSync(
        join(samples, 'ANALOGUE_non-csdi_esri-geoportal_rest-metadata-item_rndt-italy.json'),
        'utf8',
      ),
    );
    const search = JSON.parse(
      readFileSync(
        join(samples, 'ANALOGUE_non-csdi_esri-geoportal_rest-metadata-search_f-json_rndt-italy.json'),
        'utf8',
      ),
    ).results[0];
    const record = transformGeoportal(
      { ...CSDI, publisherFromIdPrefix: false },
      { sourceId: item._id, payload: { search, item } },
    );
    expect(record).toMatchObject({
      sourceId: 'age:D_E973_MARSAGLIA',
      title: { en: 'Cartografia catastale - Comune di MARSAGLIA' },
      publisher: { name: { en: 'Agenzia delle Entrate' } },
      spatial: { bbox: [7.9496964, 44.434402, 8.0305591, 44.475662] },
      modified: '2026-04-25T15:37:01.891Z',
    });
    expect(record.resources.map((resource) => resource.format)).toEqual(['WMS', 'WFS']);
  });

  it('takes the union of several envelopes, and lists of one given as a bare object', () => {
    const id = 'edb_rcd_1701933586551_96560';
    const item = snapshot.csdi.items.get(id)! as GeoportalPayload['item'];
    const withSource = (changes: Record<string, unknown>) =>
      transformGeoportal(CSDI, {
        sourceId: id,
        payload: { search: { id }, item: { ...item, _source: { ...item._source, ...changes } } },
      });
    const envelope = (coordinates: number[][]) => ({ type: 'envelope', coordinates });
    const [wfs] = item._source!.resources_nst as object[];

    const record = withSource({
      envelope_geo: [
        envelope([
          [114.1, 22.3],
          [114.15, 22.25],
        ]),
        envelope([
          [114.12, 22.4],
          [114.2, 22.28],
        ]),
      ],
      resources_nst: wfs,
    });
    expect(record.spatial.bbox).toEqual([114.1, 22.25, 114.2, 22.4]);
    expect(record.resources.map((resource) => resource.format)).toEqual(['WFS']);

    const single = withSource({
      envelope_geo: envelope([
        [114.1, 22.3],
        [114.15, 22.25],
      ]),
    });
    expect(single.spatial.bbox).toEqual([114.1, 22.25, 114.15, 22.3]);
  });

  it('maps every fixture record, and refuses an item without _source', () => {
    for (const id of snapshot.csdi.items.keys())
      expect(transformGeoportal(CSDI, { sourceId: id, payload: payloadFor(id) }).sourceId).toBe(id);
    expect(() =>
      transformGeoportal(CSDI, { sourceId: 'x', payload: { search: { id: 'x' }, item: { found: false } } }),
    ).toThrow(/no _source/);
  });

  it('gives the CSDI terms as the licence unless the item links a licence in its use constraints', () => {
    const id = 'lcsd_rcd_1629267205215_31341';
    const plain = transformGeoportal(CSDI, { sourceId: id, payload: payloadFor(id) });
    expect(plain.license).toEqual({
      id: 'csdi-terms',
      title: {
        en: 'Terms and Conditions of Use of the CSDI Portal',
        'zh-Hant': '空間數據共享平台使用條款及細則',
        'zh-Hans': '空间数据共享平台使用条款及细则',
      },
      url: 'https://portal.csdi.gov.hk/csdi-webpage/doc/TNC',
    });
    // the constraint values as the recorded Geoportal (RNDT) item gives them: free text beside a licence link
    const payload = payloadFor(id);
    const source = {
      ...payload.item._source,
      apiso_OtherConstraints_s: [
        'https://creativecommons.org/licenses/by/4.0',
        'no limitations to public access',
      ],
    };
    const linked = transformGeoportal(CSDI, {
      sourceId: id,
      payload: { ...payload, item: { ...payload.item, _source: source } },
    });
    expect(linked.license).toEqual({
      id: 'creativecommons.org/licenses/by/4.0',
      title: { en: 'https://creativecommons.org/licenses/by/4.0' },
      url: 'https://creativecommons.org/licenses/by/4.0',
    });
  });
});
