/** The team's shortlist in a real browser: add from results, a dataset page and a collection; share; export. */
import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import type { Page } from 'playwright-core';
import { openPage, screenshot, startRig, waitForTotal, type Rig } from './team-rig';

let rig: Rig;
let page: Page;
let problems: string[];

beforeAll(async () => {
  rig = await startRig();
});
afterAll(() => rig?.close());
beforeEach(async () => {
  ({ page, problems } = await openPage(rig));
});
afterEach(async () => {
  await page.context().close();
  expect(problems).toEqual([]);
});

const downloaded = async (click: () => Promise<void>) => {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: download.suggestedFilename(), text: readFileSync((await download.path())!, 'utf8') };
};

describe('the shortlist', () => {
  it('adds from a result and a dataset page, survives a reload, and exports the manifest', async () => {
    await page.goto(rig.base);
    await waitForTotal(page, '8 datasets');
    await page.getByRole('button', { name: 'Add to shortlist: Traffic Speed Map' }).click();
    expect(
      await page
        .getByRole('button', { name: 'Remove from shortlist: Traffic Speed Map' })
        .getAttribute('aria-pressed'),
    ).toBe('true');
    await page.goto(`${rig.base}/?dataset=datash%3AAQ1002018038`);
    await page
      .locator('article.detail h2')
      .getByRole('button', { name: 'Add to shortlist: 公交站点实时到站接口' })
      .click();
    await page.goto(`${rig.base}/?dataset=datagovhk%3Ahk-bus-stops`);
    await page
      .locator('article.detail h2')
      .getByRole('button', { name: 'Add to shortlist: Bus Stops' })
      .click();
    await page.reload();
    await page.getByRole('button', { name: 'Shortlist (3)' }).click();
    const list = page.locator('article.shortlist-page');
    await list.locator('.result-title', { hasText: 'Bus Stops' }).waitFor();
    expect(await list.locator('.result-title').allTextContents()).toEqual([
      'Traffic Speed Map',
      '公交站点实时到站接口',
      'Bus Stops',
    ]);
    await screenshot(page, 'shortlist-page');

    const csv = await downloaded(() => list.getByRole('button', { name: 'Download CSV' }).click());
    expect(csv.name).toMatch(/^atlas-shortlist-\d{4}-\d\d-\d\d\.csv$/);
    expect(csv.text.startsWith('\uFEFF')).toBe(true);
    const rows = Papa.parse<Record<string, string>>(csv.text.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(rows.map((row) => [row.id, row.resource_format])).toEqual([
      ['datagovhk:hk-td-tis_5-traffic-speed-map', 'XML'],
      ['datash:AQ1002018038', ''],
      ['datagovhk:hk-bus-stops', 'CSV'],
      ['datagovhk:hk-bus-stops', 'CSV'],
    ]);
    expect(rows[0]).toMatchObject({
      title_en: 'Traffic Speed Map',
      'title_zh-Hant': '交通速度圖',
      'title_zh-Hans': '交通速度图',
      resource_url: 'https://resource.data.one.gov.hk/td/speedmap.xml',
    });
    expect(rows[1]).toMatchObject({
      access: 'conditional',
      access_terms: '签署数据利用协议',
      update_frequency: 'realtime',
    });
    expect(rows[2]).toMatchObject({ licence: 'DATA.GOV.HK Terms of Use' });

    const json = await downloaded(() => list.getByRole('button', { name: 'Download JSON' }).click());
    const manifest = JSON.parse(json.text);
    expect(manifest.count).toBe(3);
    expect(manifest.datasets[1].landingPage).toBe(
      'https://data.sh.gov.cn/view/detail/index.html?type=jk&&id=AQ1002018038',
    );
    expect(manifest.datasets[0].apiRecord).toBe(
      `${rig.base}/api/datasets/datagovhk%3Ahk-td-tis_5-traffic-speed-map`,
    );

    const markdown = await downloaded(() => list.getByRole('button', { name: 'Download Markdown' }).click());
    expect(markdown.text).toContain('## Traffic Speed Map');
    expect(markdown.text).toContain('## 公交站点实时到站接口');
    expect(markdown.text).toContain('[Speed map](https://resource.data.one.gov.hk/td/speedmap.xml) — XML');
  });

  it('opens a shared link as a shortlist page anyone can adopt', async () => {
    await page.goto(rig.base);
    await page.getByRole('button', { name: 'Add to shortlist: Sports Centres' }).click();
    await page.getByRole('button', { name: 'Shortlist (1)' }).click();
    const link = await page.getByLabel('Link to share').inputValue();
    expect(link).toBe(`${rig.base}/?view=shortlist&shortlist=csdi%3Alcsd_rcd_1629267205215_31341`);

    const other = await openPage(rig);
    await other.page.goto(link);
    const shared = other.page.locator('article.shortlist-page');
    await shared.locator('h2', { hasText: 'A shared shortlist of 1 datasets' }).waitFor();
    await shared.locator('.result-title', { hasText: 'Sports Centres' }).waitFor();
    await other.page.getByRole('button', { name: 'Shortlist (0)' }).waitFor();
    await shared.getByRole('button', { name: 'Add all of these to my shortlist' }).click();
    await other.page.getByRole('button', { name: 'Shortlist (1)' }).waitFor();
    await other.page.context().close();
    expect(other.problems).toEqual([]);
  });

  it('adds from a collection', async () => {
    rig.catalogue.curation.createCollection(
      'starters',
      {
        title: { en: 'Starters' },
        description: '',
        items: [{ datasetId: 'datash:123456', note: '', position: 1 }],
      },
      'alice',
      '2026-11-01T00:00:00Z',
    );
    await page.goto(`${rig.base}/?collection=starters`);
    await page.getByRole('button', { name: 'Add to shortlist: 徐汇区空气质量监测数据' }).click();
    await page.getByRole('button', { name: 'Shortlist (1)' }).waitFor();
  });

  it('exports every result of the search, beyond the page shown', async () => {
    await page.goto(`${rig.base}/?city=hong-kong`);
    await waitForTotal(page, '5 datasets');
    const csv = await downloaded(() =>
      page.getByRole('group', { name: 'Export results' }).getByRole('button', { name: 'CSV' }).click(),
    );
    expect(csv.name).toMatch(/^atlas-results-.*\.csv$/);
    const rows = Papa.parse<Record<string, string>>(csv.text.slice(1), {
      header: true,
      skipEmptyLines: true,
    }).data;
    expect(new Set(rows.map((row) => row.id)).size).toBe(5);
    expect(rows.every((row) => row.city === 'hong-kong')).toBe(true);
    const json = await downloaded(() =>
      page.getByRole('group', { name: 'Export results' }).getByRole('button', { name: 'JSON' }).click(),
    );
    expect(JSON.parse(json.text).count).toBe(5);
  });
});
