import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { USER_AGENT } from '../catalog/user-agent';
import { createHttpClient, HttpError, retryAfterMs } from './http';
import { startReplayServer, type ReplayServer } from './replay/server';

let replay: ReplayServer;
beforeAll(async () => {
  replay = await startReplayServer();
});
afterAll(() => replay.close());
beforeEach(() => replay.setFaults([]));

const LIST = '/en-data/api/3/action/package_list';
const fast = (extra = {}) => {
  const waits: number[] = [];
  const client = createHttpClient({
    requestsPerSecond: 0,
    baseDelayMs: 10,
    timeoutMs: 500,
    sleep: async (ms) => {
      waits.push(ms);
    },
    ...extra,
  });
  return { client, waits };
};

describe('http client', () => {
  it('gets JSON and names the project in its User-Agent', async () => {
    const server = createServer((request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ ua: request.headers['user-agent'] }));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const { client } = fast();
    expect(await client.getJson(`http://127.0.0.1:${port}/`)).toEqual({ ua: USER_AGENT });
    server.close();
  });

  it('goes through the proxy HTTP_PROXY names, with the axios node adapter', async () => {
    const proxy = createServer((request, response) => {
      response.writeHead(200, { 'Content-Type': 'application/json' });
      response.end(JSON.stringify({ via: 'proxy', url: request.url }));
    });
    await new Promise<void>((resolve) => proxy.listen(0, '127.0.0.1', resolve));
    const saved = { HTTP_PROXY: process.env.HTTP_PROXY, NO_PROXY: process.env.NO_PROXY };
    process.env.HTTP_PROXY = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
    process.env.NO_PROXY = '';
    try {
      const { client } = fast();
      // .invalid never resolves: only the proxy can answer
      const url = 'http://portal.invalid/en-data/api/3/action/package_list';
      expect(await client.getJson(url)).toEqual({ via: 'proxy', url });
    } finally {
      for (const [name, value] of Object.entries(saved)) {
        if (value === undefined) delete process.env[name];
        else process.env[name] = value;
      }
      proxy.close();
    }
  });

  it.each([
    ['a 500', { kind: 'status', status: 500 }],
    ['a 503', { kind: 'status', status: 503 }],
    ['a reset connection', { kind: 'reset' }],
    ['a timeout', { kind: 'timeout' }],
    ['malformed JSON', { kind: 'malformed-json' }],
  ] as const)('retries after %s and then succeeds', async (_name, fault) => {
    replay.setFaults([{ match: /package_list/, fault, times: 2 }]);
    const { client } = fast();
    const body = await client.getJson<{ success: boolean }>(`${replay.url}${LIST}`);
    expect(body.success).toBe(true);
    expect(client.stats).toMatchObject({ retries: 2, failures: 0 });
  });

  it('honours Retry-After on 429', async () => {
    replay.setFaults([
      { match: /package_list/, fault: { kind: 'rate-limit', retryAfterSeconds: 3 }, times: 1 },
    ]);
    const { client, waits } = fast();
    await client.getJson(`${replay.url}${LIST}`);
    expect(waits).toEqual([3000]);
  });

  it('backs off exponentially with jitter, then gives up with a typed error', async () => {
    replay.setFaults([{ match: /package_list/, fault: { kind: 'status', status: 502 } }]);
    const { client, waits } = fast({ retries: 3, baseDelayMs: 100, random: () => 0.5 });
    await expect(client.getJson(`${replay.url}${LIST}`)).rejects.toMatchObject({
      code: 'http_status',
      status: 502,
    });
    expect(waits).toEqual([75, 150, 300]);
    expect(client.stats).toMatchObject({ requests: 4, retries: 3, failures: 1 });
  });

  it('does not retry a 404, and reports HTML where JSON was expected', async () => {
    const { client } = fast();
    await expect(client.getJson(`${replay.url}/geoportal/rest/metadata/item/nope`)).rejects.toMatchObject({
      code: 'http_status',
      status: 404,
    });
    await expect(
      client.getJson(`${replay.url}/en-data/api/3/action/package_show`, {
        params: { id: 'no-such-dataset' },
      }),
    ).rejects.toMatchObject({ code: 'bad_content_type', message: expect.stringContaining('HTML') });
    expect(client.stats.retries).toBe(0);
  });

  it('spaces requests to one host by the rate limit', async () => {
    const client = createHttpClient({ requestsPerSecond: 20 });
    const started = Date.now();
    await Promise.all(Array.from({ length: 5 }, () => client.getText(`${replay.url}${LIST}`)));
    expect(Date.now() - started).toBeGreaterThanOrEqual(4 * 50 - 5);
  });

  it('caps the requests in flight per host', async () => {
    let inFlight = 0;
    let peak = 0;
    const server = createServer((_request, response) => {
      peak = Math.max(peak, ++inFlight);
      setTimeout(() => {
        inFlight--;
        response.end('ok');
      }, 20);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const client = createHttpClient({ requestsPerSecond: 0, maxConcurrentPerHost: 3 });
    await Promise.all(Array.from({ length: 10 }, () => client.getText(`http://127.0.0.1:${port}/`)));
    expect(peak).toBe(3);
    server.close();
  });

  it('follows redirects, and stops after too many', async () => {
    const server = createServer((request, response) => {
      if (request.url === '/moved') response.writeHead(301, { Location: '/data' }).end();
      else if (request.url === '/loop') response.writeHead(302, { Location: '/loop' }).end();
      else response.writeHead(200, { 'Content-Type': 'application/json' }).end('{"at":"data"}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    const { client } = fast();
    expect(await client.getJson(`http://127.0.0.1:${port}/moved`)).toEqual({ at: 'data' });
    await expect(client.getJson(`http://127.0.0.1:${port}/loop`)).rejects.toThrow(/more than 5 redirects/);
    server.close();
  });

  it('reads Retry-After as seconds or as an HTTP date', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs(new Date(Date.UTC(2026, 0, 1, 0, 0, 30)).toUTCString(), Date.UTC(2026, 0, 1))).toBe(
      30_000,
    );
    expect(retryAfterMs('soon')).toBeUndefined();
    expect(new HttpError('timeout', 'x', 'u')).toBeInstanceOf(Error);
  });
});
