/**
 * Curator mode in a real browser: sign in with a token, create a collection (titles in three scripts),
 * add datasets from the results, reorder and annotate them, meet a stale edit (412: the curator's text
 * stays, reload-and-reapply saves it on the newer version), sign out.
 */
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

const collection = (id: string) => rig.catalogue.curation.getCollection(id);

describe('curator mode', () => {
  it('creates, fills from results, reorders, annotates, survives a conflict, and signs out', async () => {
    await page.goto(rig.base);
    await waitForTotal(page, '8 datasets');
    await page.getByRole('button', { name: 'Curator sign-in' }).click();
    await page.getByLabel('Curator token').fill(rig.curatorToken);
    await page.getByRole('button', { name: 'Sign in' }).click();
    expect(await page.evaluate('sessionStorage.getItem("atlas.curatorToken")')).toBe(rig.curatorToken);
    expect(await page.evaluate('localStorage.getItem("atlas.curatorToken")')).toBeNull();

    // create
    await page.getByRole('button', { name: 'New collection' }).click();
    const editor = page.locator('article.collection-editor');
    await editor.getByLabel('Title in English').fill('Buses, two cities');
    await editor.getByLabel('Title in 繁體').fill('兩地巴士');
    await editor.getByLabel('Title in 简体').fill('两地公交');
    await editor.getByRole('button', { name: 'Save' }).click();
    await page.locator('article.collection h2', { hasText: 'Buses, two cities' }).waitFor();
    expect(collection('buses-two-cities')).toMatchObject({
      title: { en: 'Buses, two cities', 'zh-Hant': '兩地巴士', 'zh-Hans': '两地公交' },
      items: [],
      createdBy: 'alice',
    });

    // add from any result
    await page.getByRole('button', { name: 'Close' }).click();
    expect(await page.getByLabel('“+” adds to').inputValue()).toBe('buses-two-cities');
    for (const title of ['Real-time Arrival Data of KMB Buses', '公交站点实时到站接口']) {
      await page.getByRole('button', { name: `Add to the chosen collection: ${title}` }).click();
      await page.locator('li', { hasText: title }).getByRole('status').filter({ hasText: 'Added' }).waitFor();
    }
    expect(collection('buses-two-cities')!.items.map((item) => item.datasetId)).toEqual([
      'datagovhk:kmb-bus-eta',
      'datash:AQ1002018038',
    ]);

    // reorder and annotate
    await page
      .getByRole('navigation', { name: 'Recommended by the organisers' })
      .getByRole('button', { name: /Buses, two cities/ })
      .click();
    await page.locator('article.collection').getByRole('button', { name: 'Edit' }).click();
    await editor.locator('[data-testid=editor-item]', { hasText: '公交站点实时到站接口' }).waitFor();
    await editor.getByRole('button', { name: 'Move up: 公交站点实时到站接口' }).click();
    await editor
      .locator('[data-testid=editor-item]')
      .first()
      .getByLabel("Curator's note")
      .fill('上海实时到站');
    await editor.getByRole('button', { name: 'Save' }).click();
    const view = page.locator('article.collection');
    await view.locator('.note', { hasText: '上海实时到站' }).waitFor();
    expect(await view.locator('.result-title').allTextContents()).toEqual([
      '公交站点实时到站接口',
      'Real-time Arrival Data of KMB Buses',
    ]);
    expect(collection('buses-two-cities')!.items).toEqual([
      { datasetId: 'datash:AQ1002018038', note: '上海实时到站', position: 1 },
      { datasetId: 'datagovhk:kmb-bus-eta', note: '', position: 2 },
    ]);

    // a stale edit: someone else saves while this curator types
    await view.getByRole('button', { name: 'Edit' }).click();
    await editor.getByLabel('Title in English').waitFor();
    await editor.locator('[data-testid=editor-item]').first().waitFor();
    const other = await fetch(`${rig.base}/api/collections/buses-two-cities`);
    const etag = other.headers.get('ETag')!;
    const current = (await other.json()) as { items: unknown[] };
    const theirs = await fetch(`${rig.base}/api/collections/buses-two-cities`, {
      method: 'PUT',
      headers: {
        Authorization: `Bearer ${rig.curatorToken}`,
        'If-Match': etag,
        'Content-Type': 'application/json',
      },
      body: JSON.stringify({ title: { en: 'Their title' }, description: 'theirs', items: current.items }),
    });
    expect(theirs.status).toBe(200);
    await editor.getByLabel('Title in English').fill('Bus data, HK and SH');
    await editor.getByRole('button', { name: 'Save' }).click();
    const alert = editor.getByRole('alert');
    await alert.getByText(/someone changed this collection after you opened it \(412\)/).waitFor();
    await alert.getByText(/The newer version: “Their title”, 2 datasets/).waitFor();
    expect(await editor.getByLabel('Title in English').inputValue()).toBe('Bus data, HK and SH');
    await screenshot(page, 'curator-conflict');
    expect(collection('buses-two-cities')!.title.en).toBe('Their title');
    await alert.getByRole('button', { name: 'Reload and reapply my changes' }).click();
    await editor.getByRole('button', { name: 'Save' }).click();
    await page.locator('article.collection h2', { hasText: 'Bus data, HK and SH' }).waitFor();
    expect(collection('buses-two-cities')).toMatchObject({
      title: { en: 'Bus data, HK and SH', 'zh-Hant': '兩地巴士' },
    });
    // the browser logs the refused PUT itself
    expect(problems).toEqual([expect.stringContaining('status of 412')]);
    problems.length = 0;

    // sign out
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('button', { name: 'Curator sign-in' }).waitFor();
    expect(await page.locator('article.collection').getByRole('button', { name: 'Edit' }).count()).toBe(0);
    expect(await page.evaluate('sessionStorage.getItem("atlas.curatorToken")')).toBeNull();
  });

  it('says so when a token is not a curator’s', async () => {
    await page.goto(rig.base);
    await page.getByRole('button', { name: 'Curator sign-in' }).click();
    await page.getByLabel('Curator token').fill('atlas_not-a-real-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('button', { name: 'New collection' }).click();
    const editor = page.locator('article.collection-editor');
    await editor.getByLabel('Title in English').fill('Nope');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.getByRole('alert').getByText("that token is not a curator's").waitFor();
    expect(collection('nope')).toBeUndefined();
    expect(problems).toEqual([expect.stringContaining('status of 403')]);
    problems.length = 0;
  });
});
