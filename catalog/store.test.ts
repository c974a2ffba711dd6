import { openCatalogue, type Catalogue } from './index';
import { makeRecord, tempDbPath } from './testing';

let catalogue: Catalogue;
beforeEach(() => {
  catalogue = openCatalogue(tempDbPath());
});
afterEach(() => catalogue.close());

const NOW = '2026-11-01T00:00:00.000Z';
const LATER = '2026-11-02T00:00:00.000Z';

describe('upsertRecords', () => {
  it('counts created, then unchanged, then updated by content hash', () => {
    const a = makeRecord({ sourceId: 'a' });
    const b = makeRecord({ sourceId: 'b' });
    expect(catalogue.store.upsertRecords([a, b], NOW)).toEqual({ created: 2, updated: 0, unchanged: 0 });
    expect(catalogue.store.upsertRecords([a, b], LATER)).toEqual({ created: 0, updated: 0, unchanged: 2 });
    const changed = { ...b, title: { en: 'New title' } };
    expect(catalogue.store.upsertRecords([a, changed], LATER)).toEqual({
      created: 0,
      updated: 1,
      unchanged: 1,
    });
    const stored = catalogue.store.getDataset(b.id)!;
    expect(stored.record.title).toEqual({ en: 'New title' });
    expect(stored.status).toMatchObject({ firstSeen: NOW, lastChanged: LATER, lastSeen: LATER });
  });

  it('sees a record rebuilt by the transform from the same data as unchanged', () => {
    const record = makeRecord({ sourceId: 'a', title: { en: 'T', 'zh-Hant': '題' } });
    catalogue.store.upsertRecords([record], NOW);
    const rebuilt = JSON.parse(JSON.stringify(record));
    expect(catalogue.store.upsertRecords([rebuilt], LATER).unchanged).toBe(1);
    expect(catalogue.store.upsertRecords([{ ...rebuilt, keywords: ['new'] }], LATER).updated).toBe(1);
  });

  it('rolls the whole batch back when one write fails, leaving the previous rows', () => {
    catalogue.store.upsertRecords([makeRecord({ sourceId: 'a' })], NOW);
    const broken = makeRecord({ sourceId: 'b' }) as unknown as { publisher: unknown };
    broken.publisher = { id: null, name: {} };
    expect(() =>
      catalogue.store.upsertRecords(
        [makeRecord({ sourceId: 'a', title: { en: 'changed' } }), broken as never],
        LATER,
      ),
    ).toThrow();
    expect(catalogue.store.getDataset('datagovhk:a')!.record.title).toEqual({ en: 'Dataset a' });
    expect(catalogue.store.getDataset('datagovhk:b')).toBeUndefined();
  });
});

describe('quarantine', () => {
  it('keeps the raw payload and every reason, and releases the record once it is valid again', () => {
    const raw = { name: 'bad-one', title: '' };
    const errors = [
      { path: '/title', message: 'must NOT have fewer than 1 properties' },
      { path: '/landingPage', message: 'is required' },
    ];
    catalogue.store.quarantine({ source: 'datagovhk', sourceId: 'bad-one', raw, errors, runId: 7 }, NOW);
    expect(catalogue.store.listQuarantine('datagovhk')).toEqual([
      { source: 'datagovhk', sourceId: 'bad-one', raw, errors, runId: 7, quarantinedAt: NOW },
    ]);
    expect(catalogue.store.getDataset('datagovhk:bad-one')).toBeUndefined();
    catalogue.store.upsertRecords([makeRecord({ sourceId: 'bad-one' })], LATER);
    expect(catalogue.store.listQuarantine()).toEqual([]);
  });
});

describe('curator area overrides', () => {
  it('apply at once and survive a re-harvest that changes the record', () => {
    const record = makeRecord({ sourceId: 'metro-flow', areas: ['living'] });
    catalogue.store.upsertRecords([record], NOW);
    catalogue.store.setAreaOverride({
      datasetId: record.id,
      area: 'mobility',
      effect: 'add',
      curator: 'ada',
      note: 'metro passenger flows',
      createdAt: NOW,
    });
    catalogue.store.setAreaOverride({
      datasetId: record.id,
      area: 'living',
      effect: 'remove',
      curator: 'ada',
      note: '',
      createdAt: NOW,
    });
    expect(catalogue.store.getDataset(record.id)!.record.areas).toEqual(['mobility']);

    catalogue.store.upsertRecords(
      [{ ...record, title: { en: 'Renamed' }, areas: ['living', 'economy'] }],
      LATER,
    );
    const stored = catalogue.store.getDataset(record.id)!.record;
    expect(stored.areas.sort()).toEqual(['economy', 'mobility']);
    expect(stored.areaReasons).toEqual(
      expect.arrayContaining([{ area: 'mobility', effect: 'add', rule: 'curator:ada' }]),
    );
    expect(catalogue.search.search({ area: ['mobility'] }).total).toBe(1);
    expect(catalogue.search.search({ area: ['living'] }).total).toBe(0);

    expect(catalogue.store.clearAreaOverride(record.id, 'living')).toBe(true);
    expect(catalogue.store.getDataset(record.id)!.record.areas.sort()).toEqual([
      'economy',
      'living',
      'mobility',
    ]);
  });
});

describe('withdrawals', () => {
  it('marks a dataset missing from a complete listing, withdraws it after the grace period, restores it when back', () => {
    const a = makeRecord({ sourceId: 'a' });
    const b = makeRecord({ sourceId: 'b' });
    catalogue.store.upsertRecords([a, b], NOW);
    expect(catalogue.store.markMissing('datagovhk', new Set(['a']), NOW, 7)).toEqual({
      missing: 1,
      withdrawn: 0,
    });
    expect(catalogue.search.search({}).total).toBe(2);
    expect(catalogue.store.markMissing('datagovhk', new Set(['a']), '2026-11-05T00:00:00Z', 7)).toEqual({
      missing: 1,
      withdrawn: 0,
    });
    expect(catalogue.store.markMissing('datagovhk', new Set(['a']), '2026-11-08T00:00:00Z', 7)).toEqual({
      missing: 0,
      withdrawn: 1,
    });
    expect(catalogue.search.search({}).items.map((item) => item.id)).toEqual([a.id]);
    expect(catalogue.store.getDataset(b.id)!.status.withdrawnAt).toBe('2026-11-08T00:00:00Z');

    expect(catalogue.store.upsertRecords([b], '2026-11-09T00:00:00Z').updated).toBe(1);
    expect(catalogue.search.search({}).total).toBe(2);
  });

  it('leaves other sources alone', () => {
    catalogue.store.upsertRecords(
      [makeRecord({ sourceId: 'a' }), makeRecord({ source: 'csdi', sourceId: 'c' })],
      NOW,
    );
    expect(catalogue.store.markMissing('csdi', new Set(['c']), NOW, 7)).toEqual({ missing: 0, withdrawn: 0 });
  });
});

describe('harvest runs', () => {
  it('records a run and its result', () => {
    const id = catalogue.store.startRun('csdi', 'full', NOW);
    catalogue.store.finishRun(id, 'succeeded', { created: 3 }, LATER);
    expect(catalogue.store.listRuns('csdi')).toEqual([
      {
        id,
        source: 'csdi',
        mode: 'full',
        status: 'succeeded',
        startedAt: NOW,
        finishedAt: LATER,
        result: { created: 3 },
      },
    ]);
  });
});
