/**
 * kill -9 in the middle of a harvest: the catalogue file stays sound and each source is either wholly
 * its previous snapshot or wholly the new one, never a mix. Kills land while fetching and right as a
 * source's writes begin (when it reports its last item fetched).
 */
import { spawn } from 'node:child_process';
import { openCatalogue } from '../catalog';
import { HARVEST_CLI, harvestRig, retitle, SMALL_EXPORT, TSX, type HarvestRig } from './testing';

let rig: HarvestRig;
beforeAll(async () => {
  rig = await harvestRig();
  await rig.run();
  for (const name of rig.replay.snapshot.datagovhk.packages.keys()) retitle(rig, name, 'v2');
  for (const item of rig.replay.snapshot.csdi.items.values()) {
    const source = item._source as Record<string, unknown>;
    source.title = `${source.title} v2`;
  }
});
afterAll(() => rig.close());

/** Starts the CLI harvest and kill -9s it when `when` matches its progress output (or after `ms`). */
function harvestAndKill(trigger: { line?: RegExp; ms?: number }): Promise<{ killed: boolean }> {
  const child = spawn(
    TSX,
    [
      HARVEST_CLI,
      '--db',
      rig.db,
      '--mode',
      'full',
      '--rate',
      '0',
      '--endpoint',
      `datagovhk=${rig.replay.url}`,
      '--endpoint',
      `csdi=${rig.replay.url}`,
      '--file',
      `datash=${rig.replay.url}${SMALL_EXPORT}`,
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  return new Promise((resolve) => {
    let killed = false;
    const kill = () => {
      if (!killed && child.exitCode === null) {
        killed = true;
        child.kill('SIGKILL');
      }
    };
    if (trigger.ms !== undefined) setTimeout(kill, trigger.ms);
    child.stderr.on('data', (chunk: Buffer) => {
      if (trigger.line?.test(chunk.toString())) kill();
    });
    child.on('exit', () => resolve({ killed }));
  });
}

/** For each source: how many of its records carry the new titles, out of how many. */
function versions(): Record<string, { total: number; updated: number }> {
  const catalogue = openCatalogue(rig.db);
  try {
    expect(catalogue.db.pragma('integrity_check', { simple: true })).toBe('ok');
    const rows = catalogue.db
      .prepare<[], { source: string; total: number; updated: number }>(
        `SELECT source, count(*) AS total, sum(json_extract(record, '$.title.en') LIKE '% v2') AS updated
         FROM datasets GROUP BY source`,
      )
      .all();
    return Object.fromEntries(
      rows.map((row) => [row.source, { total: row.total, updated: row.updated ?? 0 }]),
    );
  } finally {
    catalogue.close();
  }
}

function expectWholeSnapshots(): void {
  const now = versions();
  expect(now.datagovhk!.total).toBe(277);
  expect([0, 277]).toContain(now.datagovhk!.updated);
  expect(now.csdi!.total).toBe(75);
  expect([0, 75]).toContain(now.csdi!.updated);
}

describe('kill -9 during a harvest', () => {
  it.each([
    ['while fetching', { ms: 1500 }],
    ['as DATA.GOV.HK starts writing', { line: /datagovhk: 278\/278/ }],
    ['as CSDI starts writing', { line: /csdi: 75\/75/ }],
  ])('%s leaves every source wholly old or wholly new', async (_when, trigger) => {
    const { killed } = await harvestAndKill(trigger);
    expect(killed).toBe(true);
    expectWholeSnapshots();
  });

  it('and the next run completes the harvest', async () => {
    await harvestAndKill({});
    expect(versions()).toMatchObject({ datagovhk: { updated: 277 }, csdi: { updated: 75 } });
  });
});
