import { makeRecord } from '../testing';
import { datasetQuads } from './dcat';
import { jsonLdToNTriples, shaclViolations } from './dcat-testing';
import { dcatJsonLdExport } from './dcat-export';
import { toJsonLd, toNTriples } from './rdf-serialise';

const BASE = 'https://atlas.example.org';
const records = [
  makeRecord({
    sourceId: 'a',
    title: { en: 'Bus, "stops"', 'zh-Hant': '巴士站' },
    areas: ['mobility', 'living'],
    resources: [
      { name: 'CSV', url: 'https://example.gov.hk/a.csv', format: 'CSV', isApi: false, language: 'zh-Hant' },
      { name: 'API', url: 'https://example.gov.hk/api', format: 'NOT-A-KNOWN-FORMAT', isApi: true },
    ],
    temporal: { start: '2020-01-01', end: '2026-06-30' },
    updateFrequency: { raw: '每季', normalized: 'quarterly' },
  }),
  makeRecord({
    source: 'datash',
    sourceId: '123',
    title: { 'zh-Hans': '公交线路\n信息' },
    spatial: { bbox: [121, 31, 122, 32] },
    access: 'conditional',
    updateFrequency: { raw: '', normalized: 'unknown' },
  }),
];

const nodesOf = (record: Parameters<typeof datasetQuads>[1]) =>
  toJsonLd(datasetQuads(BASE, record))['@graph'] as Record<string, unknown>[];
const nodeOfType = (nodes: Record<string, unknown>[], type: string) =>
  nodes.find((node) => node['@type'] === type)!;

describe('DCAT-AP graph of a dataset', () => {
  it('uses EU vocabulary IRIs for format, language, frequency and access rights', () => {
    const nodes = nodesOf(records[0]!);
    const dataset = nodeOfType(nodes, 'dcat:Dataset');
    expect(dataset).toMatchObject({
      'dct:title': [
        { '@value': 'Bus, "stops"', '@language': 'en' },
        { '@value': '巴士站', '@language': 'zh-Hant' },
      ],
      'dct:accrualPeriodicity': {
        '@id': 'http://publications.europa.eu/resource/authority/frequency/QUARTERLY',
      },
      'dct:accessRights': { '@id': 'http://publications.europa.eu/resource/authority/access-right/PUBLIC' },
      'dcat:theme': [{ '@id': `${BASE}/api/areas#mobility` }, { '@id': `${BASE}/api/areas#living` }],
    });
    const distributions = nodes.filter((node) => node['@type'] === 'dcat:Distribution');
    expect(distributions).toHaveLength(2);
    expect(distributions[0]).toMatchObject({
      'dct:format': { '@id': 'http://publications.europa.eu/resource/authority/file-type/CSV' },
      'dct:language': { '@id': 'http://publications.europa.eu/resource/authority/language/ZHO' },
      'dcat:downloadURL': { '@id': 'https://example.gov.hk/a.csv' },
      'dct:license': { '@id': 'https://data.gov.hk/en/terms-and-conditions' },
    });
    // a format with no EU code gets no dct:format rather than an untyped literal
    expect(distributions[1]).not.toHaveProperty('dct:format');
    expect(
      nodes.find((node) => node['@id'] === 'http://publications.europa.eu/resource/authority/file-type/CSV'),
    ).toEqual({
      '@id': 'http://publications.europa.eu/resource/authority/file-type/CSV',
      '@type': 'dct:MediaTypeOrExtent',
    });
  });

  it('writes only http(s) IRIs: a javascript: landing page and an ftp: resource are left out', () => {
    const record = makeRecord({
      sourceId: 'hostile',
      landingPage: 'javascript:alert(1)',
      resources: [{ name: 'FTP', url: 'ftp://example.org/data.csv', format: 'CSV', isApi: false }],
    });
    const text = toNTriples(datasetQuads(BASE, record));
    expect(text).not.toMatch(/javascript:|ftp:/);
    const nodes = nodesOf(record);
    expect(nodeOfType(nodes, 'dcat:Dataset')).not.toHaveProperty('dcat:landingPage');
    // still a distribution: the dataset's own record
    expect(nodeOfType(nodes, 'dcat:Distribution')['dcat:accessURL']).toEqual({
      '@id': `${BASE}/api/datasets/datagovhk%3Ahostile`,
    });
    expect(shaclViolations({ hostile: text }).hostile).toEqual([]);
  });
});

describe('the whole catalogue as one JSON-LD document (npm run export -- --format dcat)', () => {
  it('is one JSON-LD document that jsonld.js reads, with every dataset in the catalogue, 0 SHACL violations', async () => {
    const document = JSON.parse([...dcatJsonLdExport(records, BASE)].join(''));
    const nTriples = await jsonLdToNTriples(document);
    for (const record of records) {
      const iri = `<${BASE}/api/datasets/${encodeURIComponent(record.id)}>`;
      expect(nTriples).toContain(`<${BASE}/catalog> <http://www.w3.org/ns/dcat#dataset> ${iri} .`);
    }
    expect(nTriples).toContain('"公交线路\\n信息"@zh-hans');
    expect(nTriples).toContain(
      '"POLYGON((121 31,122 31,122 32,121 32,121 31))"^^<http://www.opengis.net/ont/geosparql#wktLiteral>',
    );
    expect(shaclViolations({ exported: nTriples }).exported).toEqual([]);
  });
});
