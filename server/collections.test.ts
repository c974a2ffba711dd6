import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import { openCatalogue, type Catalogue } from '../catalog';
import { tempDbPath } from '../catalog/testing';
import { testApp } from './testing';

let catalogue: Catalogue;
let app: ReturnType<typeof testApp>['app'];
let token: string;
beforeAll(() => {
  ({ catalogue, app } = testApp());
  token = catalogue.curation.addCurator('ada', '2026-11-01T00:00:00Z');
});
afterAll(() => catalogue.close());

const collection = {
  id: 'cross-city-buses',
  title: { en: 'Buses in both cities', 'zh-Hant': '兩地巴士' },
  description: 'Bus data for HSODC teams',
  area: 'mobility',
  items: [
    { datasetId: 'datash:O2813839472026099', note: 'Shanghai routes', position: 2 },
    { datasetId: 'datagovhk:kmb-bus-eta', note: 'KMB arrivals', position: 1 },
  ],
};
const auth = () => ({ Authorization: `Bearer ${token}` });

describe('curation', () => {
  it('refuses writes without a token (401) and with a wrong one (403)', async () => {
    const none = await request(app).post('/api/collections').send(collection);
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/Bearer/);
    const wrong = await request(app)
      .post('/api/collections')
      .set('Authorization', 'Bearer not-a-token')
      .send(collection);
    expect(wrong.status).toBe(403);
    expect(
      (
        await request(app)
          .post('/api/datasets/datagovhk:kmb-bus-eta/areas')
          .send({ area: 'living', effect: 'add' })
      ).status,
    ).toBe(401);
  });

  it('creates, reads with an ETag, and edits only with a current If-Match', async () => {
    const created = await request(app).post('/api/collections').set(auth()).send(collection);
    expect(created.status).toBe(201);
    expect(created.headers.etag).toBe('"v1"');
    expect(created.body.items.map((item: { datasetId: string }) => item.datasetId)).toEqual([
      'datagovhk:kmb-bus-eta',
      'datash:O2813839472026099',
    ]);
    expect((await request(app).post('/api/collections').set(auth()).send(collection)).status).toBe(409);

    const read = await request(app).get('/api/collections/cross-city-buses');
    expect(read.headers.etag).toBe('"v1"');
    const edited = { ...collection, description: 'Updated' };
    expect(
      (await request(app).put('/api/collections/cross-city-buses').set(auth()).send(edited)).status,
    ).toBe(428);
    const ok = await request(app)
      .put('/api/collections/cross-city-buses')
      .set(auth())
      .set('If-Match', '"v1"')
      .send(edited);
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe('"v2"');
    const stale = await request(app)
      .put('/api/collections/cross-city-buses')
      .set(auth())
      .set('If-Match', '"v1"')
      .send({ ...edited, description: 'Lost update' });
    expect(stale.status).toBe(412);
    expect(stale.body.error.code).toBe('precondition_failed');
    expect((await request(app).get('/api/collections/cross-city-buses')).body.description).toBe('Updated');
  });

  it('validates bodies and refuses unknown datasets', async () => {
    const bad = await request(app)
      .post('/api/collections')
      .set(auth())
      .send({ ...collection, id: 'x y', title: {} });
    expect(bad.status).toBe(400);
    const unknown = await request(app)
      .post('/api/collections')
      .set(auth())
      .send({ ...collection, id: 'ghosts', items: [{ datasetId: 'datagovhk:ghost' }] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.message).toMatch(/datagovhk:ghost/);
  });

  it('exports a collection as CSV, JSON and Markdown', async () => {
    const csv = await request(app).get('/api/collections/cross-city-buses/export?format=csv');
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    expect(csv.text).toContain('datagovhk:kmb-bus-eta');
    const markdown = await request(app).get('/api/collections/cross-city-buses/export?format=md');
    expect(markdown.text).toMatch(/^# Buses in both cities/);
    expect(markdown.text).toContain(
      '| 1 | [Real-time Arrival Data of KMB Buses](https://data.gov.hk/en-data/dataset/kmb-bus-eta) | hong-kong | mobility | KMB arrivals |',
    );
    const json = await request(app).get('/api/collections/cross-city-buses/export?format=json');
    expect(JSON.parse(json.text).items[1]).toMatchObject({
      datasetId: 'datash:O2813839472026099',
      title: '上海市公交线路信息',
    });
    expect((await request(app).get('/api/collections/cross-city-buses/export?format=pdf')).status).toBe(400);
  });

  it("lets curators change a dataset's areas, and audits every change", async () => {
    const response = await request(app)
      .post('/api/datasets/datagovhk:kmb-bus-eta/areas')
      .set(auth())
      .send({ area: 'living', effect: 'add', note: 'commuters' });
    expect(response.status).toBe(200);
    expect(response.body.areas.sort()).toEqual(['living', 'mobility']);
    expect(
      (
        await request(app)
          .post('/api/datasets/datagovhk:nope/areas')
          .set(auth())
          .send({ area: 'living', effect: 'add' })
      ).status,
    ).toBe(404);
    const audit = await request(app).get('/api/audit');
    expect(
      audit.body.items.map(
        (entry: { action: string; curator: string }) => `${entry.curator} ${entry.action}`,
      ),
    ).toEqual(['ada area.add', 'ada collection.update', 'ada collection.create']);
    expect(audit.body.items[1].before.description).toBe('Bus data for HSODC teams');
    expect((await request(app).get('/api/audit?who=ada')).status).toBe(400);
    expect((await request(app).get(`/api/audit?target=${'x'.repeat(400)}`)).status).toBe(400);
  });

  it('deletes with If-Match', async () => {
    expect((await request(app).delete('/api/collections/cross-city-buses').set(auth())).status).toBe(428);
    expect(
      (await request(app).delete('/api/collections/cross-city-buses').set(auth()).set('If-Match', '"v2"'))
        .status,
    ).toBe(204);
    expect((await request(app).get('/api/collections/cross-city-buses')).status).toBe(404);
  });
});

describe('npm run curator', () => {
  it('adds a curator and prints a token that is stored only as a hash', () => {
    const db = tempDbPath();
    const output = spawnSync(
      join(__dirname, '../node_modules/.bin/tsx'),
      [join(__dirname, '../scripts/curator.ts'), 'add', 'grace'],
      {
        encoding: 'utf8',
        env: { ...process.env, ATLAS_DB: db },
      },
    );
    const printed = /atlas_[\w-]+/.exec(output.stdout)?.[0];
    expect(printed).toBeDefined();
    const check = openCatalogue(db);
    expect(check.curation.curatorForToken(printed!)).toBe('grace');
    expect(JSON.stringify(check.db.prepare('SELECT * FROM curators').all())).not.toContain(printed!);
    check.close();
    const usage = spawnSync(
      join(__dirname, '../node_modules/.bin/tsx'),
      [join(__dirname, '../scripts/curator.ts'), 'promote'],
      { encoding: 'utf8', env: { ...process.env, ATLAS_DB: db } },
    );
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/usage/);
  });
});
