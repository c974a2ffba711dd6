import request from 'supertest';
import type { Catalogue } from '../catalog';
import { jsonLdToNTriples, shaclViolations, statements } from '../catalog/export/dcat-testing';
import { makeRecord } from '../catalog/testing';
import { SAMPLE_RECORDS, testApp } from './testing';

const BASE = 'https://atlas.example.org';

/** 250 datasets: three catalogue pages. */
const MANY = Array.from({ length: 250 }, (_, index) =>
  makeRecord({
    sourceId: `dataset-${String(index).padStart(3, '0')}`,
    areas: index % 2 ? ['mobility'] : [],
    resources: [{ name: 'CSV', url: `https://example.gov.hk/${index}.csv`, format: 'CSV', isApi: false }],
  }),
);

let catalogue: Catalogue;
let app: ReturnType<typeof testApp>['app'];
let many: ReturnType<typeof testApp>;
beforeAll(() => {
  ({ catalogue, app } = testApp({ publicBaseUrl: BASE }));
  many = testApp({ publicBaseUrl: BASE }, MANY);
});
afterAll(() => {
  catalogue.close();
  many.catalogue.close();
});

const nTriplesOf = async (response: request.Response) =>
  response.type === 'text/turtle' ? response.text : jsonLdToNTriples(JSON.parse(response.text));

describe('DCAT-AP 3.0.1 against the official SHACL shapes', () => {
  it('finds no violation on the first page (JSON-LD and Turtle), a later page, or any dataset alone', async () => {
    const graphs: Record<string, string> = {};
    graphs['page 1 (JSON-LD)'] = await nTriplesOf(await request(app).get('/catalog.jsonld'));
    graphs['page 1 (Turtle)'] = await nTriplesOf(await request(app).get('/catalog.ttl'));
    graphs['page 2 of 3'] = await nTriplesOf(await request(many.app).get('/catalog.jsonld?page=2'));
    graphs['page 3 of 3 (Turtle)'] = await nTriplesOf(await request(many.app).get('/catalog.ttl?page=3'));
    for (const record of SAMPLE_RECORDS) {
      const path = `/api/datasets/${encodeURIComponent(record.id)}`;
      for (const extension of ['jsonld', 'ttl']) {
        const response = await request(app).get(`${path}.${extension}`);
        expect(response.status).toBe(200);
        graphs[`${record.id}.${extension}`] = await nTriplesOf(response);
      }
    }
    const violations = shaclViolations(graphs);
    expect(Object.keys(violations)).toHaveLength(4 + SAMPLE_RECORDS.length * 2);
    for (const [graph, found] of Object.entries(violations))
      expect({ graph, found }).toEqual({ graph, found: [] });
  });

  it('catches a violation: the same page without its publisher, or with an untyped frequency', async () => {
    const lines = statements((await request(app).get('/catalog.ttl')).text);
    const broken = lines
      .filter((line) => !line.includes('<http://purl.org/dc/terms/publisher>'))
      .filter(
        (line) => !/frequency\/DAILY> <[^>]+#type> <http:\/\/purl.org\/dc\/terms\/Frequency>/.test(line),
      );
    expect(lines.length - broken.length).toBe(2 + SAMPLE_RECORDS.length);
    // clean graphs before and after the broken one: one validator checks them all and must not mix them up
    const found = shaclViolations({
      before: lines.join('\n'),
      broken: broken.join('\n'),
      after: lines.join('\n'),
    });
    expect(Object.keys(found)).toEqual(['before', 'broken', 'after']);
    const { before, after } = found;
    expect(before).toEqual([]);
    expect(after).toEqual([]);
    const paths = new Set(found.broken!.map((violation) => violation.path));
    expect(paths).toContain('http://purl.org/dc/terms/publisher');
    expect(paths).toContain('http://purl.org/dc/terms/accrualPeriodicity');
  });
});

describe('DCAT-AP outputs', () => {
  it('writes the same graph as JSON-LD and as Turtle (JSON-LD read back by jsonld.js)', async () => {
    const jsonLd = await nTriplesOf(await request(app).get('/catalog').set('Accept', 'application/ld+json'));
    const turtle = (await request(app).get('/catalog').set('Accept', 'text/turtle')).text;
    expect(statements(jsonLd)).toEqual(statements(turtle));
    expect(statements(turtle).length).toBeGreaterThan(150);
  });

  it('negotiates Turtle or JSON-LD at /catalog, and refuses what it cannot serve', async () => {
    const turtle = await request(app).get('/catalog').set('Accept', 'text/turtle');
    expect(turtle.headers['content-type']).toBe('text/turtle; charset=utf-8');
    expect(turtle.headers.vary).toMatch(/Accept/);
    expect(turtle.text).toMatch(/a dcat:Catalog/);
    const preferred = await request(app)
      .get('/catalog')
      .set('Accept', 'application/ld+json;q=0.5, text/turtle;q=0.9');
    expect(preferred.type).toBe('text/turtle');
    for (const accept of ['application/ld+json', 'application/json', '*/*']) {
      const response = await request(app).get('/catalog').set('Accept', accept);
      expect(response.type).toBe('application/ld+json');
    }
    const refused = await request(app).get('/catalog').set('Accept', 'image/png');
    expect(refused.status).toBe(406);
    expect(refused.body.error.code).toBe('not_acceptable');
  });

  it('links pages with Hydra IRIs (first, previous, next, last) and counts all datasets', async () => {
    const page = JSON.parse((await request(many.app).get('/catalog.jsonld?page=2')).text);
    const view = page['@graph'].find(
      (node: { '@type'?: string }) => node['@type'] === 'hydra:PartialCollectionView',
    );
    expect(view).toMatchObject({
      '@id': `${BASE}/catalog.jsonld?page=2`,
      'hydra:first': { '@id': `${BASE}/catalog.jsonld?page=1` },
      'hydra:previous': { '@id': `${BASE}/catalog.jsonld?page=1` },
      'hydra:next': { '@id': `${BASE}/catalog.jsonld?page=3` },
      'hydra:last': { '@id': `${BASE}/catalog.jsonld?page=3` },
    });
    const catalog = page['@graph'].find((node: { '@type'?: string }) => node['@type'] === 'dcat:Catalog');
    expect(catalog['hydra:totalItems']).toEqual({ '@value': '250', '@type': 'xsd:integer' });
    expect(catalog['dcat:dataset']).toHaveLength(100);
    const turtle = (await request(many.app).get('/catalog.ttl?page=3')).text;
    expect(turtle).toContain(`hydra:previous <${BASE}/catalog.ttl?page=2>`);
    expect(turtle).not.toContain('hydra:next');
    for (const bad of ['page=0', 'page=x', 'page=4', 'limit=5']) {
      expect((await request(many.app).get(`/catalog.jsonld?${bad}`)).status).toBeGreaterThanOrEqual(400);
    }
    expect((await request(many.app).get('/catalog.jsonld?page=4')).status).toBe(404);
  });

  it('builds every IRI from the configured base URL, never from the Host header', async () => {
    const paths = [
      '/catalog.jsonld',
      '/catalog.ttl',
      '/catalog',
      `/api/datasets/${SAMPLE_RECORDS[0]!.id}.ttl`,
    ];
    for (const path of paths) {
      const response = await request(app).get(path).set('Host', 'attacker.example');
      expect(response.status).toBe(200);
      expect(response.text).not.toContain('attacker.example');
      expect(response.text).toContain(`${BASE}/api/datasets/`);
    }
    const unset = testApp({});
    const response = await request(unset.app).get('/catalog.ttl').set('Host', 'attacker.example');
    expect(response.text).not.toContain('attacker.example');
    expect(response.text).toContain('<http://localhost:8080/catalog>');
    unset.catalogue.close();
  });

  it('gives every dataset a licence and a distribution; Shanghai gets its portal page as access URL', async () => {
    const shanghai = SAMPLE_RECORDS.find((record) => record.access === 'conditional')!;
    const response = await request(app).get(`/api/datasets/${encodeURIComponent(shanghai.id)}.jsonld`);
    expect(response.type).toBe('application/ld+json');
    const nodes = JSON.parse(response.text)['@graph'] as Record<string, unknown>[];
    const distribution = nodes.find((node) => node['@type'] === 'dcat:Distribution')!;
    expect(distribution['dcat:accessURL']).toEqual({ '@id': shanghai.landingPage });
    expect(distribution['dct:license']).toEqual({ '@id': shanghai.license.url });
    const dataset = nodes.find((node) => node['@type'] === 'dcat:Dataset')!;
    expect(dataset['dct:accessRights']).toEqual({
      '@id': 'http://publications.europa.eu/resource/authority/access-right/RESTRICTED',
    });
    expect((await request(app).get('/api/datasets/nothing.ttl')).status).toBe(404);
    expect((await request(app).get(`/api/datasets/${shanghai.id}.ttl?x=1`)).status).toBe(400);
    // the JSON record is still served beside them
    expect((await request(app).get(`/api/datasets/${shanghai.id}`)).body.id).toBe(shanghai.id);
  });
});
