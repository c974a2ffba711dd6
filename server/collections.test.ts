import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import Papa from 'papaparse';
import request from 'supertest';
import { openCatalogue, type Catalogue } from '../catalog';
import { makeRecord, tempDbPath } from '../catalog/testing';
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
    const audit = await request(app).get('/api/audit').set(auth());
    const changes = audit.body.items.filter((entry: { action: string }) => entry.action !== 'refused');
    expect(
      changes.map((entry: { action: string; curator: string }) => `${entry.curator} ${entry.action}`),
    ).toEqual(['ada area.add', 'ada collection.update', 'ada collection.create']);
    expect(changes[1].before.description).toBe('Bus data for HSODC teams');
    expect((await request(app).get('/api/audit?who=ada').set(auth())).status).toBe(400);
    expect(
      (
        await request(app)
          .get(`/api/audit?target=${'x'.repeat(400)}`)
          .set(auth())
      ).status,
    ).toBe(400);
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

describe('the audit log', () => {
  it('needs a curator token to read (401 without, 403 with a wrong one) and is never cached', async () => {
    const none = await request(app).get('/api/audit');
    expect(none.status).toBe(401);
    expect(none.headers['www-authenticate']).toMatch(/Bearer/);
    expect((await request(app).get('/api/audit').set('Authorization', 'Bearer guess')).status).toBe(403);
    const read = await request(app).get('/api/audit').set(auth());
    expect(read.status).toBe(200);
    expect(read.headers['cache-control']).toBe('no-store');
  });

  it('records refused attempts: 401, 403, 428 and 412, with who and what, never the token', async () => {
    const created = await request(app)
      .post('/api/collections')
      .set(auth())
      .send({ ...collection, id: 'audited' });
    expect(created.status).toBe(201);
    const attempts = [
      await request(app).delete('/api/collections/audited'),
      await request(app).delete('/api/collections/audited').set('Authorization', 'Bearer stolen-guess'),
      await request(app).delete('/api/collections/audited').set(auth()),
      await request(app).delete('/api/collections/audited').set(auth()).set('If-Match', '"v9"'),
      await request(app).delete('/api/collections/audited').set(auth()).set('If-Match', 'garbage'),
    ];
    expect(attempts.map((attempt) => attempt.status)).toEqual([401, 403, 428, 412, 412]);
    const audit = await request(app)
      .get(`/api/audit?target=${encodeURIComponent('DELETE /api/collections/audited')}`)
      .set(auth());
    const refusals = audit.body.items.map(
      (entry: { curator: string; action: string; after: { status: number; code: string } }) => [
        entry.action,
        entry.curator.replace(/sha256:[0-9a-f]{12}$/, 'sha256:…'),
        entry.after.status,
        entry.after.code,
      ],
    );
    expect(refusals).toEqual([
      ['refused', 'ada', 412, 'precondition_failed'],
      ['refused', 'ada', 412, 'precondition_failed'],
      ['refused', 'ada', 428, 'precondition_required'],
      ['refused', 'unknown token sha256:…', 403, 'forbidden'],
      ['refused', '(no token)', 401, 'unauthorized'],
    ]);
    expect(JSON.stringify(audit.body)).not.toContain('stolen-guess');
    expect((await request(app).get('/api/collections/audited')).status).toBe(200);
  });
});

describe('exports of hostile text', () => {
  let hostileApp: ReturnType<typeof testApp>['app'];
  let hostileCatalogue: Catalogue;
  beforeAll(async () => {
    ({ catalogue: hostileCatalogue, app: hostileApp } = testApp({}, [
      makeRecord({
        sourceId: 'script',
        title: { en: '<script>alert(1)</script>' },
        landingPage: 'javascript:alert(document.cookie)',
      }),
      makeRecord({ sourceId: 'svg', title: { en: '<svg onload=alert(1)>](javascript:alert(2))' } }),
      makeRecord({ sourceId: 'formula', title: { en: '=HYPERLINK("http://evil.example","click")' } }),
    ]));
    const curator = hostileCatalogue.curation.addCurator('eve', '2026-11-01T00:00:00Z');
    const created = await request(hostileApp)
      .post('/api/collections')
      .set('Authorization', `Bearer ${curator}`)
      .send({
        id: 'hostile',
        title: { en: '<img src=x onerror=alert(1)>' },
        description: '[click](javascript:alert(3))\n# <b>injected</b>',
        items: [
          { datasetId: 'datagovhk:script', note: '@SUM(1+1)*cmd|" /C calc"!A0' },
          { datasetId: 'datagovhk:svg', note: '+1 | injected cell' },
          { datasetId: 'datagovhk:formula', note: '\t=1+2' },
        ],
      });
    expect(created.status).toBe(201);
  });
  afterAll(() => hostileCatalogue.close());

  it('Markdown: escapes HTML and leaves non-http links unclickable', async () => {
    const markdown = (await request(hostileApp).get('/api/collections/hostile/export?format=md')).text;
    expect(markdown).not.toMatch(/<script|<svg|<img|<b>/);
    // the links a Markdown reader would make: an unescaped [label](target), label escapes allowed
    const targets = [...markdown.matchAll(/(?<!\\)\[(?:\\.|[^\]\\])*\]\(([^)]*)\)/g)].map(
      (match) => match[1],
    );
    expect(targets).toEqual([
      'https://data.gov.hk/en-data/dataset/svg',
      'https://data.gov.hk/en-data/dataset/formula',
    ]);
    expect(markdown).toContain('&lt;script&gt;alert(1)&lt;/script&gt; (javascript:alert(document.cookie))');
    expect(markdown.split('\n').filter((line) => line.startsWith('#'))).toHaveLength(1);
    // every table row keeps its five cells: a `|` in a note cannot add one
    const rows = markdown.split('\n').filter((line) => /^\| \d/.test(line));
    expect(rows.map((row) => row.split(/(?<!\\)\|/).length)).toEqual([7, 7, 7]);
  });

  it('CSV: prefixes cells that would start a formula with a quote', async () => {
    const csv = (await request(hostileApp).get('/api/collections/hostile/export?format=csv')).text;
    const rows = Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ''), { header: true }).data;
    expect(rows.map((row) => row.note)).toEqual([
      `'@SUM(1+1)*cmd|" /C calc"!A0`,
      "'+1 | injected cell",
      "'\t=1+2",
    ]);
    expect(rows[2]!.title).toBe(`'=HYPERLINK("http://evil.example","click")`);
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
