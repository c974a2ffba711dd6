/** Normalises resource formats and URLs the way the schema wants them. */

const FORMAT_ALIASES: Record<string, string> = {
  'GEO-JSON': 'GEOJSON',
  'ESRI-REST': 'ARCGIS',
  'ARCGIS-REST': 'ARCGIS',
  FEATURESERVER: 'ARCGIS',
  MAPSERVER: 'ARCGIS',
  'ZIP-SHP': 'SHP',
  XLS: 'XLS',
  WEB: 'HTML',
};

const EXTENSION_FORMAT: Record<string, string> = {
  csv: 'CSV',
  json: 'JSON',
  geojson: 'GEOJSON',
  xml: 'XML',
  xlsx: 'XLSX',
  xls: 'XLS',
  zip: 'ZIP',
  pdf: 'PDF',
  kml: 'KML',
  kmz: 'KMZ',
  gml: 'GML',
  rdf: 'RDF',
};

/** 'GeoJSON' → 'GEOJSON', ' csv ' → 'CSV'; when the portal gives none, guessed from the URL's extension. */
export function normalizeFormat(format: unknown, url?: string): string {
  const cleaned =
    typeof format === 'string'
      ? format
          .trim()
          .toUpperCase()
          .replace(/^\./, '')
          .replace(/[^A-Z0-9._+-]+/g, '-')
      : '';
  if (cleaned && /^[A-Z0-9]/.test(cleaned)) return FORMAT_ALIASES[cleaned] ?? cleaned;
  const extension = url
    ? /\.([a-z0-9]+)(?:$|[?#])/i.exec(new URL(url, 'http://x').pathname)?.[1]?.toLowerCase()
    : undefined;
  return (extension && EXTENSION_FORMAT[extension]) || 'UNKNOWN';
}

/**
 * A URL the schema accepts (http, https or ftp), percent-encoding what portals leave raw (spaces,
 * <date> placeholders, Chinese); undefined when there is no URL to keep.
 */
export function normalizeUrl(value: unknown): string | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  try {
    const url = new URL(value.trim());
    return ['http:', 'https:', 'ftp:'].includes(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
