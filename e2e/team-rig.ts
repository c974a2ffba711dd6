/**
 * The browser rig for the team's features (shortlist, curator mode, dataset page, counterparts, twins): the
 * real server on loopback with the sample catalogue plus records that exercise them (Markdown with a
 * script in it, a CSDI copy linked sameAs, a Shanghai interface with its access facts, a resource whose
 * server answers an error), a curator token, Debian's chromium, and screenshots kept in e2e/artifacts/.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { refreshCounterparts, type Catalogue } from '../catalog';
import { makeRecord } from '../catalog/testing';
import { SAMPLE_RECORDS, testApp } from '../server/testing';

const WEB_DIST = join(__dirname, '../web/dist');
const FILES = join(__dirname, '../fixtures/files');
const ARTIFACTS = join(__dirname, 'artifacts');
const CHROMIUM = '/usr/bin/chromium';

export interface Rig {
  base: string;
  catalogue: Catalogue;
  curatorToken: string;
  browser: Browser;
  close(): Promise<void>;
}

const listen = (server: Server) =>
  new Promise<string>((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    ),
  );

export const MARKDOWN_DESCRIPTION = [
  'Bus stops of **every route**, updated _daily_.',
  '',
  '- stop names',
  '- coordinates',
  '',
  '[Operator notes](https://example.org/notes) <script>window.__pwned = true</script>',
  '<img src=x onerror="window.__pwned = true">',
  '[bad link](javascript:window.__pwned=true)',
].join('\n');

export async function startRig(): Promise<Rig> {
  if (!existsSync(join(WEB_DIST, 'index.html')))
    throw new Error('no web/dist: run `npm run build:web` first');
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (see README)`);
  // Only named fixture files; anything else answers 500, the "portal's server is broken" case.
  const files = createServer((request, response) => {
    const name = (request.url ?? '').replace(/^\/files\//, '');
    const path = join(FILES, name);
    if (!/^[\w.-]+$/.test(name) || !existsSync(path)) return void response.writeHead(500).end('broken');
    response.writeHead(200, { 'Content-Type': 'text/csv; charset=utf-8' }).end(readFileSync(path));
  });
  const filesBase = await listen(files);
  const records = [
    ...SAMPLE_RECORDS,
    makeRecord({
      sourceId: 'hk-bus-stops',
      title: { en: 'Bus Stops', 'zh-Hant': '巴士站', 'zh-Hans': '巴士站' },
      description: { en: MARKDOWN_DESCRIPTION },
      areas: ['mobility'],
      areaReasons: [
        { area: 'mobility', effect: 'add', rule: 'category:datagovhk:transport' },
        { area: 'mobility', effect: 'add', rule: 'keyword:mobility:transport' },
      ],
      categories: [{ scheme: 'datagovhk', id: 'transport', label: { en: 'Transport', 'zh-Hant': '運輸' } }],
      links: [{ rel: 'sameAs', id: 'csdi:td_rcd_bus_stops' }],
      resources: [
        {
          name: 'Stops (CSV)',
          url: `${filesBase}/files/sports-centres.utf8.csv`,
          format: 'CSV',
          isApi: false,
        },
        { name: 'Stops (broken server)', url: `${filesBase}/files/missing.csv`, format: 'CSV', isApi: false },
      ],
      license: {
        id: 'hk-tou',
        title: { en: 'DATA.GOV.HK Terms of Use' },
        url: 'https://data.gov.hk/en/terms-and-conditions',
      },
      spatial: { bbox: [114.1, 22.25, 114.25, 22.45] },
    }),
    makeRecord({
      source: 'csdi',
      sourceId: 'td_rcd_bus_stops',
      title: { en: 'Bus Stops (CSDI)', 'zh-Hant': '巴士站（空間數據）' },
      areas: ['mobility'],
      spatial: { bbox: [114.1, 22.25, 114.25, 22.45] },
    }),
    makeRecord({
      source: 'datash',
      sourceId: 'AQ1002018038',
      title: { 'zh-Hans': '公交站点实时到站接口' },
      publisher: { id: '上海市交通委员会', name: { 'zh-Hans': '上海市交通委员会' } },
      areas: ['mobility'],
      access: 'conditional',
      updateFrequency: { raw: '实时', normalized: 'realtime' },
      landingPage: 'https://data.sh.gov.cn/view/detail/index.html?type=jk&&id=AQ1002018038',
      extras: {
        数据资源类型: '数据接口',
        开放条件: '签署数据利用协议',
        浏览量: 1234,
        下载量: 0,
        接口调用量: 56,
      },
      spatial: { bbox: [120.85, 30.67, 122.2, 31.87], place: '本市' },
    }),
  ];
  const test = testApp({ webDistDir: WEB_DIST, previewAllowHosts: [new URL(filesBase).host] }, records);
  // As a harvest does: the counterparts of every record, stored for /related and /api/twins.
  refreshCounterparts(test.catalogue.db, test.catalogue.store);
  const curatorToken = test.catalogue.curation.addCurator('alice', '2026-11-01T00:00:00Z');
  const site = createServer(test.app);
  const base = await listen(site);
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--use-angle=swiftshader', '--enable-unsafe-swiftshader'],
  });
  return {
    base,
    catalogue: test.catalogue,
    curatorToken,
    browser,
    close: async () => {
      await browser.close();
      await new Promise((resolve) => site.close(resolve));
      await new Promise((resolve) => files.close(resolve));
      test.catalogue.close();
    },
  };
}

/** A page that records console errors and page errors, for the test to assert there were none. */
export async function openPage(rig: Rig, width = 1400): Promise<{ page: Page; problems: string[] }> {
  const context = await rig.browser.newContext({
    viewport: { width, height: 900 },
    locale: 'en-GB',
    acceptDownloads: true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  page.setDefaultTimeout(10_000);
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return { page, problems };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: join(ARTIFACTS, `${name}.png`), fullPage: true });
}

export const waitForTotal = (page: Page, text: string) =>
  page.locator('[data-testid=total]', { hasText: new RegExp(`^${text}$`) }).waitFor();
