/** A CKAN site as a connector. */
import type { Connector } from '../types';
import type { CkanSiteConfig } from './config';
import { fetchCkan } from './source';
import { transformCkan } from './transform';

export function ckanConnector(config: CkanSiteConfig): Connector {
  return {
    source: config.source,
    fetch: (context) => fetchCkan(config, context),
    transform: (item) => transformCkan(config, item),
  };
}
