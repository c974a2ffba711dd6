/**
 * The fault matrix: each injected fault on each source's listing route. The run finishes the other
 * sources, the report names the failure, the file passes integrity_check and the failing source's last
 * good records are still there, unchanged.
 */
import type { Fault } from './replay/server';
import { harvestRig, recordsOf, retitle, SMALL_EXPORT, type HarvestRig } from './testing';

const LISTING_ROUTES: Record<string, RegExp> = {
  datagovhk: /package_list/,
  csdi: /\/geoportal\/rest\/metadata\/search/,
  datash: new RegExp(SMALL_EXPORT.replace(/\./g, '\\.')),
};

const FAILING_FAULTS: [string, Fault, RegExp][] = [
  ['500', { kind: 'status', status: 500 }, /http_status|500/],
  ['429 with Retry-After', { kind: 'rate-limit', retryAfterSeconds: 0 }, /429/],
  ['a timeout', { kind: 'timeout' }, /timeout|did not answer/],
  ['a reset connection', { kind: 'reset' }, /network|ECONNRESET|socket hang up/],
  ['malformed JSON', { kind: 'malformed-json' }, /malformed JSON|not the catalogue export/],
  ['HTML with 200', { kind: 'html-200' }, /HTML|not the catalogue export/],
];

let rig: HarvestRig;
beforeAll(async () => {
  rig = await harvestRig();
  await rig.run();
});
afterAll(() => rig.close());
afterEach(() => rig.replay.setFaults([]));

describe.each(Object.keys(LISTING_ROUTES))('%s', (source) => {
  it.each(FAILING_FAULTS)('survives %s on its listing', async (_name, fault, reason) => {
    const before = recordsOf(rig, source);
    retitle(rig, 'aahk-team1-flight-info', `x${Math.random()}`);
    rig.replay.snapshot.csdi.items.delete([...rig.replay.snapshot.csdi.items.keys()][0]!);
    rig.replay.setFaults([{ match: LISTING_ROUTES[source]!, fault }]);

    const results = await rig.run();
    const failed = results.find((result) => result.source === source)!;
    expect(failed.status).toBe('failed');
    expect(`${failed.error!.code} ${failed.error!.message}`).toMatch(reason);
    for (const other of results.filter((result) => result.source !== source))
      expect(other.status).toBe('succeeded');

    expect(recordsOf(rig, source)).toEqual(before);
    const catalogue = rig.open();
    expect(catalogue.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(catalogue.store.listRuns(source, 1)[0]).toMatchObject({
      status: 'failed',
      result: { error: failed.error },
    });
    catalogue.close();
  });

  it('succeeds through added latency', async () => {
    rig.replay.setFaults([{ match: LISTING_ROUTES[source]!, fault: { kind: 'latency', ms: 150 } }]);
    const results = await rig.run({ sources: [source as never] });
    expect(results[0]!.status).toBe('succeeded');
  });
});

describe('faults on single datasets', () => {
  it('a few failing datasets are reported and keep their previous version; the rest is written', async () => {
    const name = 'amigo-tis_41-taxi-fleet-information-amigo';
    const before = rig.open();
    const previous = before.store.getDataset(`datagovhk:${name}`)!.record;
    before.close();
    retitle(rig, name, 'changed');
    retitle(rig, 'aahk-team1-flight-info', 'also changed');
    rig.replay.setFaults([
      {
        match: new RegExp(`tc-data/api/3/action/package_show\\?id=${name}$`),
        fault: { kind: 'status', status: 503 },
      },
    ]);
    const [result] = await rig.run({ sources: ['datagovhk'] });
    expect(result).toMatchObject({ status: 'succeeded', updated: 1, failedRequests: 2 });
    expect(result!.failures).toContainEqual(expect.objectContaining({ code: 'http_status', sourceId: name }));
    const after = rig.open();
    expect(after.store.getDataset(`datagovhk:${name}`)!.record).toEqual(previous);
    expect(after.store.getDataset(`datagovhk:${name}`)!.status.missingSince).toBeNull();
    after.close();
  });

  it('too many failing datasets fail the source and write nothing', async () => {
    const before = recordsOf(rig, 'csdi');
    for (const item of rig.replay.snapshot.csdi.items.values())
      (item._source as Record<string, unknown>).title = 'Renamed';
    rig.replay.setFaults([
      {
        match: /\/geoportal\/rest\/metadata\/item\/(lcsd|censtatd|hko)_/,
        fault: { kind: 'status', status: 500 },
      },
    ]);
    const [result] = await rig.run({ sources: ['csdi'] });
    expect(result).toMatchObject({ status: 'failed', error: { code: 'too_many_failures' } });
    expect(recordsOf(rig, 'csdi')).toEqual(before);
  });
});
