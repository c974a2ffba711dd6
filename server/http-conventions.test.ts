/** HTTP conventions: errors are not cacheable, CORS exposes the rate limit, 405 with Allow, CKAN's 429. */
import express from 'express';
import request from 'supertest';
import { ROUTES } from '../catalog-schema/api';
import type { Catalogue } from '../catalog';
import { noStoreOnErrors, routeTable } from './http-conventions';
import { testApp } from './testing';

let catalogue: Catalogue;
let app: ReturnType<typeof testApp>['app'];
beforeAll(() => {
  ({ catalogue, app } = testApp());
});
afterAll(() => catalogue.close());

describe('error responses', () => {
  it('are never publicly cacheable (no-store on 4xx and 5xx), while answers stay cacheable', async () => {
    const ok = await request(app).get('/api/datasets?q=bus');
    expect(ok.headers['cache-control']).toBe('public, max-age=60');
    for (const path of [
      '/api/datasets?page=0',
      '/api/datasets/datagovhk:nope',
      '/api/nowhere',
      '/api/3/action/package_show?id=nothing',
      '/api/3/action/no_such_action',
    ]) {
      const refused = await request(app).get(path);
      expect(refused.status).toBeGreaterThanOrEqual(400);
      expect(refused.headers['cache-control']).toBe('no-store');
    }
  });

  it('covers server failures too, whatever sets the status', async () => {
    const failing = express()
      .use(noStoreOnErrors)
      .get('/down', (_request, response) => {
        response.setHeader('Cache-Control', 'public, max-age=60');
        response.status(503).send('down');
      });
    expect((await request(failing).get('/down')).headers['cache-control']).toBe('no-store');
  });
});

describe('a wrong method on a known path', () => {
  it('answers 405 with the Allow the contract gives that path', async () => {
    const search = await request(app).delete('/api/datasets');
    expect(search.status).toBe(405);
    expect(search.headers.allow).toBe('GET, HEAD');
    expect(search.body.error.code).toBe('method_not_allowed');
    const collection = await request(app).patch('/api/collections/some-list');
    expect(collection.status).toBe(405);
    expect(collection.headers.allow!.split(', ').sort()).toEqual(['DELETE', 'GET', 'HEAD', 'PUT']);
    const ckan = await request(app).put('/api/3/action/package_list');
    expect(ckan.status).toBe(405);
    expect(ckan.headers.allow!.split(', ').sort()).toEqual(['GET', 'HEAD', 'POST']);
    expect(ckan.body).toMatchObject({ success: false, error: { __type: 'Bad request' } });
    // an unknown path stays a 404
    expect((await request(app).delete('/api/nowhere')).status).toBe(404);
  });

  it('takes the allowed methods from the route table, the most specific template first', () => {
    const table = routeTable(ROUTES);
    const allowFor = (path: string) => table.find((entry) => entry.pattern.test(path))?.allow;
    expect(allowFor('/api/datasets/x:y')).toBe('GET, HEAD');
    expect(allowFor('/api/datasets/x:y/areas')).toBe('POST');
    expect(allowFor('/api/collections')).toBe('GET, HEAD, POST');
    expect(allowFor('/api/elsewhere')).toBeUndefined();
  });
});

describe('CORS', () => {
  it("lets another origin's script read ETag, the rate-limit headers and Retry-After", async () => {
    const limited = testApp({ rateLimitPerMinute: 5 });
    const response = await request(limited.app).get('/api/areas').set('Origin', 'https://team.example');
    expect(response.headers['access-control-allow-origin']).toBe('*');
    const exposed = response.headers['access-control-expose-headers']!.split(',');
    expect(exposed).toEqual(expect.arrayContaining(['ETag', 'RateLimit', 'RateLimit-Policy', 'Retry-After']));
    expect(response.headers.ratelimit).toBeDefined();
    const ckan = await request(limited.app)
      .get('/api/3/action/package_list')
      .set('Origin', 'https://team.example');
    expect(ckan.headers['access-control-expose-headers']).toContain('Retry-After');
    limited.catalogue.close();
  });
});

describe('the rate limit', () => {
  it("answers 429 in CKAN's envelope under /api/3/action, and in ours elsewhere, never cacheable", async () => {
    const limited = testApp({ rateLimitPerMinute: 1 });
    expect((await request(limited.app).get('/api/3/action/package_list')).status).toBe(200);
    const ckan = await request(limited.app).get('/api/3/action/package_list');
    expect(ckan.status).toBe(429);
    expect(ckan.body).toEqual({
      help: 'http://localhost:8080/api/3/action/help_show?name=package_list',
      success: false,
      error: { __type: 'Rate Limit Error', message: expect.any(String) },
    });
    expect(ckan.headers['retry-after']).toBeDefined();
    expect(ckan.headers['cache-control']).toBe('no-store');
    const ours = await request(limited.app).get('/api/areas');
    expect(ours.status).toBe(429);
    expect(ours.body.error.code).toBe('rate_limited');
    limited.catalogue.close();
  });
});
