/**
 * DCAT-AP as JSON-LD: a catalogue page with Hydra paging (/catalog.jsonld) or the whole catalogue
 * (`npm run export -- --format dcat`). Texts keep their languages as JSON-LD language tags.
 */
import { AREAS, type DatasetRecord, type LocalizedText } from '../../catalog-schema';

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  hydra: 'http://www.w3.org/ns/hydra/core#',
  locn: 'http://www.w3.org/ns/locn#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  skos: 'http://www.w3.org/2004/02/skos/core#',
};

const FREQUENCIES: Record<string, string> = {
  realtime: 'http://publications.europa.eu/resource/authority/frequency/UPDATE_CONT',
  daily: 'http://publications.europa.eu/resource/authority/frequency/DAILY',
  weekly: 'http://publications.europa.eu/resource/authority/frequency/WEEKLY',
  monthly: 'http://publications.europa.eu/resource/authority/frequency/MONTHLY',
  quarterly: 'http://publications.europa.eu/resource/authority/frequency/QUARTERLY',
  yearly: 'http://publications.europa.eu/resource/authority/frequency/ANNUAL',
  irregular: 'http://publications.europa.eu/resource/authority/frequency/IRREG',
  static: 'http://publications.europa.eu/resource/authority/frequency/NEVER',
};

const languageTagged = (text: LocalizedText | undefined) =>
  Object.entries(text ?? {}).map(([language, value]) => ({ '@value': value, '@language': language }));

const dateLiteral = (value: string) => ({
  '@value': value,
  '@type': value.length === 10 ? 'xsd:date' : 'xsd:dateTime',
});

export function areaUri(baseUrl: string, area: string): string {
  return `${baseUrl}/api/areas#${area}`;
}

export function dcatDataset(record: DatasetRecord, baseUrl: string): Record<string, unknown> {
  const bbox = record.spatial.bbox;
  return {
    '@id': `${baseUrl}/api/datasets/${encodeURIComponent(record.id)}`,
    '@type': 'dcat:Dataset',
    'dct:identifier': record.id,
    'dct:title': languageTagged(record.title),
    'dct:description': languageTagged(record.description),
    'dct:publisher': {
      '@type': 'foaf:Agent',
      'dct:identifier': record.publisher.id,
      'foaf:name': languageTagged(record.publisher.name),
    },
    'dcat:keyword': record.keywords,
    'dcat:theme': record.areas.map((area) => ({ '@id': areaUri(baseUrl, area) })),
    'dcat:landingPage': { '@id': record.landingPage },
    ...(record.issued && { 'dct:issued': dateLiteral(record.issued) }),
    ...(record.modified && { 'dct:modified': dateLiteral(record.modified) }),
    ...(FREQUENCIES[record.updateFrequency.normalized] && {
      'dct:accrualPeriodicity': { '@id': FREQUENCIES[record.updateFrequency.normalized] },
    }),
    'dct:accessRights': record.access === 'open' ? 'PUBLIC' : 'RESTRICTED',
    ...(bbox && {
      'dct:spatial': {
        '@type': 'dct:Location',
        'dcat:bbox': {
          '@value': `POLYGON((${bbox[0]} ${bbox[1]},${bbox[2]} ${bbox[1]},${bbox[2]} ${bbox[3]},${bbox[0]} ${bbox[3]},${bbox[0]} ${bbox[1]}))`,
          '@type': 'http://www.opengis.net/ont/geosparql#wktLiteral',
        },
        ...(record.spatial.place && { 'locn:geographicName': record.spatial.place }),
      },
    }),
    ...((record.temporal.start || record.temporal.end) && {
      'dct:temporal': {
        '@type': 'dct:PeriodOfTime',
        ...(record.temporal.start && { 'dcat:startDate': dateLiteral(record.temporal.start) }),
        ...(record.temporal.end && { 'dcat:endDate': dateLiteral(record.temporal.end) }),
      },
    }),
    'dcat:distribution': record.resources.map((resource) => ({
      '@type': 'dcat:Distribution',
      'dct:title': resource.name,
      'dcat:accessURL': { '@id': resource.url },
      'dct:format': resource.format,
      ...(resource.language && { 'dct:language': resource.language }),
    })),
  };
}

export function dcatCatalog(
  baseUrl: string,
  datasets: Record<string, unknown>[],
  view?: Record<string, unknown>,
): Record<string, unknown> {
  return {
    '@context': DCAT_CONTEXT,
    '@id': `${baseUrl}/catalog.jsonld`,
    '@type': 'dcat:Catalog',
    'dct:title': [
      { '@value': 'HK·SH Open Data Atlas', '@language': 'en' },
      { '@value': '港滬開放數據地圖集', '@language': 'zh-Hant' },
    ],
    'dct:description': {
      '@value':
        'Open data of Hong Kong and Shanghai in one catalogue, tagged with the HSODC smart-city areas.',
      '@language': 'en',
    },
    'dcat:themeTaxonomy': {
      '@id': `${baseUrl}/api/areas`,
      '@type': 'skos:ConceptScheme',
      'skos:hasTopConcept': AREAS.map((area) => ({
        '@id': areaUri(baseUrl, area.id),
        'skos:prefLabel': languageTagged(area.label),
      })),
    },
    'dcat:dataset': datasets,
    ...(view && { 'hydra:view': view }),
  };
}
