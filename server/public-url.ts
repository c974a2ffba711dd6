/**
 * The public base URL that links in feeds, DCAT and CKAN answers are built from. It comes from
 * configuration (ATLAS_PUBLIC_URL), never from the request's Host header, which any client can set.
 */
import type { ServerConfig } from './config';

/** Used when ATLAS_PUBLIC_URL is unset: the address `npm start` serves on by default. */
export const DEFAULT_PUBLIC_URL = 'http://localhost:8080';

export function publicBaseUrl(config: Pick<ServerConfig, 'publicBaseUrl'>): string {
  return (config.publicBaseUrl ?? DEFAULT_PUBLIC_URL).replace(/\/+$/, '');
}
