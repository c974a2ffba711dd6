/**
 * The vocabularies DCAT-AP asks for: namespaces, and our codes mapped to the EU Publications Office
 * authority tables (file types, languages, frequencies, access rights), each with the class its shapes require.
 */
import type { Access, Language, UpdateFrequency } from '../../catalog-schema';

export const NAMESPACES = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  hydra: 'http://www.w3.org/ns/hydra/core#',
  locn: 'http://www.w3.org/ns/locn#',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  gsp: 'http://www.opengis.net/ont/geosparql#',
} as const;

const AUTHORITY = 'http://publications.europa.eu/resource/authority';

/** Our upper-case format codes → EU file-type codes; a format not listed gets no dct:format. */
const FILE_TYPES: Record<string, string> = {
  CSV: 'CSV',
  TSV: 'TSV',
  JSON: 'JSON',
  GEOJSON: 'GEOJSON',
  XML: 'XML',
  XLS: 'XLS',
  XLSX: 'XLSX',
  ODS: 'ODS',
  PDF: 'PDF',
  HTML: 'HTML',
  TXT: 'TXT',
  ZIP: 'ZIP',
  RSS: 'RSS',
  RDF: 'RDF_XML',
  KML: 'KML',
  KMZ: 'KMZ',
  GML: 'GML',
  SHP: 'SHP',
  GPKG: 'GPKG',
  GEOPACKAGE: 'GPKG',
  FGDB: 'GDB',
  GEOTIFF: 'GEOTIFF',
  GTFS: 'GTFS',
  DWG: 'DWG',
  DGN: 'DGN',
  MDB: 'MDB',
  JPEG: 'JPEG',
  PNG: 'PNG',
  DOC: 'DOC',
  DOCX: 'DOCX',
  WMS: 'WMS_SRVC',
  WFS: 'WFS_SRVC',
  WMTS: 'WMTS_SRVC',
  ARCGIS: 'REST',
};

export function fileTypeIri(format: string): string | undefined {
  const code = FILE_TYPES[format];
  return code && `${AUTHORITY}/file-type/${code}`;
}

/** The EU language table has one code for Chinese in either script. */
export const LANGUAGE_IRIS: Record<Language, string> = {
  en: `${AUTHORITY}/language/ENG`,
  'zh-Hant': `${AUTHORITY}/language/ZHO`,
  'zh-Hans': `${AUTHORITY}/language/ZHO`,
};

export const FREQUENCY_IRIS: Record<UpdateFrequency, string> = {
  realtime: `${AUTHORITY}/frequency/UPDATE_CONT`,
  daily: `${AUTHORITY}/frequency/DAILY`,
  weekly: `${AUTHORITY}/frequency/WEEKLY`,
  monthly: `${AUTHORITY}/frequency/MONTHLY`,
  quarterly: `${AUTHORITY}/frequency/QUARTERLY`,
  yearly: `${AUTHORITY}/frequency/ANNUAL`,
  irregular: `${AUTHORITY}/frequency/IRREG`,
  static: `${AUTHORITY}/frequency/NEVER`,
  unknown: `${AUTHORITY}/frequency/UNKNOWN`,
};

/** Shanghai's 有条件开放 needs an application first: restricted, not public. */
export const ACCESS_RIGHTS_IRIS: Record<Access, string> = {
  open: `${AUTHORITY}/access-right/PUBLIC`,
  conditional: `${AUTHORITY}/access-right/RESTRICTED`,
};
