/**
 * The replay server: the recorded portals over real HTTP on loopback, on their real paths, so the
 * harvester runs unchanged against it (`--offline`, the tests, `npm start`). Faults can be injected per
 * route: latency, 500, 429 with Retry-After, timeouts, reset connections, malformed JSON, HTML with 200.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { route, type ReplayResponse } from './routes';
import { loadSnapshot, type PortalSnapshot } from './snapshot';

export type Fault =
  | { kind: 'latency'; ms: number }
  | { kind: 'status'; status: number }
  | { kind: 'rate-limit'; retryAfterSeconds: number }
  | { kind: 'timeout' }
  | { kind: 'reset' }
  | { kind: 'malformed-json' }
  | { kind: 'html-200' };

export interface FaultRule {
  /** Tested against "METHOD /path?query". */
  match: RegExp;
  fault: Fault;
  /** Apply to this many matching requests, then stop; forever when absent. */
  times?: number;
}

export interface ReplayOptions {
  snapshot?: PortalSnapshot;
  faults?: FaultRule[];
  /** Added to every response, to replay realistic network latency. */
  latencyMs?: number;
  host?: string;
  port?: number;
}

export interface ReplayServer {
  url: string;
  snapshot: PortalSnapshot;
  /** Every request received, as "METHOD /path?query". */
  requests: string[];
  setFaults(faults: FaultRule[]): void;
  close(): Promise<void>;
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  if (!chunks.length) return undefined;
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, reply: ReplayResponse): void {
  response.writeHead(reply.status, { 'Content-Type': reply.contentType, ...reply.headers });
  response.end(reply.body);
}

export async function startReplayServer(options: ReplayOptions = {}): Promise<ReplayServer> {
  const snapshot = options.snapshot ?? loadSnapshot();
  let faults = (options.faults ?? []).map((rule) => ({ ...rule }));
  const requests: string[] = [];
  const sockets = new Set<Socket>();

  const takeFault = (key: string): Fault | undefined => {
    const rule = faults.find((candidate) => candidate.match.test(key) && (candidate.times ?? 1) > 0);
    if (!rule) return undefined;
    if (rule.times !== undefined) rule.times--;
    return rule.fault;
  };

  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://replay');
    const key = `${request.method} ${url.pathname}${url.search}`;
    requests.push(key);
    const body = await readBody(request);
    if (options.latencyMs) await delay(options.latencyMs);
    const fault = takeFault(key);
    switch (fault?.kind) {
      case 'latency':
        await delay(fault.ms);
        break;
      case 'status':
        return send(response, {
          status: fault.status,
          contentType: 'text/plain',
          body: `injected ${fault.status}`,
        });
      case 'rate-limit':
        return send(response, {
          status: 429,
          contentType: 'text/plain',
          body: 'Too Many Requests',
          headers: { 'Retry-After': String(fault.retryAfterSeconds) },
        });
      case 'timeout':
        return; // never answer; the client's timeout ends it, close() destroys the socket
      case 'reset':
        request.socket.destroy();
        return;
      case 'malformed-json':
        return send(response, {
          status: 200,
          contentType: 'application/json',
          body: '{"success": true, "result": [',
        });
      case 'html-200':
        return send(response, {
          status: 200,
          contentType: 'text/html',
          body: '<html><body>Service temporarily unavailable</body></html>',
        });
    }
    send(response, route(snapshot, { method: request.method ?? 'GET', url, body }));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) =>
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', resolve),
  );
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${options.host ?? '127.0.0.1'}:${port}`,
    snapshot,
    requests,
    setFaults: (next) => {
      faults = next.map((rule) => ({ ...rule }));
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
