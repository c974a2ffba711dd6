/** /related and /twins over the fixture catalogue, harvested from the offline snapshot by the real harvester. */
import request from 'supertest';
import type { Express } from 'express';
import { refreshCounterparts, type Catalogue } from '../catalog';
import { harvestRig, retitle, type HarvestRig } from '../harvester/testing';
import { createContractCheckedApp, testConfig } from './testing';

let rig: HarvestRig;
let catalogue: Catalogue;
let app: Express;
let ids: string[];

beforeAll(async () => {
  rig = await harvestRig();
  const results = await rig.run();
  expect(results.every((result) => result.status === 'succeeded')).toBe(true);
  catalogue = rig.open();
  // Every response is checked against the API contract (catalog-schema/api) as well.
  app = createContractCheckedApp(catalogue, testConfig());
  ids = catalogue.db
    .prepare<[], { id: string }>('SELECT id FROM datasets ORDER BY id')
    .all()
    .map((row) => row.id);
}, 120_000);
afterAll(async () => {
  catalogue?.close();
  await rig?.close();
});

describe('GET /api/datasets/{id}/related', () => {
  it('answers 200 for every record of the fixture catalogue, from the stored counterparts', async () => {
    expect(ids.length).toBeGreaterThan(500);
    const failures: string[] = [];
    for (const id of ids) {
      const response = await request(app).get(`/api/datasets/${encodeURIComponent(id)}/related`);
      if (response.status !== 200 || !Array.isArray(response.body.items))
        failures.push(`${id}: ${response.status}`);
      else if (response.body.empty?.code === 'not_computed') failures.push(`${id}: not computed`);
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('lists the other city first, each item with a compact dataset, a score and typed reasons', async () => {
    const response = await request(app).get('/api/datasets/datash:O2813838352026047/related?limit=5');
    expect(response.status).toBe(200);
    const { items } = response.body;
    expect(items).toHaveLength(5);
    expect(items[0].dataset.city).toBe('hong-kong');
    expect(items[0].dataset).not.toHaveProperty('resources');
    expect(items[0].reasons).toContainEqual({
      kind: 'concept',
      concept: 'sports',
      label: { en: 'sports', 'zh-Hant': '體育', 'zh-Hans': '体育' },
    });
    for (const item of items) {
      expect(item.score).toBeGreaterThan(0);
      expect(item.score).toBeLessThanOrEqual(1);
    }
  });

  it('filters by city', async () => {
    const response = await request(app).get(
      '/api/datasets/datagovhk:ctb-eta-transport-realtime-eta/related?city=hong-kong&limit=20',
    );
    expect(response.body.items.length).toBeGreaterThan(0);
    expect(
      response.body.items.every((item: { dataset: { city: string } }) => item.dataset.city === 'hong-kong'),
    ).toBe(true);
  });

  it('shows the DATA.GOV.HK and CSDI copies of a dataset as one group', async () => {
    const linked = catalogue.db
      .prepare<[], { id: string; other: string }>(
        `SELECT datasets.id AS id, json_extract(link.value, '$.id') AS other FROM datasets, json_each(datasets.record, '$.links') AS link
         WHERE json_extract(link.value, '$.rel') = 'sameAs' LIMIT 1`,
      )
      .get()!;
    const response = await request(app).get(
      `/api/datasets/${encodeURIComponent(linked.id)}/related?limit=20`,
    );
    const listed = response.body.items.flatMap((item: { dataset: { id: string }; members: string[] }) => [
      item.dataset.id,
      ...item.members,
    ]);
    expect(listed.filter((id: string) => id === linked.other)).toHaveLength(1);
    const copy = response.body.items.find(
      (item: { dataset: { id: string } }) => item.dataset.id === linked.other,
    );
    expect(copy.reasons[0]).toMatchObject({ kind: 'sameAs' });
  });

  it('refuses an unknown id with 404 and a message, and bad parameters with 400', async () => {
    const missing = await request(app).get('/api/datasets/datash:nope/related');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toEqual({ code: 'not_found', message: 'dataset datash:nope does not exist' });
    for (const query of ['limit=0', 'limit=1000', 'city=mars', 'q=bus', 'limit=2&limit=3']) {
      const response = await request(app).get(
        `/api/datasets/datagovhk:ctb-eta-transport-realtime-eta/related?${query}`,
      );
      expect([query, response.status]).toEqual([query, 400]);
      expect(response.body.error.code).toMatch(/invalid_parameter|unknown_parameter/);
    }
  });
});

describe('GET /api/twins', () => {
  it('lists Hong Kong ⇄ Shanghai pairs, strongest first', async () => {
    const response = await request(app).get('/api/twins?limit=10');
    expect(response.status).toBe(200);
    const { items } = response.body;
    expect(items.length).toBe(10);
    for (const pair of items) {
      expect(pair.hongKong.city).toBe('hong-kong');
      expect(pair.shanghai.city).toBe('shanghai');
    }
    const scores = items.map((pair: { score: number }) => pair.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('keeps the pairs of an area: both sides have it', async () => {
    const response = await request(app).get('/api/twins?area=environment&limit=5');
    expect(response.body.items.length).toBeGreaterThan(0);
    for (const pair of response.body.items) {
      expect(pair.hongKong.areas).toContain('environment');
      expect(pair.shanghai.areas).toContain('environment');
    }
  });

  it('finds pairs on a topic asked in any script', async () => {
    for (const q of ['sports', '體育', '体育']) {
      const response = await request(app).get(`/api/twins?q=${encodeURIComponent(q)}&limit=3`);
      expect(response.status).toBe(200);
      expect(response.body.items.length).toBeGreaterThan(0);
      for (const pair of response.body.items) {
        expect(pair.reasons).toContainEqual(expect.objectContaining({ kind: 'concept', concept: 'sports' }));
      }
    }
  });

  it('answers an empty list for a topic nothing names, and 400 for bad input', async () => {
    expect((await request(app).get('/api/twins?q=%21%21%21')).body).toEqual({ items: [] });
    expect((await request(app).get(`/api/twins?q=${'a'.repeat(201)}`)).status).toBe(400);
    expect((await request(app).get('/api/twins?area=space')).status).toBe(400);
    expect((await request(app).get('/api/twins?limit=51')).status).toBe(400);
  });
});

describe('computed at harvest time', () => {
  it('recomputes only when the catalogue changed', async () => {
    expect(refreshCounterparts(catalogue.db, catalogue.store).recomputed).toBe(false);
    const before = catalogue.counterparts.storedFingerprint();
    await rig.run({ sources: ['datagovhk'] });
    expect(catalogue.counterparts.storedFingerprint()).toBe(before);
    retitle(rig, 'ctb-eta-transport-realtime-eta', 'route stops');
    await rig.run({ sources: ['datagovhk'] });
    expect(catalogue.counterparts.storedFingerprint()).not.toBe(before);
  }, 120_000);
});
