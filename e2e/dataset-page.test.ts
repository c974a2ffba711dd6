/**
 * The dataset page in a real browser: Markdown rendered and sanitized (a <script> in a description never
 * runs), area reasons in words, the CSDI copy, Shanghai's access facts, column types, code snippets, a
 * failed preview in plain words, and the page's own title.
 */
import type { Page } from 'playwright-core';
import { openPage, screenshot, startRig, type Rig } from './team-rig';

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

const detail = () => page.locator('article.detail');

describe('the dataset page', () => {
  it('renders the description as Markdown without running what it smuggles in', async () => {
    await page.goto(`${rig.base}/?dataset=datagovhk%3Ahk-bus-stops`);
    const description = detail().locator('.description.markdown');
    await description.waitFor();
    expect(await description.locator('strong').textContent()).toBe('every route');
    expect(await description.locator('li').allTextContents()).toEqual(['stop names', 'coordinates']);
    const link = description.getByRole('link', { name: 'Operator notes' });
    expect(await link.getAttribute('href')).toBe('https://example.org/notes');
    expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await description.locator('script, img, [onerror]').count()).toBe(0);
    expect(await description.locator('a[href^="javascript"]').count()).toBe(0);
    // The raw HTML is shown as text, and nothing of it ran.
    expect(await description.textContent()).toContain('<script>');
    expect(await page.evaluate('window.__pwned')).toBeUndefined();
    expect(await page.title()).toBe('Bus Stops · HK·SH Open Data Atlas');
    await screenshot(page, 'dataset-page');
  });

  it('says why it has its areas in words, in the chosen language, and links the CSDI copy', async () => {
    await page.goto(`${rig.base}/?dataset=datagovhk%3Ahk-bus-stops&lang=zh-Hant`);
    await detail().locator('summary', { hasText: '為何歸入這些智慧城市範疇' }).click();
    expect(await detail().locator('.reasons li').allTextContents()).toEqual([
      '智慧出行：原平台分類為「運輸」',
      '智慧出行：標題、關鍵詞或簡介涉及交通運輸',
    ]);
    await detail().getByRole('button', { name: '同一數據集在空間數據共享平台' }).click();
    await detail().locator('h2', { hasText: '巴士站（空間數據）' }).waitFor();
    expect(page.url()).toContain('dataset=csdi%3Atd_rcd_bus_stops');
  });

  it('shows column names and types, and a failed preview in plain words with the portal link', async () => {
    await page.goto(`${rig.base}/?dataset=datagovhk%3Ahk-bus-stops`);
    const resources = detail().locator('.resources > li');
    await resources.nth(0).getByRole('button', { name: 'Preview' }).click();
    const table = resources.nth(0).locator('.preview-table');
    await table.locator('th').first().waitFor();
    expect(await table.locator('caption').textContent()).toMatch(/^\d+ columns$/);
    const types = await table.locator('th .column-type').allTextContents();
    expect(types.length).toBeGreaterThan(1);
    expect(
      types.every((type) => ['whole number', 'number', 'date', 'yes/no', 'text', 'empty'].includes(type)),
    ).toBe(true);

    await resources.nth(1).getByRole('button', { name: 'Preview' }).click();
    const failed = resources.nth(1).locator('.preview-failed');
    await failed.waitFor();
    expect(await failed.locator('p').first().textContent()).toBe(
      'The server that holds this file could not be reached, or it answered with an error.',
    );
    expect(await failed.getByRole('link', { name: 'Open on the portal' }).getAttribute('href')).toBe(
      'https://data.gov.hk/en-data/dataset/hk-bus-stops',
    );
    expect(await failed.locator('p').first().textContent()).not.toMatch(/answered 500|ENOTFOUND/);
    // the browser logs the refused preview request itself
    expect(problems).toEqual([expect.stringContaining('status of 502')]);
    problems.length = 0;
  });

  it('gives copyable code for the record and each resource', async () => {
    await page.goto(`${rig.base}/?dataset=datagovhk%3Ahk-bus-stops`);
    await detail().locator('summary', { hasText: 'Code: this record from the API' }).click();
    const record = detail().getByLabel('Code: this record from the API (curl)');
    expect(await record.inputValue()).toBe(`curl -s '${rig.base}/api/datasets/datagovhk%3Ahk-bus-stops'`);
    await detail()
      .getByRole('group', { name: 'Code: this record from the API' })
      .getByRole('button', { name: 'Python' })
      .click();
    const python = await detail().getByLabel('Code: this record from the API (Python)').inputValue();
    expect(python).toContain(`urllib.request.urlopen("${rig.base}/api/datasets/datagovhk%3Ahk-bus-stops")`);
    const copy = detail().locator('details.code').first().getByRole('button', { name: 'Copy' });
    await copy.click();
    await detail().locator('details.code').first().getByRole('button', { name: 'Copied' }).waitFor();
    expect(await page.evaluate('navigator.clipboard.readText()')).toBe(python);

    const resource = detail().locator('.resources > li').first();
    await resource.locator('summary', { hasText: 'Code: get this resource' }).click();
    expect(await resource.getByLabel('Code: get this resource: Stops (CSV) (curl)').inputValue()).toMatch(
      /^curl -sL -o 'sports-centres\.utf8\.csv' 'http:\/\/127\.0\.0\.1:\d+\/files\/sports-centres\.utf8\.csv'$/,
    );
  });

  it('tells how to get a Shanghai dataset', async () => {
    await page.goto(`${rig.base}/?dataset=datash%3AAQ1002018038`);
    const access = detail().locator('.shanghai-access');
    await access.waitFor();
    expect(await access.locator('li').allTextContents()).toEqual([
      'A data interface (数据接口): an API; apply for access on the portal page.',
      'Conditional (有条件开放): apply on the portal and meet its conditions.',
      'Conditions: 签署数据利用协议',
      '1,234 views · 0 downloads · 56 API calls',
    ]);
    expect(await access.getByRole('link', { name: 'Get it on data.sh.gov.cn' }).getAttribute('href')).toBe(
      'https://data.sh.gov.cn/view/detail/index.html?type=jk&&id=AQ1002018038',
    );
    expect(await page.title()).toBe('公交站点实时到站接口 · HK·SH Open Data Atlas');
    await screenshot(page, 'dataset-page-shanghai');
  });
});
