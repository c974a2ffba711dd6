/**
 * The explorer in a real browser (Debian's chromium driven by playwright-core) against the real server on
 * loopback: a small catalogue of both cities, plus two datasets whose resources are files served from
 * 127.0.0.1 (allowlisted by host and port) so previews run end to end. `npm run test:e2e` builds the explorer first.
 * Any console error or uncaught page error (a blocked map worker, say) fails the test that caused it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { refreshCounterparts, type Catalogue } from '../catalog';
import { makeRecord } from '../catalog/testing';
import { SAMPLE_RECORDS, testApp } from '../server/testing';

const WEB_DIST = join(__dirname, '../web/dist');
const FILES = join(__dirname, '../fixtures/files');
const CHROMIUM = '/usr/bin/chromium';

let files: Server;
let site: Server;
let catalogue: Catalogue;
let browser: Browser;
let base = '';
let page: Page;
let problems: string[];

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );

beforeAll(async () => {
  if (!existsSync(join(WEB_DIST, 'index.html')))
    throw new Error('no web/dist: run `npm run build:web` first');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (see README)`);
  files = createServer((request, response) => {
    const name = (request.url ?? '').replace(/^\/files\//, '');
    const path = join(FILES, name);
    if (!/^[\w.-]+$/.test(name) || !existsSync(path)) return void response.writeHead(404).end();
    const type = name.endsWith('.geojson') ? 'application/geo+json' : 'text/csv; charset=utf-8';
    response.writeHead(200, { 'Content-Type': type }).end(readFileSync(path));
  });
  const filesBase = await listen(files);
  const sportsCentres = makeRecord({
    source: 'csdi',
    sourceId: 'lcsd_sports_centres_local',
    title: { en: 'Sports Centres (local copy)', 'zh-Hant': '體育館（本地副本）' },
    areas: ['living'],
    resources: [
      {
        name: 'Sports centres (CSV)',
        url: `${filesBase}/files/sports-centres.utf8.csv`,
        format: 'CSV',
        isApi: false,
      },
      {
        name: 'Sports centres (GeoJSON)',
        url: `${filesBase}/files/sports-centres.wgs84.geojson`,
        format: 'GEOJSON',
        isApi: false,
      },
    ],
    spatial: { bbox: [114.1, 22.25, 114.25, 22.45] },
  });
  const test = testApp({ webDistDir: WEB_DIST, previewAllowHosts: [new URL(filesBase).host] }, [
    ...SAMPLE_RECORDS,
    sportsCentres,
  ]);
  catalogue = test.catalogue;
  // As a harvest does: counterparts stored for the dataset page's panel.
  refreshCounterparts(catalogue.db, catalogue.store);
  catalogue.curation.createCollection(
    'mobility-starters',
    {
      title: { en: 'Mobility starter pack', 'zh-Hant': '出行入門數據' },
      description: 'Two cities, one theme: start here.',
      area: 'mobility',
      items: [
        {
          datasetId: 'datagovhk:hk-td-tis_5-traffic-speed-map',
          note: 'Road speeds, every few minutes',
          position: 1,
        },
        { datasetId: 'datash:O2813839472026099', note: '', position: 2 },
      ],
    },
    'organiser',
    '2026-11-01T00:00:00Z',
  );
  site = createServer(test.app);
  base = await listen(site);
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    // WebGL for the map without a GPU
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
  await new Promise((resolve) => files?.close(resolve));
  catalogue?.close();
});

beforeEach(async () => {
  page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'en-GB' });
  page.setDefaultTimeout(10_000);
  problems = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
});

afterEach(async () => {
  await page.close();
  expect(problems).toEqual([]);
});

const total = () => page.locator('[data-testid=total]');
const waitForTotal = (text: string) =>
  page.locator('[data-testid=total]', { hasText: new RegExp(`^${text}$`) }).waitFor();
const resultTitles = () => page.locator('.result-title').allTextContents();

describe('the explorer', () => {
  it('lists both cities with facet counts, and narrows by a facet (kept in the URL)', async () => {
    await page.goto(base);
    await waitForTotal('6 datasets');
    const city = page.locator('fieldset[data-facet=city]');
    expect(await city.locator('label', { hasText: 'Shanghai' }).locator('.count').textContent()).toBe('2');
    await city.locator('label', { hasText: 'Shanghai' }).locator('input').check();
    await waitForTotal('2 datasets');
    expect(page.url()).toContain('city=shanghai');
    expect((await resultTitles()).sort()).toEqual(['上海市公交线路信息', '徐汇区空气质量监测数据']);
    await page.goBack();
    await waitForTotal('6 datasets');
  });

  it('compares the two cities by smart-city area, and opens a city and area from a count', async () => {
    await page.goto(base);
    const cell = (city: string, area: string) => page.locator(`[data-cell="${city}/${area}"]`);
    await cell('shanghai', 'mobility').filter({ hasText: '1' }).waitFor();
    expect(await cell('hong-kong', 'mobility').textContent()).toBe('2');
    expect(await cell('hong-kong', 'living').textContent()).toBe('2');
    expect(await cell('shanghai', 'environment').textContent()).toBe('1');
    expect(await cell('hong-kong', 'economy').isDisabled()).toBe(true);
    await cell('shanghai', 'mobility').click();
    await waitForTotal('1 dataset');
    expect(page.url()).toMatch(/city=shanghai&area=mobility/);
    expect(await cell('shanghai', 'mobility').getAttribute('aria-pressed')).toBe('true');
    expect(await resultTitles()).toEqual(['上海市公交线路信息']);
  });

  it('searches as you type, in any script, across both cities', async () => {
    await page.goto(base);
    await waitForTotal('6 datasets');
    await page.getByRole('searchbox').fill('交通');
    await page.waitForURL(/q=/);
    await waitForTotal('2 datasets');
    expect((await resultTitles()).sort()).toEqual(['Traffic Speed Map', '上海市公交线路信息']);
  });

  it('switches the interface and the records to 繁體, and opens a dataset with its related ones', async () => {
    await page.goto(base);
    await page.getByRole('button', { name: '繁體' }).click();
    await waitForTotal('6 個數據集');
    expect(await page.getByRole('searchbox').getAttribute('placeholder')).toBe('以中英文搜尋數據集');
    await page.locator('.result-title', { hasText: '交通速度圖' }).click();
    const detail = page.locator('article.detail');
    await detail.locator('h2', { hasText: '交通速度圖' }).waitFor();
    expect(page.url()).toContain('dataset=datagovhk%3Ahk-td-tis_5-traffic-speed-map');
    expect(await detail.locator('.resources li').first().textContent()).toContain('Speed map');
    expect(await detail.getByRole('link', { name: 'API 記錄（JSON）' }).getAttribute('href')).toBe(
      '/api/datasets/datagovhk%3Ahk-td-tis_5-traffic-speed-map',
    );
    await detail.locator('.related li').first().waitFor();
    await page.goBack();
    await total().waitFor();
    expect(await detail.count()).toBe(0);
  });

  it('previews a CSV as a table and a GeoJSON layer on the map', async () => {
    await page.goto(`${base}/?dataset=csdi%3Alcsd_sports_centres_local`);
    const resources = page.locator('.resources li');
    await resources.nth(0).getByRole('button', { name: 'Preview' }).click();
    await resources.nth(0).locator('.preview-table th').first().waitFor();
    expect(await resources.nth(0).locator('.preview-table tbody tr').count()).toBeGreaterThan(10);
    await resources.nth(1).getByRole('button', { name: 'Preview' }).click();
    await resources
      .nth(1)
      .getByText(/features, shown on the map/)
      .waitFor();
    expect(await resources.nth(1).textContent()).toMatch(/\d+ features/);
  });

  it('draws the map and filters results to its view', async () => {
    await page.goto(base);
    await waitForTotal('6 datasets');
    const map = page.locator('[data-testid=map][aria-busy=false]');
    await map.waitFor();
    expect(await page.locator('canvas.maplibregl-canvas').count()).toBe(1);
    await page.getByRole('button', { name: 'Shanghai', exact: true }).click();
    await map.waitFor();
    await page.getByRole('button', { name: 'Search this map area' }).click();
    await page.waitForURL(/bbox=/);
    await waitForTotal('2 datasets');
    await page.getByRole('button', { name: 'Any place' }).click();
    await waitForTotal('6 datasets');
  });

  it("shows the organisers' collections: their datasets in order, with notes, opened from there", async () => {
    await page.goto(base);
    await page.getByRole('navigation', { name: 'Recommended by the organisers' }).getByRole('button').click();
    const collection = page.locator('article.collection');
    await collection.locator('h2', { hasText: 'Mobility starter pack' }).waitFor();
    expect(page.url()).toContain('collection=mobility-starters');
    await collection.locator('.result-title', { hasText: '上海市公交线路信息' }).waitFor();
    expect(await collection.locator('.result-title').allTextContents()).toEqual([
      'Traffic Speed Map',
      '上海市公交线路信息',
    ]);
    expect(await collection.locator('.note').textContent()).toBe('Road speeds, every few minutes');
    await collection.locator('.result-title', { hasText: 'Traffic Speed Map' }).click();
    await page.locator('article.detail h2', { hasText: 'Traffic Speed Map' }).waitFor();
    await page.getByRole('button', { name: 'Close' }).click();
    await collection.waitFor();
  });

  it('fits a phone screen: one column, nothing wider than the screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(base);
    await waitForTotal('6 datasets');
    await page.locator('[data-testid=map][aria-busy=false]').waitFor();
    // evaluated in the page, where `document` exists (this file is compiled without the DOM library)
    const pageWidth = await page.evaluate('document.documentElement.scrollWidth');
    expect(pageWidth).toBeLessThanOrEqual(390);
    const search = await page.getByRole('searchbox').boundingBox();
    expect(search!.width).toBeGreaterThan(300);
  });

  it("shows the server's message for a request it refuses", async () => {
    await page.goto(`${base}/?page=20000`);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/page/);
    // the browser logs the refused request itself; nothing else may fail
    expect(problems).toEqual([expect.stringContaining('status of 400')]);
    problems.length = 0;
  });
});
