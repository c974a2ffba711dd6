/**
 * Geoportal transform: one search result plus its item `_source` → a unified record. Pure. The extent
 * comes from `envelope_geo` (or the search bbox) and is converted when it is in HK1980 Grid metres.
 * Data services (WFS, FeatureServer, file-api) become resources; the publisher comes from the record,
 * else from the department prefix of the id.
 */
import type { BBox, License, LocalizedText, Resource } from '../../../catalog-schema';
import { bboxToWgs84, looksLikeHk1980 } from '../../../catalog/geo/crs';
import { cityPlace } from '../../geo/places';
import { ckanTimestampToIso } from '../../normalize/dates';
import { normalizeFrequency } from '../../normalize/frequency';
import { licenseOrTerms } from '../../normalize/license';
import { normalizeFormat, normalizeUrl } from '../../normalize/resources';
import { TransformError, type RawItem, type UntaggedRecord } from '../types';
import type { GeoportalSiteConfig } from './config';
import departments from './departments.json';
import type { GeoportalPayload } from './source';

type Source = Record<string, unknown>;

const text = (value: unknown): string | undefined => {
  const first = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' && first.trim() ? first.trim() : undefined;
};
/** The objects of a list; Elasticsearch sources give a list of one as a bare object, so that counts too. */
const records = (value: unknown): Source[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (entry): entry is Source => !!entry && typeof entry === 'object' && !Array.isArray(entry),
  );
const texts = (value: unknown): string[] =>
  (Array.isArray(value) ? value : [value]).filter(
    (entry): entry is string => typeof entry === 'string' && !!entry.trim(),
  );

function localized(source: Source, base: unknown, fields: Record<string, string>): LocalizedText {
  const out: LocalizedText = {};
  const english = text(base);
  if (english) out.en = english;
  for (const [language, field] of Object.entries(fields)) {
    const value = text(source[field]);
    if (value) out[language as keyof LocalizedText] = value;
  }
  return out;
}

const isPoint = (point: unknown): point is [number, number] =>
  Array.isArray(point) && point.length === 2 && point.every(Number.isFinite);

/**
 * envelope_geo holds envelopes as [[minX, maxY], [maxX, minY]] (Elasticsearch order); a record may have
 * several (their union is the extent) or one given without its list.
 */
function extent(source: Source, search: Source): BBox | undefined {
  const corners = records(source.envelope_geo).flatMap((envelope) => {
    const points = envelope.coordinates;
    return Array.isArray(points) && points.length === 2 && points.every(isPoint) ? points : [];
  });
  let bbox: BBox | undefined;
  if (corners.length) {
    const xs = corners.map(([x]) => x);
    const ys = corners.map(([, y]) => y);
    bbox = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
  } else {
    const box = records(search.bbox)[0];
    if (box && [box.xmin, box.ymin, box.xmax, box.ymax].every(Number.isFinite)) {
      bbox = [box.xmin, box.ymin, box.xmax, box.ymax] as BBox;
    }
  }
  if (!bbox) return undefined;
  const declared = text(source.apiso_CRS) ?? '';
  const grid =
    /2326/.test(declared) || (looksLikeHk1980([bbox[0], bbox[1]]) && looksLikeHk1980([bbox[2], bbox[3]]));
  const wgs84 = grid ? bboxToWgs84(bbox, 'EPSG:2326') : bbox;
  const inRange = wgs84[0] >= -180 && wgs84[2] <= 180 && wgs84[1] >= -90 && wgs84[3] <= 90;
  return inRange ? wgs84 : undefined;
}

const SERVICE_FORMATS: [RegExp, string, boolean][] = [
  [/WFSServer|service=wfs/i, 'WFS', true],
  [/WMSServer|service=wms/i, 'WMS', true],
  [/FeatureServer/i, 'ARCGIS', true],
  [/MapServer/i, 'ARCGIS', true],
  [/file-api.*format=geojson/i, 'GEOJSON', true],
];

function resources(source: Source, search: Source): Resource[] {
  const fromItem = records(source.resources_nst).map((r) => ({ url: r.url_s, type: text(r.url_type_s) }));
  const fromSearch = records(search.links)
    .filter((link) => link.rel === 'related')
    .map((link) => ({ url: link.href, type: text(link.dctype) }));
  const seen = new Set<string>();
  return [...fromItem, ...fromSearch].flatMap(({ url: raw, type }): Resource[] => {
    const url = normalizeUrl(raw);
    if (!url || seen.has(url)) return [];
    seen.add(url);
    const service = SERVICE_FORMATS.find(([pattern]) => pattern.test(url));
    const format = service?.[1] ?? normalizeFormat(type, url);
    return [{ name: type ? `${type} service` : url, url, format, isApi: service?.[2] ?? false }];
  });
}

function publisher(config: GeoportalSiteConfig, source: Source, id: string): UntaggedRecord['publisher'] {
  const prefix = id.split('_')[0]!.toLowerCase();
  const known = (departments as Record<string, { id: string; name: LocalizedText }>)[prefix];
  if (config.publisherFromIdPrefix && known) return known;
  const named = text(source.apiso_OrganizationName_txt) ?? text(source.contact_organizations_s);
  return {
    id: named ? named.toLowerCase().replace(/\s+/g, '-') : prefix,
    name: { en: named ?? prefix.toUpperCase() },
  };
}

/**
 * A licence the item names by link in its use constraints (ISO 19115 lets them be free text, so only a
 * URL is taken as one; the link is then all that is known of it), else the portal's terms of use.
 */
function license(config: GeoportalSiteConfig, source: Source): License {
  const url = config.licenseFields
    .flatMap((field) => texts(source[field]))
    .map((value) => value.trim())
    .find((value) => /^https?:\/\/\S+$/i.test(value));
  const id = url?.replace(/^https?:\/\//i, '').replace(/\/+$/, '');
  return licenseOrTerms({ id, title: url ? { en: url } : {}, url }, config.terms);
}

export function transformGeoportal(config: GeoportalSiteConfig, item: RawItem): UntaggedRecord {
  const payload = records(item.payload)[0] as Partial<GeoportalPayload> | undefined;
  // The search result only adds fallbacks: the item's _source is the record.
  const search: Source = records(payload?.search)[0] ?? {};
  const source = records(records(payload?.item)[0]?._source)[0];
  if (!source) throw new TransformError('missing_source', `item ${item.sourceId} has no _source`);
  const id = text(source.fileid) ?? text(search.id) ?? item.sourceId;
  const title = localized(source, source.title ?? search.title, config.translatedFields.title);
  if (!Object.keys(title).length) throw new TransformError('missing_title', `item ${id} has no title`);
  const description = localized(
    source,
    source.description ?? search.description,
    config.translatedFields.description,
  );
  const bbox = extent(source, search);
  const modified = ckanTimestampToIso(text(source.sys_modified_dt) ?? search.updated);
  const issued = ckanTimestampToIso(text(source.sys_created_dt) ?? search.published);
  const keywords = [...new Set([...texts(source.keywords_s), ...texts(source.apiso_Subject_txt)])];
  return {
    id: `${config.source}:${id}`,
    source: config.source,
    sourceId: id,
    city: config.city,
    title,
    ...(Object.keys(description).length && { description }),
    publisher: publisher(config, source, id),
    categories: keywords.map((keyword) => ({ scheme: config.source, id: keyword, label: { en: keyword } })),
    keywords,
    resources: resources(source, search),
    spatial: bbox ? { bbox } : { bbox: cityPlace(config.city).bbox, place: cityPlace(config.city).name },
    temporal: {},
    updateFrequency: normalizeFrequency(text(source.apiso_MaintenanceFrequency_s)),
    ...(issued && { issued }),
    ...(modified && { modified }),
    access: 'open',
    landingPage: config.landingPage.replace('{id}', encodeURIComponent(id)),
    links: [],
    license: license(config, source),
  };
}
