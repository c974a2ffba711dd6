/**
 * Fetches a resource for a preview without becoming a way into the network it runs in: http(s) only;
 * every connection's address is checked after DNS resolution (so a name that resolves to 10.0.0.1 is
 * refused), redirects are followed by hand and each hop checked again; size and time are capped.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { USER_AGENT } from '../../catalog/user-agent';
import { hostPortOf, isBlockedAddress } from './address-guard';
import { PreviewError } from './errors';

export type Resolver = (hostname: string) => Promise<LookupAddress[]>;

export interface FetchLimits {
  maxBytes: number;
  timeoutMs: number;
  /** host:port pairs exempt from the address check. */
  allowHosts: readonly string[];
  resolver?: Resolver;
  maxRedirects?: number;
  /** Stop reading (and mark truncated) at this many bytes instead of failing. */
  stopAtBytes?: number;
}

export interface Fetched {
  body: Buffer;
  contentType: string;
  finalUrl: string;
  truncated: boolean;
}

const defaultResolver: Resolver = (hostname) =>
  new Promise((resolve, reject) =>
    dnsLookup(hostname, { all: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );

/** A lookup for http.request that resolves, then refuses any blocked address before a socket connects. */
function guardedLookup(resolver: Resolver, allowed: boolean): LookupFunction {
  return (hostname, options, callback) => {
    resolver(hostname).then(
      (addresses) => {
        const refused = addresses.find((address) => isBlockedAddress(address.address));
        if (!allowed && (refused || !addresses.length)) {
          callback(
            new PreviewError(
              'address_refused',
              `${hostname} resolves to ${refused?.address ?? 'nothing'}, which previews may not reach`,
            ),
            '',
            4,
          );
          return;
        }
        if ((options as { all?: boolean }).all)
          (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
        else callback(null, addresses[0]!.address, addresses[0]!.family);
      },
      (error: Error) => callback(error as NodeJS.ErrnoException, '', 4),
    );
  };
}

function once(url: URL, limits: FetchLimits, deadline: number): Promise<IncomingMessage> {
  const allowed = limits.allowHosts.includes(hostPortOf(url));
  const literal = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowed && /^[\d.]+$|:/.test(literal) && isBlockedAddress(literal)) {
    return Promise.reject(
      new PreviewError('address_refused', `${url.host} is not an address previews may reach`),
    );
  }
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const outgoing = request(
      url,
      {
        method: 'GET',
        headers: { 'User-Agent': USER_AGENT, Accept: '*/*' },
        lookup: guardedLookup(limits.resolver ?? defaultResolver, allowed),
        timeout: Math.max(1, deadline - Date.now()),
      },
      resolve,
    );
    outgoing.on('timeout', () =>
      outgoing.destroy(new PreviewError('timeout', `${url.host} did not answer in time`)),
    );
    outgoing.on('error', (error) =>
      reject(
        error instanceof PreviewError
          ? error
          : new PreviewError(
              'upstream_error',
              `${url.host}: ${(error as NodeJS.ErrnoException).code ?? error.message}`,
            ),
      ),
    );
    outgoing.end();
  });
}

export async function safeFetch(rawUrl: string, limits: FetchLimits): Promise<Fetched> {
  let url: URL;
  try {
    url = new URL(rawUrl);
  } catch {
    throw new PreviewError('scheme_refused', 'the resource URL is not a valid URL');
  }
  const deadline = Date.now() + limits.timeoutMs;
  for (let hop = 0; hop <= (limits.maxRedirects ?? 5); hop++) {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      throw new PreviewError('scheme_refused', `previews fetch http and https only, not ${url.protocol}`);
    }
    const response = await once(url, limits, deadline);
    const status = response.statusCode ?? 0;
    if (status >= 300 && status < 400 && response.headers.location) {
      response.resume();
      url = new URL(response.headers.location, url);
      continue;
    }
    if (status >= 400) {
      response.resume();
      throw new PreviewError('upstream_error', `${url.host} answered ${status}`);
    }
    const declared = Number(response.headers['content-length']);
    if (!limits.stopAtBytes && declared > limits.maxBytes) {
      response.destroy();
      throw new PreviewError(
        'too_large',
        `the resource is ${declared} bytes; previews read at most ${limits.maxBytes}`,
      );
    }
    return readBody(response, url, limits, deadline);
  }
  throw new PreviewError('upstream_error', `more than ${limits.maxRedirects ?? 5} redirects`);
}

function readBody(
  response: IncomingMessage,
  url: URL,
  limits: FetchLimits,
  deadline: number,
): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const cap = limits.stopAtBytes ?? limits.maxBytes;
    const timer = setTimeout(
      () => response.destroy(new PreviewError('timeout', `${url.host} sent the resource too slowly`)),
      Math.max(1, deadline - Date.now()),
    );
    const done = (truncated: boolean) => {
      clearTimeout(timer);
      resolve({
        body: Buffer.concat(chunks),
        contentType: String(response.headers['content-type'] ?? ''),
        finalUrl: url.href,
        truncated,
      });
    };
    response.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > cap) {
        if (limits.stopAtBytes) {
          chunks.push(chunk.subarray(0, chunk.length - (size - cap)));
          response.destroy();
          done(true);
        } else {
          response.destroy(
            new PreviewError('too_large', `the resource is larger than ${limits.maxBytes} bytes`),
          );
        }
        return;
      }
      chunks.push(chunk);
    });
    response.on('end', () => done(false));
    response.on('error', (error) => {
      clearTimeout(timer);
      reject(
        error instanceof PreviewError
          ? error
          : new PreviewError('upstream_error', `${url.host}: ${error.message}`),
      );
    });
  });
}
