/**
 * Previews over real HTTP, on loopback only: fixture files served from 127.0.0.1 (allowlisted), refusals
 * after a real redirect to 127.0.0.2 and a real connection attempt to [::1], and names resolving to
 * private or metadata addresses through a stub resolver (no connection is ever opened to them).
 */
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import request from 'supertest';
import { openCatalogue, type Catalogue } from '../catalog';
import { makeRecord, tempDbPath } from '../catalog/testing';
import type { Resource } from '../catalog-schema';
import { createContractCheckedApp, testConfig } from './testing';

const FILES = join(__dirname, '../fixtures/files');
let files: Server;
let base = '';
const seen: string[] = [];
let onceCount = 0;

function fileServer(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    seen.push(url.pathname + url.search);
    const send = (type: string, body: string | Buffer) =>
      res.writeHead(200, { 'Content-Type': type }).end(body);
    switch (url.pathname) {
      case '/redirect-private':
        return res
          .writeHead(302, {
            Location: `http://127.0.0.2:${(server.address() as AddressInfo).port}/files/sports-centres.utf8.csv`,
          })
          .end();
      case '/redirect-ok':
        return res.writeHead(301, { Location: '/files/sports-centres.utf8.csv' }).end();
      case '/slow.csv':
        return void setTimeout(() => send('text/csv', 'a,b\n1,2\n'), 3000);
      case '/big.csv':
        return send(
          'text/csv',
          `id,name\n${Array.from({ length: 200_000 }, (_, i) => `${i},row ${i}`).join('\n')}`,
        );
      case '/huge.geojson':
        return send(
          'application/geo+json',
          `{"type":"FeatureCollection","features":[${'{"type":"Feature","properties":{},"geometry":null},'.repeat(30_000)}{"type":"Feature","properties":{},"geometry":null}]}`,
        );
      case '/garbled.csv':
        return send(
          'text/csv',
          Buffer.from(Array.from({ length: 200 }, () => [0xff, 0x80, 0x2c, 0xfe, 0xff, 0x0a]).flat()),
        );
      case '/page.csv':
        return send('text/html', '<!doctype html><html><body>Login required</body></html>');
      case '/wfs/MapServer/WFSServer':
        if (url.searchParams.get('request') === 'GetCapabilities') {
          return send(
            'text/xml',
            '<?xml version="1.0"?><wfs:WFS_Capabilities xmlns:wfs="http://www.opengis.net/wfs/2.0"><FeatureTypeList><FeatureType><Name>SC</Name></FeatureType></FeatureTypeList></wfs:WFS_Capabilities>',
          );
        }
        return send('application/json', readFileSync(join(FILES, 'sports-centres.wgs84.geojson')));
      case '/once.csv':
        onceCount++;
        return onceCount === 1 ? send('text/csv', 'a,b\n1,2\n') : res.writeHead(500).end();
      case '/arcgis/FeatureServer/0/query':
        return send('application/json', readFileSync(join(FILES, 'sheet-index.arcgis.json')));
    }
    const file = /^\/files\/([\w.-]+)$/.exec(url.pathname)?.[1];
    if (file) return send('application/octet-stream', readFileSync(join(FILES, file)));
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const resource = (name: string, url: string, format: string): Resource => ({
  name,
  url,
  format,
  isApi: false,
});

let catalogue: Catalogue;
let app: ReturnType<typeof createContractCheckedApp>;

beforeAll(async () => {
  files = await fileServer();
  base = `http://127.0.0.1:${(files.address() as AddressInfo).port}`;
  catalogue = openCatalogue(tempDbPath());
  const port = (files.address() as AddressInfo).port;
  catalogue.store.upsertRecords(
    [
      makeRecord({
        sourceId: 'files',
        resources: [
          resource('Big5 CSV', `${base}/files/sports-centres.big5.csv`, 'CSV'),
          resource('GB18030 CSV', `${base}/files/bus-stops.gb18030.csv`, 'CSV'),
          resource('UTF-8 CSV', `${base}/files/sports-centres.utf8.csv`, 'CSV'),
          resource('XLSX', `${base}/files/sports-centres.xlsx`, 'XLSX'),
          resource('HK1980 GeoJSON', `${base}/files/control-points.hk1980.geojson`, 'GEOJSON'),
          resource('WGS84 GeoJSON', `${base}/files/sports-centres.wgs84.geojson`, 'GEOJSON'),
          resource('ArcGIS', `${base}/arcgis/FeatureServer/0`, 'ARCGIS'),
          resource('big', `${base}/big.csv`, 'CSV'),
          resource('slow', `${base}/slow.csv`, 'CSV'),
          resource('huge', `${base}/huge.geojson`, 'GEOJSON'),
          resource('not a CSV', `${base}/page.csv`, 'CSV'),
          resource('redirect', `${base}/redirect-ok`, 'CSV'),
          resource('WFS', `${base}/wfs/MapServer/WFSServer?service=wfs&request=GetCapabilities`, 'WFS'),
          resource('answers once', `${base}/once.csv`, 'CSV'),
          resource('mis-encoded', `${base}/garbled.csv`, 'CSV'),
        ],
      }),
      makeRecord({
        sourceId: 'hostile',
        resources: [
          resource('redirect to private', `${base}/redirect-private`, 'CSV'),
          resource('ipv6 loopback', `http://[::1]:${port}/files/sports-centres.utf8.csv`, 'CSV'),
          resource('metadata', 'http://169.254.169.254/latest/meta-data/', 'JSON'),
          resource('resolves private', `http://intranet.example:${port}/x.csv`, 'CSV'),
          resource('resolves metadata', 'http://metadata.example/latest', 'JSON'),
          resource('ftp', 'ftp://files.example/data.csv', 'CSV'),
          resource('unlisted loopback', `http://127.0.0.1:1/x.csv`, 'CSV'),
        ],
      }),
      makeRecord({ source: 'datash', sourceId: '123', title: { 'zh-Hans': '无资源' } }),
    ],
    '2026-11-01T00:00:00Z',
  );
  const stubResolver = async (hostname: string) => {
    if (hostname === 'intranet.example') return [{ address: '10.0.0.7', family: 4 }];
    if (hostname === 'metadata.example') return [{ address: '169.254.169.254', family: 4 }];
    throw Object.assign(new Error(`stub resolver: ${hostname} unknown`), { code: 'ENOTFOUND' });
  };
  app = createContractCheckedApp(
    catalogue,
    testConfig({
      previewAllowHosts: [`127.0.0.1:${port}`],
      previewMaxBytes: 512 * 1024,
      previewTimeoutMs: 1000,
      previewResolver: stubResolver,
    }),
  );
});
afterAll(() => {
  catalogue.close();
  files.close();
});

const preview = (id: string, index?: number) =>
  request(app).get(`/api/datasets/${id}/preview${index === undefined ? '' : `?resource=${index}`}`);

describe('previews of the fixture files', () => {
  it('decodes a Big5 CSV', async () => {
    const response = await preview('datagovhk:files', 0);
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ kind: 'table', encoding: 'big5', truncated: false });
    expect(response.body.rows[0][1]).toBe('東昌街體育館');
    expect(
      response.body.columns.find((column: { name: string }) => column.name === 'longitude'),
    ).toMatchObject({ type: 'number' });
  });

  it('decodes a GB18030 CSV', async () => {
    const response = await preview('datagovhk:files', 1);
    expect(response.body).toMatchObject({ kind: 'table', encoding: 'gb18030' });
    expect(response.body.columns[0].name).toBe('线路名称');
    expect(response.body.rows[0][0]).toBe('981路');
  });

  it('reads XLSX with column types and stats', async () => {
    const response = await preview('datagovhk:files', 3);
    expect(response.body.kind).toBe('table');
    const latitude = response.body.columns.find((column: { name: string }) => column.name === 'latitude');
    expect(latitude).toMatchObject({ type: 'number', nonEmpty: 50 });
    expect(latitude.min).toBeGreaterThan(22.1);
    expect(latitude.max).toBeLessThan(22.6);
  });

  it('reprojects EPSG:2326 GeoJSON to WGS84 from its crs member', async () => {
    const response = await preview('datagovhk:files', 4);
    expect(response.body).toMatchObject({ kind: 'geojson', sourceCrs: 'EPSG:2326' });
    const airport = response.body.data.features.find(
      (feature: { properties: { NAME_EN: string } }) =>
        feature.properties.NAME_EN === 'Airport Control Point (Terminal 2)',
    );
    expect(airport.geometry.coordinates[0]).toBeCloseTo(113.93824, 4);
    expect(airport.geometry.coordinates[1]).toBeCloseTo(22.31648, 4);
    expect(response.body.bbox[0]).toBeGreaterThan(113.8);
  });

  it('reads ArcGIS JSON from a FeatureServer, asking for WGS84', async () => {
    const response = await preview('datagovhk:files', 6);
    expect(response.body.kind).toBe('geojson');
    expect(response.body.data.features[0].geometry.type).toBe('Polygon');
    expect(
      seen.some(
        (path) =>
          path.startsWith('/arcgis/FeatureServer/0/query') &&
          path.includes('outSR=4326') &&
          path.includes('f=geojson'),
      ),
    ).toBe(true);
  });

  it('picks the best resource by the format rules when none is named (GeoJSON before CSV)', async () => {
    const response = await preview('datagovhk:files');
    expect(response.body).toMatchObject({ kind: 'geojson', resource: 4 });
  });

  it('stops reading a big CSV after the first rows', async () => {
    const response = await preview('datagovhk:files', 7);
    expect(response.body).toMatchObject({ kind: 'table', truncated: true });
    expect(response.body.rows).toHaveLength(200);
  });

  it('follows a redirect to an allowed host', async () => {
    expect((await preview('datagovhk:files', 11)).body.kind).toBe('table');
  });
});

describe('WFS and the disk cache', () => {
  it('asks a WFS for its first feature type as GeoJSON in EPSG:4326', async () => {
    const response = await preview('datagovhk:files', 12);
    expect(response.body).toMatchObject({ kind: 'geojson', resource: 12 });
    const getFeature = seen.find(
      (path) => path.startsWith('/wfs/MapServer/WFSServer') && path.includes('GetFeature'),
    )!;
    expect(getFeature).toMatch(/typeNames=SC/);
    expect(getFeature).toMatch(/outputFormat=geojson/);
    expect(getFeature).toMatch(/srsName=EPSG%3A4326/);
  });

  it('serves a preview again from the disk cache within its TTL, without fetching', async () => {
    const cached = createContractCheckedApp(
      catalogue,
      testConfig({ previewAllowHosts: [new URL(base).host], previewCacheTtlSeconds: 60 }),
    );
    const first = await request(cached).get('/api/datasets/datagovhk:files/preview?resource=13');
    expect(first.body.rows).toEqual([['1', '2']]);
    const again = await request(cached).get('/api/datasets/datagovhk:files/preview?resource=13');
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
    expect(onceCount).toBe(1);
  });
});

describe('preview errors', () => {
  it.each([
    [8, 504, 'timeout'],
    [9, 422, 'too_large'],
    [10, 422, 'unsupported_format'],
    [14, 422, 'unreadable'],
  ])('resource %i: %i %s', async (index, status, code) => {
    const response = await preview('datagovhk:files', index);
    expect(response.status).toBe(status);
    expect(response.body.error.code).toBe(code);
  });

  it('400s a resource index out of range and 404s an unknown dataset, 422s a dataset with nothing to preview', async () => {
    expect((await preview('datagovhk:files', 99)).status).toBe(400);
    expect((await request(app).get('/api/datasets/datagovhk:files/preview?resource=-1')).status).toBe(400);
    expect((await preview('datagovhk:nope', 0)).status).toBe(404);
    expect((await preview('datash:123')).body.error.code).toBe('no_previewable_resource');
  });
});

describe('SSRF', () => {
  it.each([
    [0, 'a redirect to 127.0.0.2'],
    [1, '[::1]'],
    [2, '169.254.169.254 (cloud metadata)'],
    [3, 'a name resolving to 10.0.0.7'],
    [4, 'a name resolving to 169.254.169.254'],
    [6, 'a loopback port that is not allowlisted'],
  ])('refuses resource %i: %s', async (index) => {
    const before = seen.length;
    const response = await preview('datagovhk:hostile', index);
    expect(response.status).toBe(403);
    expect(response.body.error.code).toBe('address_refused');
    if (index !== 0) expect(seen.length).toBe(before);
  });

  it('refuses schemes other than http and https', async () => {
    expect((await preview('datagovhk:hostile', 5)).body.error.code).toBe('scheme_refused');
  });
});
