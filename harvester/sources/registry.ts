/** The configured portals, by source name; `--endpoint` and `--file` change where they are read from. */
import { ckanConnector } from './ckan';
import { DATAGOVHK } from './ckan/config';
import { datashApiConnector, datashExportConnector } from './datash';
import { DATASH_API } from './datash/api-source';
import { geoportalConnector } from './geoportal';
import { CSDI } from './geoportal/config';
import type { Connector } from './types';

export const SOURCE_NAMES = ['datagovhk', 'csdi', 'datash'] as const;
export type SourceName = (typeof SOURCE_NAMES)[number];

export interface SourceLocations {
  /** Source → base URL (scheme and host) replacing the portal's own; paths stay the portal's. */
  endpoints?: Partial<Record<string, string>>;
  /** Source → file path or URL (only datash: its catalogue export). */
  files?: Partial<Record<string, string>>;
}

export function isSourceName(name: string): name is SourceName {
  return (SOURCE_NAMES as readonly string[]).includes(name);
}

export function connectorFor(name: SourceName, locations: SourceLocations = {}): Connector {
  const endpoint = locations.endpoints?.[name];
  switch (name) {
    case 'datagovhk':
      return ckanConnector({ ...DATAGOVHK, baseUrl: endpoint ?? DATAGOVHK.baseUrl });
    case 'csdi':
      return geoportalConnector({ ...CSDI, baseUrl: endpoint ?? CSDI.baseUrl });
    case 'datash': {
      const file = locations.files?.datash;
      return file
        ? datashExportConnector(file)
        : datashApiConnector({ ...DATASH_API, baseUrl: endpoint ?? DATASH_API.baseUrl });
    }
  }
}
