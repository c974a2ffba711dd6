/** An Esri Geoportal site as a connector. */
import type { Connector } from '../types';
import type { GeoportalSiteConfig } from './config';
import { fetchGeoportal } from './source';
import { transformGeoportal } from './transform';

export function geoportalConnector(config: GeoportalSiteConfig): Connector {
  return {
    source: config.source,
    fetch: (context) => fetchGeoportal(config, context),
    transform: (item) => transformGeoportal(config, item),
  };
}
