import axios, { AxiosError, type AxiosInstance } from 'axios';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib';
import { Agent } from 'undici';
import { undiciAdapter } from './undici-adapter';

type Handler = (request: IncomingMessage, body: string, response: ServerResponse) => void;

let handler: Handler;
let base: string;
let client: AxiosInstance;
const server = createServer((request, response) => {
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk: string) => (body += chunk));
  request.on('end', () => handler(request, body, response));
});

beforeAll(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  client = axios.create({
    timeout: 300,
    headers: { 'User-Agent': 'atlas-test' },
    adapter: undiciAdapter(new Agent()),
  });
});
afterAll(() => {
  server.closeAllConnections();
  server.close();
});

const json = (response: ServerResponse, value: unknown, headers = {}) => {
  response.writeHead(200, { 'Content-Type': 'application/json', ...headers });
  response.end(JSON.stringify(value));
};

describe('undici adapter for axios', () => {
  it('sends the method, path, query, headers and JSON body axios prepared', async () => {
    handler = (request, body, response) =>
      json(response, {
        method: request.method,
        url: request.url,
        agent: request.headers['user-agent'],
        type: request.headers['content-type'],
        body,
      });
    const response = await client.post(`${base}/yys/es/v1/dataset/search?x=1`, { pageNum: 2 });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json');
    expect(response.data).toEqual({
      method: 'POST',
      url: '/yys/es/v1/dataset/search?x=1',
      agent: 'atlas-test',
      type: 'application/json',
      body: '{"pageNum":2}',
    });
  });

  it.each([
    ['gzip', gzipSync],
    ['deflate', deflateSync],
    ['br', brotliCompressSync],
  ] as const)('decodes a %s body', async (coding, encode) => {
    handler = (request, _body, response) => {
      response.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Content-Encoding': coding });
      response.end(encode(Buffer.from(`公共數據 ${request.headers['accept-encoding']}`)));
    };
    const response = await client.get(`${base}/`, { responseType: 'text' });
    expect(response.data).toBe('公共數據 gzip, deflate, br');
  });

  it('returns bytes for responseType arraybuffer', async () => {
    handler = (_request, _body, response) => response.end(Buffer.from([0x50, 0x4b, 0x03, 0x04]));
    const response = await client.get(`${base}/export.xlsx`, { responseType: 'arraybuffer' });
    expect(Buffer.from(response.data).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))).toBe(true);
  });

  it('rejects a status that validateStatus refuses, with the response attached', async () => {
    handler = (_request, _body, response) => {
      response.writeHead(404);
      response.end('no such dataset');
    };
    const error = await client.get(`${base}/missing`).catch((caught: AxiosError) => caught);
    expect(error).toBeInstanceOf(AxiosError);
    expect((error as AxiosError).code).toBe(AxiosError.ERR_BAD_REQUEST);
    expect((error as AxiosError).response?.status).toBe(404);
  });

  it('times out a server that never answers', async () => {
    handler = () => undefined;
    const error = await client.get(`${base}/slow`).catch((caught: AxiosError) => caught);
    expect((error as AxiosError).code).toBe(AxiosError.ETIMEDOUT);
    expect((error as AxiosError).message).toMatch(/timeout of 300 ms/);
  });

  it('reports a connection the server drops as ECONNRESET', async () => {
    handler = (request) => request.socket.destroy();
    const error = await client.get(`${base}/reset`).catch((caught: AxiosError) => caught);
    expect((error as AxiosError).code).toBe('ECONNRESET');
  });

  it('enforces maxContentLength', async () => {
    handler = (_request, _body, response) => response.end('x'.repeat(100));
    const error = await client
      .get(`${base}/big`, { maxContentLength: 10 })
      .catch((caught: AxiosError) => caught);
    expect((error as AxiosError).message).toMatch(/maxContentLength size of 10 exceeded/);
  });

  it('refuses params and baseURL rather than silently dropping them', async () => {
    const error = await client.get(`${base}/`, { params: { id: 'x' } }).catch((caught: AxiosError) => caught);
    expect((error as AxiosError).code).toBe(AxiosError.ERR_BAD_OPTION);
  });
});
