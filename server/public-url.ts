/**
 * The public base URL that links in feeds, DCAT and CKAN answers are built from. It comes from
 * configuration (ATLAS_PUBLIC_URL), or, only when ATLAS_TRUST_PROXY names the proxy in front, from the
 * forwarded scheme and host that proxy sets; never from the Host header of an untrusted client.
 */
import type { Request } from 'express';
import type { ServerConfig } from './config';

/** Used when neither is set: the address `npm start` serves on by default. */
export const DEFAULT_PUBLIC_URL = 'http://localhost:8080';

export function publicBaseUrl(
  config: Pick<ServerConfig, 'publicBaseUrl' | 'trustProxy'>,
  request?: Pick<Request, 'protocol' | 'host'>,
): string {
  const fromProxy = config.trustProxy && request?.host ? `${request.protocol}://${request.host}` : undefined;
  return (config.publicBaseUrl ?? fromProxy ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, '');
}
