/**
 * Links are built from the configured public URL (or a trusted proxy's forwarded host), never from the
 * Host header: `Host: attacker.example` must not appear in any answer of any route.
 */
import request from 'supertest';
import { ROUTES } from '../catalog-schema/api';
import type { Catalogue } from '../catalog';
import { configFromEnv } from './config';
import { testApp } from './testing';

const ATTACKER = 'attacker.example';

/** One request for every GET in the contract, with example values for its path parameters. */
function everyGet(): string[] {
  const examples: Record<string, string> = {
    id: 'datagovhk:kmb-bus-eta',
    file: 'init.js',
  };
  const paths = ROUTES.filter((route) => route.method === 'get').map((route) =>
    route.path.replace(/\{(\w+)\}/g, (_match, name: string) => encodeURIComponent(examples[name] ?? 'x')),
  );
  return [
    // previews fetch the resource from its portal: no test traffic leaves loopback, so not here
    ...paths.filter((path) => !path.endsWith('/preview')),
    '/feeds/recent.atom?area=mobility',
    '/catalog.jsonld?page=1',
    '/api/3/action/package_show?id=datagovhk:kmb-bus-eta',
    '/api/3/action/package_search?q=bus',
    '/api/3/action/no_such_action',
    '/api/datasets/datagovhk:nope',
  ];
}

function leaks(response: request.Response): boolean {
  return `${JSON.stringify(response.headers)}\n${response.text}`.includes(ATTACKER);
}

describe('the public base URL', () => {
  let catalogue: Catalogue;
  afterEach(() => catalogue?.close());

  it('never comes from the Host header or X-Forwarded-* of an untrusted client', async () => {
    let app;
    ({ catalogue, app } = testApp());
    const paths = everyGet();
    expect(paths.length).toBeGreaterThan(15);
    for (const path of paths) {
      const response = await request(app)
        .get(path)
        .set('Host', ATTACKER)
        .set('X-Forwarded-Host', ATTACKER)
        .set('X-Forwarded-Proto', 'https');
      expect(response.status).toBeLessThan(500);
      if (leaks(response)) throw new Error(`${path} put the request's Host into its answer`);
    }
    const feed = await request(app).get('/feeds/recent.atom').set('Host', ATTACKER);
    expect(feed.text).toContain('http://localhost:8080/api/datasets/');
  });

  it('is ATLAS_PUBLIC_URL when set', async () => {
    let app;
    ({ catalogue, app } = testApp({ publicBaseUrl: 'https://atlas.example.org/' }));
    const feed = await request(app).get('/feeds/recent.atom').set('Host', ATTACKER);
    expect(feed.text).toContain('https://atlas.example.org/api/datasets/');
    const ckan = await request(app).get('/api/3/action/package_list').set('Host', ATTACKER);
    expect(ckan.body.help).toBe('https://atlas.example.org/api/3/action/help_show?name=package_list');
  });

  it("follows a trusted proxy's forwarded host, and only that proxy's", async () => {
    let app;
    ({ catalogue, app } = testApp({ trustProxy: 'loopback' }));
    const viaProxy = await request(app)
      .get('/feeds/recent.atom')
      .set('X-Forwarded-Host', 'atlas.example.org')
      .set('X-Forwarded-Proto', 'https');
    expect(viaProxy.text).toContain('https://atlas.example.org/api/datasets/');
    catalogue.close();
    ({ catalogue, app } = testApp({ trustProxy: '10.9.9.9' }));
    const notTheProxy = await request(app).get('/feeds/recent.atom').set('X-Forwarded-Host', ATTACKER);
    expect(notTheProxy.text).not.toContain(ATTACKER);
  });

  it('defaults to http://localhost:$PORT, and to the proxy when one is trusted', () => {
    expect(configFromEnv({ PORT: '9090' }).publicBaseUrl).toBe('http://localhost:9090');
    expect(configFromEnv({}).publicBaseUrl).toBe('http://localhost:8080');
    expect(configFromEnv({ ATLAS_PUBLIC_URL: 'https://a.example' }).publicBaseUrl).toBe('https://a.example');
    expect(configFromEnv({ ATLAS_PUBLIC_URL: 'https://a.example/atlas/' }).publicBaseUrl).toBe(
      'https://a.example/atlas',
    );
    for (const bad of ['atlas.example', 'javascript:alert(1)', 'https://a.example/?x=1'])
      expect(() => configFromEnv({ ATLAS_PUBLIC_URL: bad })).toThrow(
        /ATLAS_PUBLIC_URL must be an http\(s\) URL/,
      );
    expect(configFromEnv({ ATLAS_TRUST_PROXY: 'loopback' })).toMatchObject({
      publicBaseUrl: undefined,
      trustProxy: 'loopback',
    });
  });
});
