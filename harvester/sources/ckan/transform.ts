/**
 * CKAN transform: the per-language package_show results of one dataset → one trilingual unified record.
 * Pure. Languages are joined on `name`; groups on their `name` (their UUIDs differ per language).
 */
import type { Category, Language, License, LocalizedText, Resource } from '../../../catalog-schema';
import { cityPlace } from '../../geo/places';
import { ckanTimestampToIso, dayMonthYearToIso } from '../../normalize/dates';
import { normalizeFrequency } from '../../normalize/frequency';
import { licenseOrTerms } from '../../normalize/license';
import { normalizeFormat, normalizeUrl } from '../../normalize/resources';
import { TransformError, type RawItem, type UntaggedRecord } from '../types';
import type { CkanSiteConfig } from './config';
import type { CkanPayload } from './source';

type CkanObject = Record<string, unknown>;

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
const objects = (value: unknown): CkanObject[] =>
  Array.isArray(value)
    ? value.filter((entry): entry is CkanObject => !!entry && typeof entry === 'object')
    : [];

/** The listed fields that hold a value, under their own names (blank text and nulls are no value). */
function extrasOf(object: CkanObject, fields: readonly string[]): Record<string, string | number | boolean> {
  const extras: Record<string, string | number | boolean> = {};
  for (const field of fields) {
    const value = object[field];
    if (typeof value === 'string' && value.trim()) extras[field] = value.trim();
    else if ((typeof value === 'number' && Number.isFinite(value)) || typeof value === 'boolean') {
      extras[field] = value;
    }
  }
  return extras;
}

/** The languages that answered with a package (a missing or null one adds nothing). */
const results = (payload: CkanPayload) =>
  (Object.entries(payload) as [Language, unknown][]).filter(
    (entry): entry is [Language, CkanObject] => !!entry[1] && typeof entry[1] === 'object',
  );

function localized(payload: CkanPayload, read: (result: CkanObject) => unknown): LocalizedText {
  const out: LocalizedText = {};
  for (const [language, result] of results(payload)) {
    const value = text(read(result));
    if (value) out[language] = value;
  }
  return out;
}

function categories(config: CkanSiteConfig, payload: CkanPayload): Category[] {
  const byName = new Map<string, Category>();
  for (const [language, result] of results(payload)) {
    for (const group of objects(result.groups)) {
      const id = text(group.name);
      if (!id) continue;
      const category = byName.get(id) ?? { scheme: config.source, id, label: {} };
      const label = text(group.title) ?? text(group.display_name);
      if (label) category.label[language] = label;
      byName.set(id, category);
    }
  }
  return [...byName.values()].map((category) =>
    Object.keys(category.label).length ? category : { ...category, label: { en: category.id } },
  );
}

const LANGUAGE_CODES: Record<string, Language> = {
  en: 'en',
  'zh-hant': 'zh-Hant',
  'zh-hk': 'zh-Hant',
  tc: 'zh-Hant',
  'zh-hans': 'zh-Hans',
  'zh-cn': 'zh-Hans',
  sc: 'zh-Hans',
};

function resources(config: CkanSiteConfig, result: CkanObject): Resource[] {
  return objects(result.resources).flatMap((resource): Resource[] => {
    const url = normalizeUrl(resource.url);
    if (!url) return [];
    const start = dayMonthYearToIso(resource.temporal_from);
    const end = dayMonthYearToIso(resource.temporal_to);
    const language = LANGUAGE_CODES[String(resource.inLanguage ?? '').toLowerCase()];
    const modified =
      ckanTimestampToIso(resource.last_modified) ?? ckanTimestampToIso(resource.metadata_modified);
    const extras = extrasOf(resource, config.resourceExtraFields);
    return [
      {
        name: text(resource.name) ?? text(resource.description) ?? url,
        url,
        format: normalizeFormat(resource.format, url),
        isApi: String(resource.is_api ?? '').toUpperCase() === 'Y',
        ...(language && { language }),
        ...(text(resource.description) && { description: text(resource.description) }),
        ...((start || end) && { temporal: { ...(start && { start }), ...(end && { end }) } }),
        ...(modified && { modified }),
        ...(Object.keys(extras).length && { extras }),
      },
    ];
  });
}

function sameAsLinks(config: CkanSiteConfig, urls: string[]): { rel: string; id: string }[] {
  const ids = new Set<string>();
  for (const { pattern, source } of config.sameAsPatterns) {
    const regex = new RegExp(pattern);
    for (const url of urls) {
      const match = regex.exec(url);
      if (match?.[1]) ids.add(`${source}:${match[1]}`);
    }
  }
  return [...ids].map((id) => ({ rel: 'sameAs', id }));
}

/**
 * The package's own licence when it names one with an http(s) link (CKAN's license_id, license_title
 * and license_url; the title in each language's result), else the portal's terms of use.
 */
function license(config: CkanSiteConfig, payload: CkanPayload, primary: CkanObject): License {
  return licenseOrTerms(
    {
      id: text(primary.license_id),
      title: localized(payload, (result) => result.license_title),
      url: normalizeUrl(primary.license_url),
    },
    config.terms,
  );
}

export function transformCkan(config: CkanSiteConfig, item: RawItem): UntaggedRecord {
  const payload = item.payload as CkanPayload;
  const languages = Object.keys(config.actionPaths) as Language[];
  const primary = payload[languages[0]!];
  if (!primary || typeof primary !== 'object') {
    throw new TransformError(
      'missing_language',
      `no ${languages[0]} package_show result for ${item.sourceId}`,
    );
  }
  const name = text(primary.name);
  if (!name) throw new TransformError('missing_name', 'package_show result has no name');
  const organization = (primary.organization ?? {}) as CkanObject;
  const resourceList = resources(config, primary);
  const starts = resourceList
    .map((r) => r.temporal?.start)
    .filter((d): d is string => !!d)
    .sort();
  const ends = resourceList
    .map((r) => r.temporal?.end)
    .filter((d): d is string => !!d)
    .sort();
  const keywords = [
    ...new Set(
      results(payload).flatMap(([, result]) =>
        objects(result.tags).map((tag) => text(tag.display_name) ?? text(tag.name)),
      ),
    ),
  ].filter((keyword): keyword is string => !!keyword);
  const extras = extrasOf(primary, config.extraFields);
  const issued = ckanTimestampToIso(primary.metadata_created);
  const modified = ckanTimestampToIso(primary.metadata_modified);
  const place = config.cityWideByDefault ? cityPlace(config.city) : undefined;
  return {
    id: `${config.source}:${name}`,
    source: config.source,
    sourceId: name,
    city: config.city,
    title: localized(payload, (result) => result.title),
    description: localized(payload, (result) => result.notes),
    publisher: {
      id: text(organization.name) ?? 'unknown',
      name: localized(payload, (result) => (result.organization as CkanObject | undefined)?.title),
    },
    categories: categories(config, payload),
    keywords,
    resources: resourceList,
    spatial: place ? { bbox: place.bbox, place: place.name } : {},
    temporal: { ...(starts[0] && { start: starts[0] }), ...(ends.length && { end: ends[ends.length - 1] }) },
    updateFrequency: normalizeFrequency(text(primary.update_frequency)),
    ...(issued && { issued }),
    ...(modified && { modified }),
    access: 'open',
    landingPage: config.landingPage.replace('{name}', encodeURIComponent(name)),
    links: sameAsLinks(
      config,
      resourceList.map((resource) => resource.url),
    ),
    license: license(config, payload, primary),
    ...(Object.keys(extras).length && { extras }),
  };
}
