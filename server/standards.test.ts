import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import type { Catalogue } from '../catalog';
import { testApp } from './testing';

let catalogue: Catalogue;
let app: ReturnType<typeof testApp>['app'];
beforeAll(() => {
  ({ catalogue, app } = testApp());
});
afterAll(() => catalogue.close());

/** The recorded DATA.GOV.HK package_show: what a CKAN client expects to find. */
const recorded = JSON.parse(
  readFileSync(
    join(__dirname, '../fixtures/recorded/package_show_en_hk-hyd-plis-lamppostdata.2025-07.json'),
    'utf8',
  ),
);

function expectSameShape(ours: Record<string, unknown>, theirs: Record<string, unknown>, keys: string[]) {
  for (const key of keys) {
    expect(ours).toHaveProperty(key);
    const a = ours[key];
    const b = theirs[key];
    if (b === null) continue;
    expect(Array.isArray(a)).toBe(Array.isArray(b));
    if (!Array.isArray(b)) expect(typeof a).toBe(typeof b);
  }
}

describe('CKAN-compatible API', () => {
  it('package_show answers in the recorded CKAN envelope and field shapes', async () => {
    const response = await request(app).get(
      '/api/3/action/package_show?id=datagovhk:hk-td-tis_5-traffic-speed-map',
    );
    expect(response.status).toBe(200);
    expect(Object.keys(response.body).sort()).toEqual(Object.keys(recorded).sort());
    const ours = response.body.result;
    expectSameShape(ours, recorded.result, [
      'id',
      'name',
      'title',
      'notes',
      'organization',
      'groups',
      'resources',
      'tags',
      'metadata_modified',
      'num_resources',
      'num_tags',
      'state',
      'type',
      'private',
      'isopen',
    ]);
    expectSameShape(ours.organization, recorded.result.organization, [
      'id',
      'name',
      'title',
      'type',
      'is_organization',
      'state',
    ]);
    expectSameShape(ours.groups[0], recorded.result.groups[0], [
      'id',
      'name',
      'title',
      'display_name',
      'description',
    ]);
    expectSameShape(ours.resources[0], recorded.result.resources[0], [
      'id',
      'name',
      'url',
      'format',
      'description',
      'package_id',
      'position',
      'state',
    ]);
    expect(ours.groups[0].name).toBe('mobility');
    // the record's licence in CKAN's fields (the recorded portal leaves them null)
    expect(ours).toMatchObject({
      license_id: 'datagovhk-terms',
      license_title: 'DATA.GOV.HK Terms and Conditions of Use',
      license_url: 'https://data.gov.hk/en/terms-and-conditions',
    });
    // the portal's own resource fields come back where CKAN keeps them
    expect(ours.resources[0]).toMatchObject({
      schema: 'https://resource.data.one.gov.hk/td/speedmap.xsd',
      datePublished: '2019-01-01',
    });
  });

  it('finds a package by its CKAN name too, and 404s in the CKAN way', async () => {
    const byName = await request(app).get('/api/3/action/package_show?id=datash-o2813839472026099');
    expect(byName.body.result.id).toBe('datash:O2813839472026099');
    const missing = await request(app).get('/api/3/action/package_show?id=nothing');
    expect(missing.status).toBe(404);
    expect(missing.body).toMatchObject({ success: false, error: { __type: 'Not Found Error' } });
    const noId = await request(app).get('/api/3/action/package_show');
    expect(noId.status).toBe(409);
  });

  it('answers POST with a JSON body the same as GET, as ckanapi and ckan.js send', async () => {
    const get = await request(app).get('/api/3/action/package_search?q=bus&rows=5');
    const post = await request(app).post('/api/3/action/package_search').send({ q: 'bus', rows: 5 });
    expect(post.status).toBe(200);
    expect(post.body.result).toEqual(get.body.result);
    const list = await request(app).post('/api/3/action/package_list').send({});
    expect(list.body.result).toContain('datagovhk-kmb-bus-eta');
  });

  it('package_search supports q, fq, rows, start and sort', async () => {
    const all = await request(app).get('/api/3/action/package_search?rows=1000&sort=title_string%20asc');
    expect(all.body.result.count).toBe(5);
    const paged = await request(app).get(
      '/api/3/action/package_search?rows=2&start=1&sort=title_string%20asc',
    );
    expect(paged.body.result.results.map((p: { id: string }) => p.id)).toEqual(
      all.body.result.results.slice(1, 3).map((p: { id: string }) => p.id),
    );
    const filtered = await request(app)
      .get('/api/3/action/package_search')
      .query({ fq: 'groups:mobility city:shanghai' });
    expect(filtered.body.result.results.map((p: { id: string }) => p.id)).toEqual([
      'datash:O2813839472026099',
    ]);
    for (const bad of ['rows=-1', 'sort=random', 'fq=secret:1']) {
      const response = await request(app).get(`/api/3/action/package_search?${bad}`);
      expect(response.status).toBe(409);
      expect(response.body.success).toBe(false);
    }
  });

  it('group_list lists the areas as groups', async () => {
    expect((await request(app).get('/api/3/action/group_list')).body.result).toEqual([
      'mobility',
      'living',
      'environment',
      'economy',
    ]);
    const full = await request(app).get('/api/3/action/group_list?all_fields=true');
    expect(full.body.result[0]).toMatchObject({
      name: 'mobility',
      title: 'Smart Mobility',
      package_count: 3,
    });
    expect((await request(app).get('/api/3/action/resource_show')).status).toBe(400);
  });
});

// DCAT-AP: server/dcat.test.ts
describe('Atom', () => {
  it('serves an Atom feed of recent changes per area', async () => {
    const response = await request(app).get('/feeds/recent.atom?area=mobility');
    expect(response.headers['content-type']).toMatch(/application\/atom\+xml/);
    expect(response.text.match(/<entry>/g)).toHaveLength(3);
    expect(response.text.indexOf('KMB')).toBeLessThan(response.text.indexOf('Traffic Speed'));
    expect((await request(app).get('/feeds/recent.atom?area=space')).status).toBe(400);
  });
});
