/**
 * Which resource to preview, and how to ask for it: an ordered list of format rules (as TerriaJS picks
 * from a CKAN record), best first. Service rules rewrite the URL into a query answered in WGS84.
 */
import type { Resource } from '../../catalog-schema';

export interface PreviewRule {
  id: 'geojson' | 'arcgis-featureserver' | 'wfs' | 'csv' | 'xlsx' | 'json';
  formats: string[];
  url: RegExp;
}

export const PREVIEW_RULES: readonly PreviewRule[] = [
  { id: 'geojson', formats: ['GEOJSON'], url: /\.geojson(?:$|[?#])|[?&](?:output)?format=geojson/i },
  { id: 'arcgis-featureserver', formats: ['ARCGIS'], url: /\/FeatureServer(?:\/\d+)?\/?(?:$|[?#])/i },
  { id: 'wfs', formats: ['WFS'], url: /WFSServer|[?&]service=wfs/i },
  { id: 'csv', formats: ['CSV', 'TSV'], url: /\.(?:csv|tsv)(?:$|[?#])/i },
  { id: 'xlsx', formats: ['XLSX', 'XLS'], url: /\.xlsx(?:$|[?#])/i },
  { id: 'json', formats: ['JSON'], url: /\.json(?:$|[?#])/i },
];

export function ruleFor(resource: Resource): PreviewRule | undefined {
  return PREVIEW_RULES.find((rule) => rule.formats.includes(resource.format) || rule.url.test(resource.url));
}

/** The best resource to preview: the first rule any resource satisfies, in rule order. */
export function pickResource(
  resources: readonly Resource[],
): { index: number; rule: PreviewRule } | undefined {
  for (const rule of PREVIEW_RULES) {
    const index = resources.findIndex(
      (resource) => rule.formats.includes(resource.format) || rule.url.test(resource.url),
    );
    if (index >= 0) return { index, rule };
  }
  return undefined;
}

/** An ArcGIS FeatureServer layer's query for GeoJSON in WGS84. */
export function featureServerQuery(url: string, maxFeatures: number): string {
  const base = new URL(url);
  base.search = '';
  base.pathname = /\/FeatureServer\/?$/i.test(base.pathname)
    ? `${base.pathname.replace(/\/$/, '')}/0`
    : base.pathname.replace(/\/$/, '');
  base.pathname += '/query';
  base.search = new URLSearchParams({
    where: '1=1',
    outFields: '*',
    outSR: '4326',
    f: 'geojson',
    resultRecordCount: String(maxFeatures),
  }).toString();
  return base.href;
}

/** A WFS GetCapabilities URL and, given a feature type, its GetFeature in GeoJSON and EPSG:4326. */
export function wfsUrls(url: string): {
  capabilities: string;
  getFeature(typeName: string, maxFeatures: number): string;
} {
  const base = new URL(url);
  const keep = [...base.searchParams].filter(
    ([key]) => !/^(service|request|version|typenames?|outputformat|srsname|count|maxfeatures)$/i.test(key),
  );
  const withParams = (params: Record<string, string>) => {
    const target = new URL(base.href);
    target.search = new URLSearchParams([...keep, ...Object.entries(params)]).toString();
    return target.href;
  };
  return {
    capabilities: withParams({ service: 'WFS', request: 'GetCapabilities' }),
    getFeature: (typeName, maxFeatures) =>
      withParams({
        service: 'WFS',
        version: '2.0.0',
        request: 'GetFeature',
        typeNames: typeName,
        outputFormat: 'geojson',
        srsName: 'EPSG:4326',
        count: String(maxFeatures),
      }),
  };
}
