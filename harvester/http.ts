/**
 * The harvester's HTTP client: axios with timeouts, retries (exponential backoff with jitter) on network
 * errors, timeouts, 5xx and 429 honouring Retry-After, a per-host rate limit and concurrency cap, and a
 * User-Agent naming the project. Every failure is an HttpError with a stable code.
 */
import axios, { type AxiosResponse, type Method } from 'axios';
import { USER_AGENT } from '../catalog/user-agent';
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import { Agent } from 'undici';
import { undiciAdapter } from './undici-adapter';

export type HttpErrorCode =
  | 'timeout'
  | 'network'
  | 'http_status'
  | 'bad_content_type'
  | 'bad_json'
  | 'portal_error'
  | 'unexpected_shape';

export class HttpError extends Error {
  constructor(
    readonly code: HttpErrorCode,
    message: string,
    readonly url: string,
    readonly status?: number,
    readonly retryable = false,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export interface HttpOptions {
  userAgent?: string;
  timeoutMs?: number;
  /** Attempts after the first. */
  retries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** Per host; 0 for no limit (local replays, benchmarks). */
  requestsPerSecond?: number;
  maxConcurrentPerHost?: number;
  /** Injected for tests: how to wait. */
  sleep?: (ms: number) => Promise<void>;
  random?: () => number;
}

export interface HttpStats {
  requests: number;
  retries: number;
  failures: number;
}

export interface RequestOptions {
  params?: Record<string, string | number>;
  body?: unknown;
  method?: Method;
}

export interface HttpClient {
  getJson<T = unknown>(url: string, options?: RequestOptions): Promise<T>;
  postJson<T = unknown>(url: string, body: unknown): Promise<T>;
  getText(url: string, options?: RequestOptions): Promise<string>;
  getBuffer(url: string, options?: RequestOptions): Promise<Buffer>;
  readonly stats: HttpStats;
}

const DEFAULTS = {
  userAgent: USER_AGENT,
  timeoutMs: 20_000,
  retries: 4,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
  requestsPerSecond: 2,
  maxConcurrentPerHost: 2,
};

const MAX_REDIRECTS = 5;

const PROXY_VARIABLES = ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy'];

/**
 * Requests go out through undici (undici-adapter.ts says why) unless a proxy is set in the environment:
 * then through axios's own adapter, which honours HTTP(S)_PROXY and NO_PROXY. undici 7, the last line
 * for Node 20, reconnects forever when a proxy drops a CONNECT tunnel (nodejs/undici#3897, fixed in 8).
 */
function proxyConfigured(env: NodeJS.ProcessEnv): boolean {
  return PROXY_VARIABLES.some((name) => env[name]);
}

function withParams(url: string, params: RequestOptions['params']): string {
  if (!params) return url;
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) search.append(key, String(value));
  const query = search.toString();
  return query ? `${url}${url.includes('?') ? '&' : '?'}${query}` : url;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Seconds or an HTTP date, as RFC 9110 allows; undefined when absent or unreadable. */
export function retryAfterMs(header: unknown, now = Date.now()): number | undefined {
  if (typeof header !== 'string' || !header.trim()) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Spaces requests to one host and caps how many are in flight at once. */
class HostGate {
  private nextSlot = 0;
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(
    private readonly intervalMs: number,
    private readonly maxConcurrent: number,
    private readonly sleep: (ms: number) => Promise<void>,
  ) {}

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.maxConcurrent) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      if (this.intervalMs > 0) {
        const now = Date.now();
        const slot = Math.max(now, this.nextSlot);
        this.nextSlot = slot + this.intervalMs;
        if (slot > now) await this.sleep(slot - now);
      }
      return await task();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }
}

function classify(response: AxiosResponse<string>, url: string): HttpError | undefined {
  const { status } = response;
  if (status === 429)
    return new HttpError('http_status', `${url} answered 429 Too Many Requests`, url, status, true);
  if (status >= 500) return new HttpError('http_status', `${url} answered ${status}`, url, status, true);
  if (status >= 400) return new HttpError('http_status', `${url} answered ${status}`, url, status, false);
  return undefined;
}

function networkError(error: unknown, url: string): HttpError {
  const { code, message } = error as { code?: string; message?: string };
  if (code === 'ECONNABORTED' || code === 'ETIMEDOUT' || /timeout/i.test(message ?? '')) {
    return new HttpError('timeout', `${url} did not answer in time`, url, undefined, true);
  }
  const what = [code, message].filter(Boolean).join(': ') || 'network error';
  return new HttpError('network', `${url}: ${what}`, url, undefined, true);
}

export function createHttpClient(options: HttpOptions = {}): HttpClient {
  const settings = { ...DEFAULTS, ...options };
  const sleep = options.sleep ?? realSleep;
  const random = options.random ?? Math.random;
  const gates = new Map<string, HostGate>();
  const stats: HttpStats = { requests: 0, retries: 0, failures: 0 };
  // Bodies stay as received (acceptJson parses and names malformed JSON), so no response transform.
  // Redirects are followed by `exchange` below, so the rate limit and the redirect cap apply at every hop.
  const instance = axios.create({
    timeout: settings.timeoutMs,
    validateStatus: () => true,
    transformResponse: [],
    maxRedirects: 0,
    ...(proxyConfigured(process.env)
      ? {
          adapter: 'http',
          httpAgent: new HttpAgent({ keepAlive: true }),
          httpsAgent: new HttpsAgent({ keepAlive: true }),
        }
      : { adapter: undiciAdapter(new Agent()) }),
  });
  // axios's defaults hold a header map per method, deep-merged into every request; one flat map is all
  // this client needs (axios's request transform still sets Content-Type for JSON bodies).
  instance.defaults.headers = {
    'User-Agent': settings.userAgent,
    Accept: 'application/json, text/plain, */*',
  } as unknown as typeof instance.defaults.headers;

  const gateFor = (url: string) => {
    const host = new URL(url).host;
    let gate = gates.get(host);
    if (!gate) {
      const interval = settings.requestsPerSecond > 0 ? 1000 / settings.requestsPerSecond : 0;
      gate = new HostGate(interval, settings.maxConcurrentPerHost, sleep);
      gates.set(host, gate);
    }
    return gate;
  };

  const backoff = (attempt: number, retryAfter?: number) => {
    if (retryAfter !== undefined) return Math.min(retryAfter, settings.maxDelayMs);
    const exponential = Math.min(settings.maxDelayMs, settings.baseDelayMs * 2 ** attempt);
    return exponential / 2 + random() * (exponential / 2);
  };

  /** One exchange, following up to MAX_REDIRECTS redirects (a 303, or any GET, is re-sent as GET). */
  async function exchange(
    url: string,
    responseType: 'text' | 'arraybuffer',
    requestOptions: RequestOptions,
  ): Promise<AxiosResponse> {
    // The query string is built here: axios's own params serialiser costs more CPU than the rest of a request.
    let target = withParams(url, requestOptions.params);
    let method: Method = requestOptions.method ?? (requestOptions.body === undefined ? 'GET' : 'POST');
    for (let hop = 0; ; hop++) {
      const response = await gateFor(target).run(() =>
        instance.request({
          url: target,
          method,
          data: method === 'GET' ? undefined : requestOptions.body,
          responseType,
        }),
      );
      const location = response.headers.location;
      if (response.status < 300 || response.status >= 400 || typeof location !== 'string') return response;
      if (hop >= MAX_REDIRECTS)
        throw new HttpError(
          'http_status',
          `${url}: more than ${MAX_REDIRECTS} redirects`,
          url,
          response.status,
        );
      target = new URL(location, target).href;
      if (response.status === 303) method = 'GET';
    }
  }

  async function request<T>(
    url: string,
    responseType: 'text' | 'arraybuffer',
    requestOptions: RequestOptions,
    accept: (response: AxiosResponse) => T,
  ): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      let failure: HttpError;
      let retryAfter: number | undefined;
      try {
        stats.requests++;
        const response = await exchange(url, responseType, requestOptions);
        const statusError = classify(response, url);
        if (!statusError) return accept(response);
        failure = statusError;
        retryAfter = retryAfterMs(response.headers['retry-after']);
      } catch (error) {
        failure = error instanceof HttpError ? error : networkError(error, url);
      }
      if (!failure.retryable || attempt >= settings.retries) {
        stats.failures++;
        throw failure;
      }
      stats.retries++;
      await sleep(backoff(attempt, retryAfter));
    }
  }

  const acceptJson = (url: string) => (response: AxiosResponse) => {
    const type = String(response.headers['content-type'] ?? '');
    const body = String(response.data ?? '');
    if (!/json/i.test(type)) {
      const what = /html/i.test(type) || /^\s*</.test(body) ? 'HTML' : type || 'no content type';
      throw new HttpError(
        'bad_content_type',
        `${url} answered ${what} where JSON was expected`,
        url,
        response.status,
      );
    }
    try {
      return JSON.parse(body);
    } catch {
      throw new HttpError('bad_json', `${url} answered malformed JSON`, url, response.status, true);
    }
  };

  return {
    stats,
    getJson: (url, options = {}) => request(url, 'text', options, acceptJson(url)),
    postJson: (url, body) => request(url, 'text', { body, method: 'POST' }, acceptJson(url)),
    getText: (url, options = {}) => request(url, 'text', options, (response) => String(response.data ?? '')),
    getBuffer: (url, options = {}) =>
      request(url, 'arraybuffer', options, (response) => Buffer.from(response.data as ArrayBuffer)),
  };
}
