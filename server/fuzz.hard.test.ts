/**
 * Hardening: fast-check sends ≥ 10,000 generated requests across every operation of the OpenAPI document
 * (each route's parameters filled with values its schema allows and with hostile ones: wrong types, huge,
 * nested, control characters, unknown names; bodies of any JSON, deep or not JSON at all; with and without
 * the curator's token and If-Match). No request may get a 5xx, and every answer must match the document
 * (the contract check of server/testing.ts fails the test otherwise). Traffic stays on loopback.
 */
import fc from 'fast-check';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { Agent, request } from 'undici';
import { ROUTES, type JsonSchema, type RouteContract } from '../catalog-schema/api';
import type { Catalogue } from '../catalog';
import { testApp } from './testing';

const TOTAL_REQUESTS = 10_000;
const KNOWN_IDS = [
  'datagovhk:hk-td-tis_5-traffic-speed-map',
  'datash:123456',
  'csdi:lcsd_rcd_1629267205215_31341',
];

let catalogue: Catalogue;
let server: Server;
let origin: string;
let token: string;
let collectionId = 'none';
const dispatcher = new Agent({ connections: 8 });

beforeAll(async () => {
  // Previews resolve every portal host to loopback, which the address guard refuses: no request leaves.
  const built = testApp({ previewResolver: async () => [{ address: '127.0.0.1', family: 4 }] });
  catalogue = built.catalogue;
  token = catalogue.curation.addCurator('fuzz', '2026-11-01T00:00:00Z');
  server = built.app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const created = await request(`${origin}/api/collections`, {
    method: 'POST',
    dispatcher,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ title: { en: 'Fuzz' }, items: [] }),
  });
  const body = (await created.body.json()) as { id?: string };
  if (body.id) collectionId = body.id;
});

afterAll(async () => {
  await dispatcher.close();
  await new Promise((resolve) => server.close(resolve));
  catalogue.close();
});

const hostileText = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.constantFrom(
    '',
    ' ',
    '%',
    '%ZZ',
    '\u0000',
    '\uFFFE',
    '../../etc/passwd',
    '"',
    "'; DROP TABLE datasets;--",
  ),
  fc.constantFrom('title:bus AND (', 'NOT', '*', '"unterminated', '((((((((((a', '[* TO', '{!lucene}x'),
  fc.nat({ max: 10_000 }).map((length) => 'x'.repeat(length)),
  fc.constantFrom('公交', '巴士', '空氣質素', 'NaN', '-1', '1e308', '0x10', 'true', 'null', '[]', '{}'),
);

/** A value the parameter's schema allows, when it says enough to build one. */
function validValue(schema: JsonSchema): fc.Arbitrary<string> {
  if (Array.isArray(schema.enum)) return fc.constantFrom(...(schema.enum as unknown[]).map(String));
  if (schema.type === 'integer' || schema.type === 'number') {
    const min = typeof schema.minimum === 'number' ? schema.minimum : 0;
    const max = typeof schema.maximum === 'number' ? schema.maximum : min + 1000;
    return fc.integer({ min, max }).map(String);
  }
  if (schema.type === 'array' && schema.items) {
    const items = schema.items as JsonSchema;
    if (Array.isArray(items.enum))
      return fc.subarray(items.enum as string[], { minLength: 1 }).map((list) => list.join(','));
    if (items.type === 'number') return fc.constant('114.1,22.2,114.3,22.4');
  }
  if (schema.type === 'boolean') return fc.constantFrom('true', 'false');
  return fc.oneof(fc.constantFrom('bus', '公交', 'air quality', '2026-01-01'), fc.string({ maxLength: 12 }));
}

function queryString(route: RouteContract): fc.Arbitrary<string> {
  const properties = Object.entries(route.query?.properties ?? {});
  const one = properties.map(([name, schema]) =>
    fc
      .tuple(
        fc.constant(name),
        fc.oneof({ weight: 3, arbitrary: validValue(schema) }, { weight: 2, arbitrary: hostileText }),
      )
      .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(value)}`),
  );
  const unknown = fc
    .tuple(hostileText, hostileText)
    .map(([key, value]) => `${encodeURIComponent(key || 'x')}=${encodeURIComponent(value)}`);
  const raw = fc.constantFrom('a=%E4%B8', 'q=%', 'q[]=1', 'q[a]=b', 'q=1&q=2', '&&&', '=');
  const parts = one.length
    ? fc.oneof({ weight: 6, arbitrary: fc.oneof(...one) }, unknown, raw)
    : fc.oneof(unknown, raw);
  return fc.array(parts, { maxLength: 6 }).map((list) => (list.length ? `?${list.join('&')}` : ''));
}

function pathOf(route: RouteContract): fc.Arbitrary<string> {
  const names = [...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
  const value = (name: string) =>
    name === 'id' && route.path.includes('collections')
      ? fc.oneof(fc.constant(collectionId), hostileText)
      : fc.oneof(fc.constantFrom(...KNOWN_IDS), hostileText);
  return fc
    .tuple(...names.map(value))
    .map((values) =>
      names.reduce(
        (path, name, at) => path.replace(`{${name}}`, encodeURIComponent(values[at]!)),
        route.path,
      ),
    );
}

const deepJson = fc.nat({ max: 5_000 }).map((depth) => `${'['.repeat(depth)}${']'.repeat(depth)}`);
const body = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc
    .record({ title: fc.oneof(fc.jsonValue(), fc.constant({ en: 'T' })), items: fc.jsonValue() })
    .map((value) => JSON.stringify(value)),
  fc
    .record({ rows: fc.jsonValue(), q: fc.jsonValue(), sort: fc.jsonValue(), fq: fc.jsonValue() })
    .map((value) => JSON.stringify(value)),
  deepJson,
  fc.constantFrom('{', 'not json', '{"rows":{"toString":1}}', '{"__proto__":{"x":1}}', ''),
);

const exchange = (route: RouteContract) =>
  fc.record({
    path: pathOf(route),
    query: queryString(route),
    body: body,
    contentType: fc.constantFrom('application/json', 'application/x-www-form-urlencoded', 'text/plain'),
    auth: fc.constantFrom('none', 'valid', 'wrong'),
    ifMatch: fc.constantFrom(undefined, '*', '"stale"'),
    accept: fc.constantFrom(
      undefined,
      'application/json',
      'text/turtle',
      'application/ld+json',
      '*/*',
      'image/png',
    ),
  });

describe('every route of the OpenAPI document under generated and hostile requests', () => {
  const perRoute = Math.ceil(TOTAL_REQUESTS / ROUTES.length);
  let sent = 0;

  afterAll(() => expect(sent).toBeGreaterThanOrEqual(TOTAL_REQUESTS));

  it.each(ROUTES.map((route) => [`${route.method.toUpperCase()} ${route.path}`, route] as const))(
    '%s never answers 5xx',
    async (_name, route) => {
      await fc.assert(
        fc.asyncProperty(exchange(route), async (generated) => {
          const method = route.method.toUpperCase();
          const headers: Record<string, string> = {};
          if (generated.auth === 'valid') headers.authorization = `Bearer ${token}`;
          if (generated.auth === 'wrong') headers.authorization = 'Bearer nope';
          if (generated.ifMatch) headers['if-match'] = generated.ifMatch;
          if (generated.accept) headers.accept = generated.accept;
          const withBody = method === 'POST' || method === 'PUT';
          if (withBody) headers['content-type'] = generated.contentType;
          const response = await request(`${origin}${generated.path}${generated.query}`, {
            method: method as 'GET',
            headers,
            body: withBody ? generated.body : undefined,
            dispatcher,
          });
          await response.body.dump();
          sent++;
          return response.statusCode < 500;
        }),
        { numRuns: perRoute, seed: 20261204, endOnFailure: true },
      );
    },
    300_000,
  );
});
