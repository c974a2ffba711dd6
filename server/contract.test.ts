/**
 * The contract test's own checks: the response check catches what it must (an undocumented field,
 * status, content type or path), the app answers no route the document lacks, and the docs page.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import request from 'supertest';
import { OPENAPI_DOCUMENT } from '../catalog-schema/api';
import type { Catalogue } from '../catalog';
import { contractViolations } from './contract-check';
import type { ObservedExchange } from './response-capture';
import { testApp } from './testing';

let catalogue: Catalogue;
let app: ReturnType<typeof testApp>['app'];
beforeAll(() => {
  ({ catalogue, app } = testApp());
});
afterAll(() => catalogue.close());

const exchange = (overrides: Partial<ObservedExchange> & { json?: unknown }): ObservedExchange => ({
  method: 'GET',
  path: '/api/areas',
  status: 200,
  headers: { 'content-type': 'application/json; charset=utf-8' },
  body: Buffer.from(JSON.stringify(overrides.json ?? { items: [] })),
  ...overrides,
});

describe('the response check', () => {
  it('passes a documented answer', () => {
    expect(contractViolations(exchange({}))).toEqual([]);
  });

  it('fails an undocumented field, as the old record-plus-status and record-plus-reason answers were', async () => {
    const record = catalogue.store.getDataset('datagovhk:kmb-bus-eta')!.record;
    const withStatus = exchange({
      path: '/api/datasets/datagovhk:kmb-bus-eta',
      json: { ...record, status: {} },
    });
    expect(contractViolations(withStatus).join()).toMatch(/must NOT have additional properties "status"/);
    const related = exchange({
      path: '/api/datasets/datagovhk:kmb-bus-eta/related',
      json: { items: [{ ...record, reason: { sameAs: false, concepts: [], sharedAreas: [] } }] },
    });
    expect(contractViolations(related).length).toBeGreaterThan(0);
  });

  it('fails an undocumented status, content type, method or path', () => {
    expect(contractViolations(exchange({ status: 418 })).join()).toMatch(/status 418 is not documented/);
    expect(contractViolations(exchange({ headers: { 'content-type': 'text/plain' } })).join()).toMatch(
      /content type "text\/plain" is not documented/,
    );
    const error = { error: { code: 'x', message: 'y' } };
    expect(contractViolations(exchange({ method: 'PATCH', status: 200, json: error })).join()).toMatch(
      /method is not documented/,
    );
    expect(contractViolations(exchange({ method: 'PATCH', status: 405, json: error })).join()).toMatch(
      /405 without Allow/,
    );
    expect(contractViolations(exchange({ path: '/api/nowhere', status: 200 })).join()).toMatch(
      /path is not in the document/,
    );
    // a refusal in the wrong shape
    expect(contractViolations(exchange({ status: 400, json: { message: 'bad' } })).length).toBeGreaterThan(0);
  });

  it('leaves the explorer files and CORS preflights alone', () => {
    expect(contractViolations(exchange({ path: '/assets/index.js', status: 200 }))).toEqual([]);
    expect(contractViolations(exchange({ method: 'OPTIONS', status: 204 }))).toEqual([]);
  });
});

describe('the app and the document', () => {
  it('answers no route the document does not describe (a new undocumented route fails this test)', () => {
    const routes: string[] = [];
    const walk = (
      stack: { route?: { path: string; methods: Record<string, boolean> }; handle?: { stack?: unknown[] } }[],
    ) => {
      for (const layer of stack) {
        if (layer.route)
          for (const method of Object.keys(layer.route.methods)) routes.push(`${method} ${layer.route.path}`);
        else if (layer.handle?.stack) walk(layer.handle.stack as never);
      }
    };
    walk((app as unknown as { router: { stack: never[] } }).router.stack);
    const documented = Object.entries(OPENAPI_DOCUMENT.paths).flatMap(([path, operations]) =>
      Object.keys(operations).map((method) => `${method} ${path.replace(/\{(\w+)\}/g, ':$1')}`),
    );
    // the CKAN routes answer every action name (unknown ones with CKAN's 400)
    const expanded = documented.map((entry) =>
      entry.replace(/\/api\/3\/action\/\w+$/, '/api/3/action/:action'),
    );
    expect(routes.filter((route) => !expanded.includes(route))).toEqual([]);
    expect(routes.length).toBeGreaterThan(15);
  });

  it('serves the generated document', async () => {
    const response = await request(app).get('/api/openapi.json');
    expect(response.body).toEqual(JSON.parse(JSON.stringify(OPENAPI_DOCUMENT)));
  });

  it('serves the docs page offline from the swagger-ui-dist package, within the CSP', async () => {
    const page = await request(app).get('/api/docs');
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toMatch(/script-src 'self'/);
    const sources = [...page.text.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(sources.length).toBe(4);
    expect(page.text).not.toMatch(/<script>(?!<)/); // no inline script (the CSP would block it)
    for (const source of sources) {
      expect(source.startsWith('/api/docs/assets/')).toBe(true);
      const asset = await request(app).get(source);
      expect(asset.status).toBe(200);
      expect(asset.headers['content-type']).toMatch(/^(text\/javascript|text\/css|image\/png)/);
    }
    const bundle = await request(app).get('/api/docs/assets/swagger-ui-bundle.js');
    const shipped = readFileSync(
      join(require.resolve('swagger-ui-dist/package.json'), '../swagger-ui-bundle.js'),
    );
    expect(bundle.text.length).toBe(shipped.toString('utf8').length);
    expect((await request(app).get('/api/docs/assets/init.js')).text).toContain("url: '/api/openapi.json'");
    expect((await request(app).get('/api/docs/assets/package.json')).status).toBe(404);
    expect((await request(app).get('/api/docs/assets/..%2Fpackage.json')).status).toBe(404);
  });
});

describe('web/ talks to the server only through the API client', () => {
  it('imports nothing from catalog/ or server/', () => {
    const files = execFileSync('git', ['ls-files', 'web/src'], {
      cwd: join(__dirname, '..'),
      encoding: 'utf8',
    })
      .split('\n')
      .filter((file) => /\.(ts|tsx)$/.test(file));
    const offenders = files.filter((file) =>
      /from '(\.\.\/)+(catalog|server)\//.test(readFileSync(join(__dirname, '..', file), 'utf8')),
    );
    expect(files.length).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });
});
