/**
 * The DCAT-AP 3.0.1 graph of the catalogue, as RDF/JS quads: one builder for every output (JSON-LD and
 * Turtle pages, per-dataset documents, `npm run export -- --format dcat`). Every controlled-vocabulary
 * IRI is typed with the class the official shapes require, and only http(s) IRIs are written.
 */
import { DataFactory, type NamedNode, type Quad, type Quad_Object } from 'n3';
import { AREAS, type AreaId, type DatasetRecord, type LocalizedText } from '../../catalog-schema';
import { httpUrl } from '../../catalog-schema/output-safety';
import {
  ACCESS_RIGHTS_IRIS,
  FREQUENCY_IRIS,
  LANGUAGE_IRIS,
  NAMESPACES as NS,
  fileTypeIri,
} from './dcat-vocabularies';

const { namedNode, literal, quad } = DataFactory;
const term = (prefix: keyof typeof NS, local: string) => namedNode(`${NS[prefix]}${local}`);
const A = term('rdf', 'type');

/** One page of the catalogue and where the other pages are (Hydra), all as absolute http(s) URLs. */
export interface CatalogPage {
  url: string;
  first: string;
  last: string;
  previous?: string;
  next?: string;
  totalItems: number;
}

/** The catalogue's own description (the Atlas is the publisher of the catalogue, not of the data). */
const CATALOG_TITLE: LocalizedText = {
  en: 'HK·SH Open Data Atlas',
  'zh-Hant': '港滬開放數據地圖集',
  'zh-Hans': '港沪开放数据地图集',
};
const CATALOG_DESCRIPTION: LocalizedText = {
  en: 'Open data of Hong Kong and Shanghai in one catalogue, tagged with the HSODC smart-city areas.',
};
const THEME_SCHEME_TITLE: LocalizedText = { en: 'HSODC smart-city areas' };

/** The http(s) IRI of a URL, or undefined for anything else (javascript:, ftp:, unparseable text). */
export function httpIri(value: string | undefined): NamedNode | undefined {
  const url = httpUrl(value);
  return url ? namedNode(url) : undefined;
}

export const catalogIri = (baseUrl: string) => `${baseUrl}/catalog`;
export const datasetIri = (baseUrl: string, id: string) =>
  `${baseUrl}/api/datasets/${encodeURIComponent(id)}`;
export const themeSchemeIri = (baseUrl: string) => `${baseUrl}/api/areas`;
export const themeIri = (baseUrl: string, area: AreaId) => `${baseUrl}/api/areas#${area}`;

/** Quads with each typed node described once, however many datasets point at it. */
class GraphBuilder {
  /** Quads by subject, in the order subjects first appear: each writer then states a node in one place. */
  private readonly bySubject = new Map<string, Quad[]>();
  private readonly described = new Set<string>();

  constructor(readonly baseUrl: string) {}

  get quads(): Quad[] {
    return [...this.bySubject.values()].flat();
  }

  add(subject: NamedNode, predicate: NamedNode, object: Quad_Object): void {
    const quads = this.bySubject.get(subject.value);
    if (quads) quads.push(quad(subject, predicate, object));
    else this.bySubject.set(subject.value, [quad(subject, predicate, object)]);
  }

  texts(subject: NamedNode, predicate: NamedNode, text: LocalizedText | undefined): void {
    for (const [language, value] of Object.entries(text ?? {})) {
      this.add(subject, predicate, literal(value, language));
    }
  }

  /** Adds `subject a type` (and what `describe` adds) the first time this subject is seen. */
  typed(iri: string, type: NamedNode, describe?: (node: NamedNode) => void): NamedNode {
    const node = namedNode(iri);
    if (!this.described.has(iri)) {
      this.described.add(iri);
      this.add(node, A, type);
      describe?.(node);
    }
    return node;
  }

  themeScheme(): NamedNode {
    return this.typed(themeSchemeIri(this.baseUrl), term('skos', 'ConceptScheme'), (scheme) =>
      this.texts(scheme, term('dct', 'title'), THEME_SCHEME_TITLE),
    );
  }

  theme(area: AreaId): NamedNode {
    const scheme = this.themeScheme();
    return this.typed(themeIri(this.baseUrl, area), term('skos', 'Concept'), (concept) => {
      this.texts(concept, term('skos', 'prefLabel'), AREAS.find((entry) => entry.id === area)?.label);
      this.add(concept, term('skos', 'inScheme'), scheme);
    });
  }
}

const dateLiteral = (value: string) =>
  literal(value, namedNode(`${NS.xsd}${value.length === 10 ? 'date' : 'dateTime'}`));

const wktPolygon = ([minLon, minLat, maxLon, maxLat]: readonly number[]) =>
  `POLYGON((${minLon} ${minLat},${maxLon} ${minLat},${maxLon} ${maxLat},${minLon} ${maxLat},${minLon} ${minLat}))`;

function addDistributions(graph: GraphBuilder, dataset: NamedNode, record: DatasetRecord): void {
  const license = httpIri(record.license?.url);
  const licenseNode =
    license &&
    graph.typed(license.value, term('dct', 'LicenseDocument'), (node) => {
      graph.texts(node, term('dct', 'title'), record.license.title);
      graph.add(node, term('dct', 'identifier'), literal(record.license.id));
    });
  const landingPage = httpIri(record.landingPage);
  const resources = record.resources.flatMap((resource) => {
    const url = httpIri(resource.url);
    return url ? [{ resource, url }] : [];
  });
  // Every dataset gets a distribution: with no usable resource (Shanghai's), the portal page gives access.
  const access = resources.length
    ? resources
    : [{ resource: undefined, url: landingPage ?? namedNode(dataset.value) }];
  access.forEach(({ resource, url }, index) => {
    const distribution = namedNode(`${dataset.value}#distribution-${index + 1}`);
    graph.add(dataset, term('dcat', 'distribution'), distribution);
    graph.add(distribution, A, term('dcat', 'Distribution'));
    graph.add(distribution, term('dcat', 'accessURL'), url);
    if (licenseNode) graph.add(distribution, term('dct', 'license'), licenseNode);
    if (!resource) {
      graph.add(distribution, term('dct', 'title'), literal('Dataset page on the portal', 'en'));
      return;
    }
    if (resource.name) graph.add(distribution, term('dct', 'title'), literal(resource.name));
    if (resource.description) {
      graph.add(distribution, term('dct', 'description'), literal(resource.description));
    }
    if (!resource.isApi) graph.add(distribution, term('dcat', 'downloadURL'), url);
    const fileType = fileTypeIri(resource.format);
    if (fileType) {
      graph.add(distribution, term('dct', 'format'), graph.typed(fileType, term('dct', 'MediaTypeOrExtent')));
    }
    if (resource.language) {
      const language = graph.typed(LANGUAGE_IRIS[resource.language], term('dct', 'LinguisticSystem'));
      graph.add(distribution, term('dct', 'language'), language);
    }
    if (resource.modified) graph.add(distribution, term('dct', 'modified'), dateLiteral(resource.modified));
  });
}

function addDataset(graph: GraphBuilder, record: DatasetRecord): NamedNode {
  const dataset = namedNode(datasetIri(graph.baseUrl, record.id));
  graph.add(dataset, A, term('dcat', 'Dataset'));
  graph.add(dataset, term('dct', 'identifier'), literal(record.id));
  graph.texts(dataset, term('dct', 'title'), record.title);
  // DCAT-AP requires a description; when the portal gives none, its title is the only text it gave.
  graph.texts(dataset, term('dct', 'description'), record.description ?? record.title);
  for (const keyword of record.keywords) graph.add(dataset, term('dcat', 'keyword'), literal(keyword));
  for (const area of record.areas) graph.add(dataset, term('dcat', 'theme'), graph.theme(area));
  const languages = new Set(
    [...Object.keys(record.title), ...Object.keys(record.description ?? {})].map(
      (language) => LANGUAGE_IRIS[language as keyof typeof LANGUAGE_IRIS],
    ),
  );
  for (const language of languages) {
    graph.add(dataset, term('dct', 'language'), graph.typed(language, term('dct', 'LinguisticSystem')));
  }

  const publisher = namedNode(`${dataset.value}#publisher`);
  graph.add(dataset, term('dct', 'publisher'), publisher);
  graph.add(publisher, A, term('foaf', 'Agent'));
  graph.texts(publisher, term('foaf', 'name'), record.publisher.name);
  graph.add(publisher, term('dct', 'identifier'), literal(record.publisher.id));

  const landingPage = httpIri(record.landingPage);
  if (landingPage) {
    graph.add(dataset, term('dcat', 'landingPage'), graph.typed(landingPage.value, term('foaf', 'Document')));
  }
  if (record.issued) graph.add(dataset, term('dct', 'issued'), dateLiteral(record.issued));
  if (record.modified) graph.add(dataset, term('dct', 'modified'), dateLiteral(record.modified));
  const frequency = FREQUENCY_IRIS[record.updateFrequency.normalized];
  graph.add(dataset, term('dct', 'accrualPeriodicity'), graph.typed(frequency, term('dct', 'Frequency')));
  const rights = ACCESS_RIGHTS_IRIS[record.access];
  graph.add(dataset, term('dct', 'accessRights'), graph.typed(rights, term('dct', 'RightsStatement')));

  const { bbox, place } = record.spatial;
  if (bbox || place) {
    const location = namedNode(`${dataset.value}#spatial`);
    graph.add(dataset, term('dct', 'spatial'), location);
    graph.add(location, A, term('dct', 'Location'));
    if (bbox) graph.add(location, term('dcat', 'bbox'), literal(wktPolygon(bbox), term('gsp', 'wktLiteral')));
    if (place) graph.add(location, term('locn', 'geographicName'), literal(place));
  }
  const { start, end } = record.temporal;
  if (start || end) {
    const period = namedNode(`${dataset.value}#temporal`);
    graph.add(dataset, term('dct', 'temporal'), period);
    graph.add(period, A, term('dct', 'PeriodOfTime'));
    if (start) graph.add(period, term('dcat', 'startDate'), dateLiteral(start));
    if (end) graph.add(period, term('dcat', 'endDate'), dateLiteral(end));
  }
  addDistributions(graph, dataset, record);
  return dataset;
}

function addPageView(graph: GraphBuilder, catalog: NamedNode, page: CatalogPage): void {
  const view = namedNode(page.url);
  graph.add(catalog, term('hydra', 'view'), view);
  graph.add(view, A, term('hydra', 'PartialCollectionView'));
  graph.add(view, term('hydra', 'first'), namedNode(page.first));
  graph.add(view, term('hydra', 'last'), namedNode(page.last));
  if (page.previous) graph.add(view, term('hydra', 'previous'), namedNode(page.previous));
  if (page.next) graph.add(view, term('hydra', 'next'), namedNode(page.next));
  graph.add(catalog, term('hydra', 'totalItems'), literal(String(page.totalItems), term('xsd', 'integer')));
}

/** The catalogue node with its publisher, languages and theme taxonomy, its datasets, and the page's links. */
export function catalogQuads(baseUrl: string, records: Iterable<DatasetRecord>, page?: CatalogPage): Quad[] {
  const graph = new GraphBuilder(baseUrl);
  const catalog = namedNode(catalogIri(baseUrl));
  graph.add(catalog, A, term('dcat', 'Catalog'));
  graph.texts(catalog, term('dct', 'title'), CATALOG_TITLE);
  graph.texts(catalog, term('dct', 'description'), CATALOG_DESCRIPTION);
  const publisher = namedNode(`${catalog.value}#publisher`);
  graph.add(catalog, term('dct', 'publisher'), publisher);
  graph.add(publisher, A, term('foaf', 'Agent'));
  graph.texts(publisher, term('foaf', 'name'), CATALOG_TITLE);
  graph.add(catalog, term('foaf', 'homepage'), graph.typed(`${baseUrl}/`, term('foaf', 'Document')));
  for (const language of new Set(Object.values(LANGUAGE_IRIS))) {
    graph.add(catalog, term('dct', 'language'), graph.typed(language, term('dct', 'LinguisticSystem')));
  }
  const scheme = graph.themeScheme();
  graph.add(catalog, term('dcat', 'themeTaxonomy'), scheme);
  for (const area of AREAS) graph.add(scheme, term('skos', 'hasTopConcept'), graph.theme(area.id));
  for (const record of records) graph.add(catalog, term('dcat', 'dataset'), addDataset(graph, record));
  if (page) addPageView(graph, catalog, page);
  return graph.quads;
}

/** One dataset on its own, with the nodes it points at (publisher, distributions, vocabularies). */
export function datasetQuads(baseUrl: string, record: DatasetRecord): Quad[] {
  const graph = new GraphBuilder(baseUrl);
  addDataset(graph, record);
  return graph.quads;
}
