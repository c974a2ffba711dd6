import { harvestRig, recordsOf, retitle, SMALL_EXPORT, type HarvestRig } from './testing';

let rig: HarvestRig;
beforeEach(async () => {
  rig = await harvestRig();
});
afterEach(() => rig.close());

const bySource = (results: Awaited<ReturnType<HarvestRig['run']>>) =>
  Object.fromEntries(results.map((result) => [result.source, result]));

describe('harvest over HTTP from the replayed portals', () => {
  it('harvests all three sources into the catalogue, then finds nothing changed', async () => {
    const first = bySource(await rig.run());
    expect(first.datagovhk).toMatchObject({ status: 'succeeded', created: 277, quarantined: 0 });
    // the id package_list names but package_show answers with HTML and 200
    expect(first.datagovhk!.failures).toEqual([
      expect.objectContaining({ code: 'bad_content_type', sourceId: 'hk-td-withdrawn-before-recording' }),
    ]);
    expect(first.csdi).toMatchObject({ status: 'succeeded', created: 75, failedRequests: 0 });
    expect(first.datash).toMatchObject({ status: 'succeeded', created: 250 });
    // one package_search page per language brings the indexed datasets; package_show × 3 languages for
    // each of the others; the unknown id stops at its first language
    const indexed = rig.replay.snapshot.datagovhk.searchIndex.size;
    expect(indexed).toBeGreaterThan(40);
    expect(rig.replay.requests.filter((request) => request.includes('package_search'))).toHaveLength(3);
    expect(rig.replay.requests.filter((request) => request.includes('package_show'))).toHaveLength(
      (277 - indexed) * 3 + 1,
    );

    const second = bySource(await rig.run());
    expect(second.datagovhk).toMatchObject({ created: 0, updated: 0, unchanged: 277 });
    expect(second.csdi).toMatchObject({ unchanged: 75 });
    expect(second.datash).toMatchObject({ unchanged: 250 });

    const catalogue = rig.open();
    expect(catalogue.search.search({}).total).toBe(277 + 75 + 250);
    expect(catalogue.search.search({ q: 'sports centres', source: ['csdi'] }).items[0]?.sourceId).toBe(
      'lcsd_rcd_1629267205215_31341',
    );
    expect(catalogue.store.listRuns().filter((run) => run.status === 'succeeded')).toHaveLength(6);
    catalogue.close();
  });

  it('builds the same records from package_search pages as from package_show', async () => {
    await rig.run({ sources: ['datagovhk'] });
    const showOnly = await harvestRig();
    try {
      showOnly.replay.snapshot.datagovhk.searchIndex = new Set();
      await showOnly.run({ sources: ['datagovhk'] });
      expect(showOnly.replay.requests.filter((request) => request.includes('package_show'))).toHaveLength(
        277 * 3 + 1,
      );
      expect(recordsOf(rig, 'datagovhk')).toEqual(recordsOf(showOnly, 'datagovhk'));
    } finally {
      await showOnly.close();
    }
  });

  it.each([
    ['a 500', { kind: 'status', status: 500 }, 'http_status'],
    ['an HTML page with 200', { kind: 'html-200' }, 'bad_content_type'],
    ['malformed JSON', { kind: 'malformed-json' }, 'bad_json'],
  ] as const)(
    'falls back to package_show when package_search answers %s, and reports it',
    async (_name, fault, code) => {
      rig.replay.setFaults([{ match: /package_search/, fault }]);
      const [result] = await rig.run({ sources: ['datagovhk'] });
      expect(result).toMatchObject({ status: 'succeeded', created: 277 });
      expect(result!.failures).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            code,
            message: expect.stringMatching(/reading those datasets with package_show instead/),
          }),
        ]),
      );
      expect(rig.replay.requests.filter((request) => request.includes('package_show'))).toHaveLength(
        277 * 3 + 1,
      );
    },
  );

  it('counts an edited dataset as updated', async () => {
    await rig.run({ sources: ['datagovhk'] });
    retitle(rig, 'aahk-team1-flight-info', '(revised)');
    const [result] = await rig.run({ sources: ['datagovhk'] });
    expect(result).toMatchObject({ updated: 1, unchanged: 276 });
    const catalogue = rig.open();
    expect(catalogue.store.getDataset('datagovhk:aahk-team1-flight-info')!.record.title['zh-Hant']).toBe(
      '航班資料 (revised)',
    );
    catalogue.close();
  });

  it('marks a dataset gone from the listing missing, withdraws it after the grace period, never deletes it', async () => {
    await rig.run({ sources: ['csdi'] });
    rig.replay.snapshot.csdi.items.delete('lcsd_rcd_1629267205215_31341');
    const [missing] = await rig.run({ sources: ['csdi'], graceDays: 7 });
    expect(missing).toMatchObject({ missing: 1, withdrawn: 0, unchanged: 74 });
    const [withdrawn] = await rig.run({ sources: ['csdi'], graceDays: 0 });
    expect(withdrawn).toMatchObject({ withdrawn: 1 });
    const catalogue = rig.open();
    expect(catalogue.search.search({ source: ['csdi'] }).total).toBe(74);
    expect(
      catalogue.store.getDataset('csdi:lcsd_rcd_1629267205215_31341')!.status.withdrawnAt,
    ).not.toBeNull();
    catalogue.close();
  });

  it("runs incrementally from DATA.GOV.HK's change feed: only changed and new datasets are fetched", async () => {
    await rig.run({ sources: ['datagovhk'] });
    retitle(rig, 'hk-hyd-plis-lamppostdata', '2026');
    rig.replay.snapshot.datagovhk.changeFeed.push({
      name: 'hk-hyd-plis-lamppostdata',
      title: 'Lamp Post Location Data',
      pubDate: new Date(),
    });
    rig.replay.requests.length = 0;
    const [result] = await rig.run({ sources: ['datagovhk'], mode: 'incremental' });
    expect(result).toMatchObject({
      status: 'succeeded',
      mode: 'incremental',
      updated: 1,
      skippedUnchanged: 276,
    });
    expect(rig.replay.requests.filter((request) => request.includes('package_show')).sort()).toEqual([
      'GET /en-data/api/3/action/package_show?id=hk-hyd-plis-lamppostdata',
      'GET /en-data/api/3/action/package_show?id=hk-td-withdrawn-before-recording',
      'GET /sc-data/api/3/action/package_show?id=hk-hyd-plis-lamppostdata',
      'GET /tc-data/api/3/action/package_show?id=hk-hyd-plis-lamppostdata',
    ]);
  });

  it("runs CSDI incrementally by each record's updated date", async () => {
    await rig.run({ sources: ['csdi'] });
    const item = rig.replay.snapshot.csdi.items.get('td_rcd_1638844988873_41214')! as {
      _source: Record<string, unknown>;
    };
    item._source.title = 'Cycle Tracks (2026)';
    item._source.sys_modified_dt = new Date().toISOString();
    const [result] = await rig.run({ sources: ['csdi'], mode: 'incremental' });
    expect(result).toMatchObject({ updated: 1, skippedUnchanged: 74, requests: 3 });
  });

  it('runs the Shanghai export incrementally: the same file is not read again, a changed one is', async () => {
    const [full] = await rig.run({ sources: ['datash'] });
    expect(full!.checkpoint).toMatch(/^sha256:[0-9a-f]{64}$/);

    const [same] = await rig.run({ sources: ['datash'], mode: 'incremental' });
    expect(same).toMatchObject({
      status: 'succeeded',
      checkpoint: full!.checkpoint,
      created: 0,
      updated: 0,
      unchanged: 0,
      skippedUnchanged: 250,
      missing: 0,
      requests: 1,
    });

    const files = rig.replay.snapshot.datash.files;
    const name = SMALL_EXPORT.split('/').pop()!;
    const csv = files.get(name)!.toString('utf8');
    const title = '金山区生态环境局执法大队2026年3月份“双随机、一公开”执法检查情况公开';
    expect(csv).toContain(title);
    files.set(name, Buffer.from(csv.replace(title, `${title}（更正）`)));
    const [changed] = await rig.run({ sources: ['datash'], mode: 'incremental' });
    expect(changed).toMatchObject({ updated: 1, unchanged: 249, skippedUnchanged: 0 });
    expect(changed!.checkpoint).not.toBe(full!.checkpoint);

    // a full sweep reads the file whatever its hash
    const [sweep] = await rig.run({ sources: ['datash'], mode: 'full' });
    expect(sweep).toMatchObject({ unchanged: 250, skippedUnchanged: 0 });
  });

  it('--dry-run reports what would change and writes nothing', async () => {
    await rig.run({ sources: ['datagovhk'] });
    retitle(rig, 'aahk-team1-flight-info', 'dry');
    const [result] = await rig.run({ sources: ['datagovhk'], dryRun: true });
    expect(result).toMatchObject({ dryRun: true, status: 'succeeded', updated: 1 });
    const catalogue = rig.open();
    expect(catalogue.store.getDataset('datagovhk:aahk-team1-flight-info')!.record.title.en).toBe(
      'Flight Information',
    );
    expect(catalogue.store.listRuns('datagovhk')).toHaveLength(1);
    catalogue.close();
  });

  it('quarantines a record that cannot be mapped, keeping its raw payload and every reason', async () => {
    const broken = rig.replay.snapshot.datagovhk.packages.get('aahk-team1-flight-info')!;
    for (const result of Object.values(broken)) {
      delete result.title;
      result.update_frequency = 'Daily';
    }
    const [result] = await rig.run({ sources: ['datagovhk'] });
    expect(result).toMatchObject({ status: 'succeeded', created: 276, quarantined: 1 });
    const catalogue = rig.open();
    const [entry] = catalogue.store.listQuarantine('datagovhk');
    expect(entry).toMatchObject({
      sourceId: 'aahk-team1-flight-info',
      errors: [{ path: '/title', message: expect.any(String) }],
    });
    expect((entry!.raw as { en: { name: string } }).en.name).toBe('aahk-team1-flight-info');
    catalogue.close();
  });

  it('harvests Shanghai from the full .xlsx export by URL', async () => {
    const [result] = await rig.run({
      sources: ['datash'],
      files: {
        datash: `${rig.replay.url}/datash/${encodeURIComponent('上海市公共数据开放平台资源目录.xlsx')}`,
      },
    });
    expect(result).toMatchObject({ status: 'succeeded', created: 7919, quarantined: 0 });
    const catalogue = rig.open();
    expect(catalogue.search.search({ city: ['shanghai'], access: ['conditional'] }).total).toBeGreaterThan(
      3000,
    );
    catalogue.close();
  });

  it('harvests Shanghai from the search API when no file is given', async () => {
    const [result] = await rig.run({ sources: ['datash'], files: {} });
    expect(result).toMatchObject({ status: 'succeeded', created: 189 });
  });

  it('stops the search API source with a clear message when its answer has an unexpected shape', async () => {
    rig.replay.snapshot.datash.apiRecords = [{ title: '某数据集', org: '某局' }];
    const results = bySource(await rig.run({ files: {} }));
    expect(results.datash).toMatchObject({ status: 'failed', created: 0 });
    expect(results.datash!.error!.message).toMatch(/no id \(datasetId\/.*keys: title, org/);
    expect(results.datagovhk!.status).toBe('succeeded');
  });
});
