import { createHttpClient } from '../../http';
import { startReplayServer, type ReplayServer } from '../../replay/server';
import { loadSnapshot } from '../../replay/snapshot';
import { QUICK_HTTP } from '../../testing';
import { DATAGOVHK } from './config';
import { fetchCkan, type CkanPayload } from './source';

let replay: ReplayServer;
beforeAll(async () => {
  replay = await startReplayServer({ snapshot: loadSnapshot() });
});
afterAll(() => replay.close());

const context = () => ({
  http: createHttpClient(QUICK_HTTP),
  mode: 'full' as const,
  known: new Map(),
  now: new Date(),
});

describe('CKAN source', () => {
  it('pages package_search to the end of the index, in every language', async () => {
    const indexed = replay.snapshot.datagovhk.searchIndex;
    const outcome = await fetchCkan({ ...DATAGOVHK, baseUrl: replay.url, searchPageSize: 10 }, context());
    const searches = replay.requests.filter((request) => request.includes('package_search'));
    expect(searches).toHaveLength(3 * Math.ceil(indexed.size / 10));
    expect(searches).toContain(
      `GET /tc-data/api/3/action/package_search?rows=10&start=${10 * Math.floor((indexed.size - 1) / 10)}`,
    );
    expect(outcome.items).toHaveLength(277);
    const shown = new Set(
      replay.requests
        .filter((request) => request.includes('package_show'))
        .map((request) => decodeURIComponent(request.split('id=')[1]!)),
    );
    for (const name of indexed) expect(shown.has(name)).toBe(false);
    // every language of an indexed dataset is that language's record, not the primary one copied
    const [name] = [...indexed];
    const payload = outcome.items.find((item) => item.sourceId === name)!.payload as CkanPayload;
    expect(payload['zh-Hant']).toEqual(replay.snapshot.datagovhk.packages.get(name!)!.tc);
    expect(payload.en).toEqual(replay.snapshot.datagovhk.packages.get(name!)!.en);
  });
});
