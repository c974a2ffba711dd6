/** Cross-city discovery in a real browser: the counterparts panel on a dataset page and the twin-pairs page. */
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

describe('counterparts and twins', () => {
  it('lists counterparts in the other city on a dataset page, with reasons in words', async () => {
    await page.goto(`${rig.base}/?dataset=datagovhk%3Ahk-bus-stops`);
    const panel = page.getByRole('region', { name: 'Counterparts in the other city' });
    const first = panel.locator('li.counterpart').first();
    await first.waitFor();
    expect(await panel.locator('li.counterpart .city').allTextContents()).toEqual(
      expect.arrayContaining(['Shanghai']),
    );
    expect(new Set(await panel.locator('li.counterpart .city').allTextContents())).toEqual(
      new Set(['Shanghai']),
    );
    const why = await first.locator('.counterpart-why').textContent();
    expect(why).toMatch(/^match \d+% · /);
    expect(why).toMatch(/both about|same smart-city area|both a /);
    expect(why).not.toMatch(/concept|:mobility|undefined/);

    // the same panel in 简体
    await page.getByRole('button', { name: '简体' }).click();
    const hans = page.getByRole('region', { name: '另一城市的对应数据' });
    expect(await hans.locator('.counterpart-why').first().textContent()).toMatch(/^相似度 \d+% · /);

    const open = hans.locator('li.counterpart .with-toggle > button:first-child').first();
    const title = (await open.textContent())!.replace(/^上海/, '');
    await open.click();
    await page.locator('article.detail h2', { hasText: title }).waitFor();
    expect(page.url()).toContain('dataset=datash');
  });

  it('shows twin pairs in two columns, each openable, both extents on the map', async () => {
    await page.goto(rig.base);
    await page.getByRole('button', { name: 'Twin pairs' }).click();
    const pairs = page.locator('[data-testid=twin-pair]');
    await pairs.first().waitFor();
    expect(page.url()).toContain('view=twins');
    const cities = await pairs.first().locator('.city').allTextContents();
    expect(cities).toEqual(['Hong Kong', 'Shanghai']);
    expect(await pairs.first().locator('.twin-why').textContent()).toMatch(/^Why they pair: match \d+% · \S/);
    await page.locator('[data-testid=map][aria-busy=false]').waitFor();
    await screenshot(page, 'twins-page');

    await page.getByLabel('Smart-city area').last().selectOption('environment');
    await page
      .getByText(/No pair found|Why they pair/)
      .first()
      .waitFor();

    await page.getByLabel('Smart-city area').last().selectOption('');
    await page.getByLabel('Topic').fill('bus');
    await page.getByLabel('Topic').press('Enter');
    await pairs.first().waitFor();
    const open = pairs.first().locator('.twin-cells .with-toggle > button:first-child').nth(1);
    const shanghai = (await open.textContent())!.replace(/^Shanghai/, '');
    await open.click();
    await page.locator('article.detail h2', { hasText: shanghai }).waitFor();
  });
});
