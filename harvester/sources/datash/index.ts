/** Shanghai's two ways in as connectors: the official export file, or the search API. */
import type { Connector } from '../types';
import { fetchDatashApi, type DatashApiConfig } from './api-source';
import { transformApiRecord } from './api-transform';
import { fetchExport } from './export-source';
import { transformExportRow } from './export-transform';
import { SOURCE } from './shanghai-record';

export function datashExportConnector(location: string): Connector {
  return {
    source: SOURCE,
    fetch: (context) => fetchExport(location, context),
    transform: transformExportRow,
  };
}

export function datashApiConnector(config: DatashApiConfig): Connector {
  return {
    source: SOURCE,
    fetch: (context) => fetchDatashApi(config, context),
    transform: transformApiRecord,
  };
}
