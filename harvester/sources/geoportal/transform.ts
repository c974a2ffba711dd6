/**
 * Geoportal transform: one search result plus its item `_source` → a unified record. Pure. The extent
 * comes from `envelope_geo` (or the search bbox) and is converted when it is in HK1980 Grid metres.
 * Data services (WFS, FeatureServer, file-api) become resources; the publisher comes from the record,
 * else from the department prefix of the id.
 */
import type { BBox, LocalizedText, Resource } from '../../../catalog-schema';
import { bboxToWgs84, looksLikeHk1980 } from '../../../catalog/geo/crs';
import { cityPlace } from '../../geo/places';
import { ckanTimestampToIso } from '../../normalize/dates';
import { normalizeFrequency } from '../../normalize/frequency';
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

/** envelope_geo is [[minX, maxY], [maxX, minY]] (Elasticsearch envelope order). */
function extent(source: Source, search: GeoportalPayload['search']): BBox | undefined {
  const envelope = (source.envelope_geo as { coordinates?: number[][] }[] | undefined)?.[0]?.coordinates;
  let bbox: BBox | undefined;
  if (
    envelope?.length === 2 &&
    envelope.every((point) => point.length === 2 && point.every(Number.isFinite))
  ) {
    const [[x1, y1], [x2, y2]] = envelope as [[number, number], [number, number]];
    bbox = [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)];
  } else {
    const box = search.bbox as { xmin?: number; ymin?: number; xmax?: number; ymax?: number } | undefined;
    if (box && [box.xmin, box.ymin, box.xmax, box.ymax].every((value) => Number.isFinite(value))) {
      bbox = [box.xmin!, box.ymin!, box.xmax!, box.ymax!];
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

function resources(source: Source, search: GeoportalPayload['search']): Resource[] {
  const fromItem = (
    (source.resources_nst as { url_s?: string; url_type_s?: string }[] | undefined) ?? []
  ).map((r) => ({
    url: r.url_s,
    type: r.url_type_s,
  }));
  const fromSearch = ((search.links as { rel?: string; dctype?: string; href?: string }[] | undefined) ?? [])
    .filter((link) => link.rel === 'related')
    .map((link) => ({ url: link.href, type: link.dctype }));
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

export function transformGeoportal(config: GeoportalSiteConfig, item: RawItem): UntaggedRecord {
  const { search, item: answer } = item.payload as GeoportalPayload;
  const source = answer?._source;
  if (!source) throw new TransformError('missing_source', `item ${item.sourceId} has no _source`);
  const id = text(source.fileid) ?? search.id;
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
  };
}
