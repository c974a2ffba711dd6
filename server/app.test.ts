import request from 'supertest';
import type { Catalogue } from '../catalog';
import { testApp } from './testing';

let catalogue: Catalogue;
let app: ReturnType<typeof testApp>['app'];
beforeAll(() => {
  ({ catalogue, app } = testApp());
});
afterAll(() => catalogue.close());

const ids = (body: { items: { id: string }[] }) => body.items.map((item) => item.id);

describe('GET /api/datasets', () => {
  it('searches in English, 繁體 and 简体, across cities', async () => {
    expect(ids((await request(app).get('/api/datasets').query({ q: 'bus' })).body)).toEqual(
      expect.arrayContaining(['datagovhk:kmb-bus-eta', 'datash:O2813839472026099']),
    );
    expect(ids((await request(app).get('/api/datasets').query({ q: '交通速度圖' })).body)).toEqual([
      'datagovhk:hk-td-tis_5-traffic-speed-map',
    ]);
    expect(ids((await request(app).get('/api/datasets').query({ q: '空氣質素' })).body)).toEqual([
      'datash:123456',
    ]);
  });

  it('filters, pages and returns facets that ignore their own filter', async () => {
    const response = await request(app).get(
      '/api/datasets?city=shanghai&area=mobility,environment&pageSize=1&sort=modified',
    );
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ total: 2, page: 1, pageSize: 1 });
    expect(response.body.items[0].id).toBe('datash:O2813839472026099');
    const city = Object.fromEntries(
      response.body.facets.city.map((entry: { value: string; count: number }) => [entry.value, entry.count]),
    );
    expect(city).toEqual({ 'hong-kong': 2, shanghai: 2 });
    const repeated = await request(app).get('/api/datasets?source=csdi&source=datash');
    expect(repeated.body.total).toBe(3);
  });

  it('filters by bbox, intersecting or within', async () => {
    const box = '121.3,31.0,121.6,31.3';
    expect(ids((await request(app).get(`/api/datasets?bbox=${box}`)).body).sort()).toEqual([
      'datash:123456',
      'datash:O2813839472026099',
    ]);
    expect(ids((await request(app).get(`/api/datasets?bbox=${box}&bboxRelation=within`)).body)).toEqual([
      'datash:123456',
    ]);
  });

  it.each([
    ['page=0', /page/],
    ['page=-5', /page/],
    ['page=99999999', /page/],
    ['pageSize=101', /pageSize/],
    ['pageSize=abc', /pageSize/],
    ['bbox=1,2,3', /bbox/],
    ['bbox=200,0,210,10', /bbox/],
    ['bbox=114,23,113,22', /bbox/],
    ['area=space', /area.*mobility, living, environment, economy/],
    ['city=shenzhen', /city/],
    ['sort=random', /sort/],
    ['modifiedSince=yesterday', /modifiedSince/],
    ['bboxRelation=touches', /bboxRelation/],
    ['colour=red', /unknown query parameter "colour"/],
    ['q=a&q=b', /q: give it once/],
  ])('refuses %s with a 400 naming the parameter', async (query, message) => {
    const response = await request(app).get(`/api/datasets?${query}`);
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(message);
    expect(response.body.error.code).toEqual(expect.any(String));
  });

  it.each(['"unbalanced', 'bus AND (NOT', 'NEAR(a b)', '*', '{title}:bus', '😀🚌'])(
    'answers FTS syntax %j with results, not an error',
    async (q) => {
      const response = await request(app).get('/api/datasets').query({ q });
      expect(response.status).toBe(200);
    },
  );

  it('refuses invalid UTF-8 percent-escapes, a 501-character q and a 100 KB query string', async () => {
    for (const bad of ['%E0%A4%A', '%FF', '%C3%28']) {
      const response = await request(app).get(`/api/datasets?q=${bad}`);
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('invalid_encoding');
    }
    expect(
      (
        await request(app)
          .get('/api/datasets')
          .query({ q: 'x'.repeat(501) })
      ).status,
    ).toBe(400);
    const huge = await request(app).get(`/api/datasets?q=${'a'.repeat(100 * 1024)}`);
    expect(huge.status).toBeGreaterThanOrEqual(400);
    expect(huge.status).toBeLessThan(500);
  });
});

describe('records, related, areas, stats', () => {
  it('returns the record as the schema defines it, and 404 for an unknown id', async () => {
    const response = await request(app).get('/api/datasets/datagovhk:kmb-bus-eta');
    expect(response.status).toBe(200);
    expect(response.body).toEqual(catalogue.store.getDataset('datagovhk:kmb-bus-eta')!.record);
    expect(response.headers['last-modified']).toBe('Tue, 01 Sep 2026 00:00:00 GMT');
    const missing = await request(app).get('/api/datasets/datagovhk:nope');
    expect(missing.status).toBe(404);
    expect(missing.body).toEqual({
      error: { code: 'not_found', message: 'dataset datagovhk:nope does not exist' },
    });
  });

  it('lists related datasets, the other city first', async () => {
    const response = await request(app).get('/api/datasets/datagovhk:kmb-bus-eta/related');
    expect(response.body.items[0]).toMatchObject({
      dataset: { id: 'datash:O2813839472026099', city: 'shanghai' },
      reasons: expect.arrayContaining([expect.objectContaining({ kind: 'concept', concept: 'bus' })]),
    });
    expect((await request(app).get('/api/datasets/datagovhk:nope/related')).status).toBe(404);
    expect((await request(app).get('/api/datasets/datagovhk:kmb-bus-eta/related?limit=0')).status).toBe(400);
  });

  it('lists the areas with labels and counts, and catalogue statistics', async () => {
    const areas = await request(app).get('/api/areas');
    expect(areas.body.items.find((area: { id: string }) => area.id === 'mobility')).toMatchObject({
      label: { en: 'Smart Mobility', 'zh-Hant': '智慧出行', 'zh-Hans': '智慧出行' },
      count: 3,
    });
    const stats = await request(app).get('/api/stats');
    expect(stats.body).toMatchObject({
      datasets: 5,
      byCity: { 'hong-kong': 3, shanghai: 2 },
      bySource: { datagovhk: 2, csdi: 1, datash: 2 },
    });
  });

  it('404s unknown API routes with the error shape', async () => {
    const response = await request(app).get('/api/nothing-here');
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe('not_found');
  });
});

describe('HTTP behaviour', () => {
  it('sends ETag and Cache-Control, and 304 on If-None-Match', async () => {
    const first = await request(app).get('/api/datasets?q=bus');
    expect(first.headers['cache-control']).toBe('public, max-age=60');
    expect(first.headers.etag).toBeDefined();
    const again = await request(app).get('/api/datasets?q=bus').set('If-None-Match', first.headers.etag!);
    expect(again.status).toBe(304);
  });

  it('compresses, sets security headers, allows cross-origin reads', async () => {
    const response = await request(app)
      .get('/api/datasets?pageSize=100')
      .set('Accept-Encoding', 'gzip')
      .set('Origin', 'https://example.org');
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('limits requests per IP', async () => {
    const limited = testApp({ rateLimitPerMinute: 3 });
    for (let i = 0; i < 3; i++) expect((await request(limited.app).get('/api/areas')).status).toBe(200);
    const response = await request(limited.app).get('/api/areas');
    expect(response.status).toBe(429);
    expect(response.body.error.code).toBe('rate_limited');
    limited.catalogue.close();
  });

  it('refuses bodies over the limit and malformed JSON without a stack trace', async () => {
    const big = await request(app)
      .post('/api/collections')
      .set('Content-Type', 'application/json')
      .send(`{"x":"${'a'.repeat(200 * 1024)}"}`);
    expect(big.status).toBe(413);
    const broken = await request(app)
      .post('/api/3/action/package_search')
      .set('Content-Type', 'application/json')
      .send('{"q":');
    expect(broken.status).toBe(400);
    expect(JSON.stringify(broken.body)).not.toMatch(/at .*\.(ts|js):\d+/);
  });
});

describe('CORS and the web app', () => {
  it('allows cross-origin reads (and CKAN POST reads) but not curation writes', async () => {
    const preflight = await request(app)
      .options('/api/collections')
      .set('Origin', 'https://evil.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(preflight.headers['access-control-allow-methods']).toBe('GET,HEAD');
    const ckan = await request(app)
      .options('/api/3/action/package_search')
      .set('Origin', 'https://ckan.example')
      .set('Access-Control-Request-Method', 'POST');
    expect(ckan.headers['access-control-allow-methods']).toContain('POST');
  });

  it('serves the built web app at /, with its routes falling back to index.html, and keeps /api JSON', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const dist = mkdtempSync(join(tmpdir(), 'atlas-web-'));
    writeFileSync(join(dist, 'index.html'), '<!doctype html><title>Atlas</title><div id="root"></div>');
    writeFileSync(join(dist, 'app.js'), 'console.log(1)');
    const withWeb = testApp({ webDistDir: dist });
    expect((await request(withWeb.app).get('/')).text).toContain('<title>Atlas</title>');
    expect((await request(withWeb.app).get('/datasets/datagovhk:kmb-bus-eta')).text).toContain('id="root"');
    expect((await request(withWeb.app).get('/app.js')).text).toBe('console.log(1)');
    const api = await request(withWeb.app).get('/api/nothing');
    expect(api.status).toBe(404);
    expect(api.body.error.code).toBe('not_found');
    withWeb.catalogue.close();
  });
});
