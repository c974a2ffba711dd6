/**
 * The API documentation page in a real browser: Swagger UI, served from node_modules, renders every
 * operation of the generated document under the app's Content-Security-Policy (a blocked script or
 * style would show as a console error).
 */
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from 'playwright-core';
import { ROUTES } from '../catalog-schema/api';
import type { Catalogue } from '../catalog';
import { testApp } from '../server/testing';

const CHROMIUM = '/usr/bin/chromium';
let browser: Browser;
let site: Server;
let base: string;
let catalogue: Catalogue;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install chromium (see README)`);
  const test = testApp();
  catalogue = test.catalogue;
  site = createServer(test.app);
  await new Promise<void>((resolve) => site.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
  browser = await chromium.launch({ executablePath: CHROMIUM });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => site?.close(resolve));
  catalogue?.close();
});

it('renders every operation of the document, offline, with no CSP or script error', async () => {
  const page = await browser.newPage();
  const problems: string[] = [];
  const outside: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  page.on('request', (request) => {
    if (!request.url().startsWith(base) && !request.url().startsWith('data:')) outside.push(request.url());
  });
  await page.goto(`${base}/api/docs`);
  await page.locator('.opblock-summary').first().waitFor({ timeout: 20_000 });
  expect(await page.locator('.opblock-summary').count()).toBe(ROUTES.length);
  expect(await page.locator('.info .title').textContent()).toContain('HK·SH Open Data Atlas API');
  expect(problems).toEqual([]);
  expect(outside).toEqual([]);
  await page.close();
});
