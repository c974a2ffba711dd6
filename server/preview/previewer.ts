/**
 * Makes a preview of one resource of a dataset: picks the resource (or takes the one asked for), builds
 * the service query when it is a map service, fetches it safely, sniffs what actually came back, and
 * reads it as a table or as GeoJSON in WGS84. Results are cached on disk.
 */
import { XMLParser } from 'fast-xml-parser';
import type { DatasetRecord } from '../../catalog-schema';
import { PreviewCache } from './cache';
import { PreviewError } from './errors';
import { featureServerQuery, pickResource, ruleFor, wfsUrls, type PreviewRule } from './pick';
import { MAX_FEATURES, readArcGisJson, readGeoJson, type GeoJsonPreview } from './readers/geojson';
import { readDelimited, readJsonTable, type TablePreview } from './readers/table';
import { decodeText } from './readers/text';
import { readXlsx } from './readers/xlsx';
import { safeFetch, type FetchLimits, type Fetched, type Resolver } from './safe-fetch';

export type Preview = (TablePreview | GeoJsonPreview) & { resource: number; format: string };

export interface PreviewerOptions {
  allowHosts: readonly string[];
  maxBytes: number;
  timeoutMs: number;
  cacheDir: string;
  cacheTtlSeconds: number;
  maxRows?: number;
  resolver?: Resolver;
}

const TEXT_PREVIEW_BYTES = 2 * 1024 * 1024;

type Sniffed = 'xlsx' | 'json' | 'html' | 'xml' | 'text' | 'binary';

export function sniff(body: Buffer, contentType: string): Sniffed {
  if (body.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) return 'xlsx';
  const head = body
    .subarray(0, 512)
    .toString('latin1')
    .replace(/^\uFEFF|^\xEF\xBB\xBF/, '')
    .trimStart();
  if (/^[[{]/.test(head)) return 'json';
  if (/^<(!doctype html|html)/i.test(head) || /text\/html/i.test(contentType)) return 'html';
  if (head.startsWith('<')) return 'xml';
  const sample = body.subarray(0, 4096);
  const controls = sample.filter((byte) => byte < 9 || (byte > 13 && byte < 32)).length;
  return controls > sample.length * 0.01 ? 'binary' : 'text';
}

export function readJson(value: unknown, maxRows: number): TablePreview | GeoJsonPreview {
  const object = value as {
    type?: string;
    features?: unknown[];
    geometryType?: string;
    spatialReference?: unknown;
  };
  if (object && (object.type === 'FeatureCollection' || object.type === 'Feature'))
    return readGeoJson(object);
  const firstFeature = Array.isArray(object?.features)
    ? (object.features[0] as { geometry?: Record<string, unknown>; attributes?: unknown })
    : undefined;
  if (object?.spatialReference || object?.geometryType || firstFeature?.attributes)
    return readArcGisJson(object as never);
  const table = readJsonTable(value, maxRows);
  if (!table)
    throw new PreviewError(
      'unsupported_format',
      'the JSON is neither GeoJSON, ArcGIS JSON nor a list of records',
    );
  return table;
}

export class Previewer {
  private readonly cache: PreviewCache;
  private readonly maxRows: number;

  constructor(private readonly options: PreviewerOptions) {
    this.cache = new PreviewCache(options.cacheDir, options.cacheTtlSeconds);
    this.maxRows = options.maxRows ?? 200;
  }

  private limits(extra: Partial<FetchLimits> = {}): FetchLimits {
    return {
      maxBytes: this.options.maxBytes,
      timeoutMs: this.options.timeoutMs,
      allowHosts: this.options.allowHosts,
      resolver: this.options.resolver,
      ...extra,
    };
  }

  async preview(record: DatasetRecord, resourceIndex?: number): Promise<Preview> {
    let index: number;
    let rule: PreviewRule | undefined;
    if (resourceIndex === undefined) {
      const picked = pickResource(record.resources);
      if (!picked)
        throw new PreviewError(
          'no_previewable_resource',
          "none of this dataset's resources is a format previews can read",
        );
      ({ index, rule } = picked);
    } else {
      index = resourceIndex;
      rule = ruleFor(record.resources[index]!);
    }
    const resource = record.resources[index]!;
    const key = `${record.id}\u0000${index}\u0000${resource.url}`;
    const cached = await this.cache.get<Preview>(key);
    if (cached) return cached;
    const result = await this.read(
      resource.url,
      rule,
      record.city === 'hong-kong' ? 'zh-Hant' : 'zh-Hans',
      resource.language,
    );
    const preview = { ...result, resource: index, format: resource.format } as Preview;
    await this.cache.set(key, preview);
    return preview;
  }

  private async read(
    url: string,
    rule: PreviewRule | undefined,
    cityLanguage: string,
    language?: string,
  ): Promise<TablePreview | GeoJsonPreview> {
    if (rule?.id === 'arcgis-featureserver')
      return this.readFetched(
        await safeFetch(featureServerQuery(url, MAX_FEATURES), this.limits()),
        language ?? cityLanguage,
      );
    if (rule?.id === 'wfs') return this.readWfs(url);
    const textual = rule?.id === 'csv';
    return this.readFetched(
      await safeFetch(url, this.limits(textual ? { stopAtBytes: TEXT_PREVIEW_BYTES } : {})),
      language ?? cityLanguage,
    );
  }

  private async readWfs(url: string): Promise<GeoJsonPreview | TablePreview> {
    const urls = wfsUrls(url);
    const capabilities = await safeFetch(urls.capabilities, this.limits({ maxBytes: 5 * 1024 * 1024 }));
    const parsed = new XMLParser({ removeNSPrefix: true }).parse(capabilities.body.toString('utf8')) as {
      WFS_Capabilities?: { FeatureTypeList?: { FeatureType?: { Name?: string } | { Name?: string }[] } };
    };
    const types = parsed.WFS_Capabilities?.FeatureTypeList?.FeatureType;
    const name = (Array.isArray(types) ? types[0] : types)?.Name;
    if (!name) throw new PreviewError('unreadable', 'the WFS capabilities list no feature type');
    return this.readFetched(
      await safeFetch(urls.getFeature(String(name), MAX_FEATURES), this.limits()),
      undefined,
    );
  }

  private async readFetched(
    fetched: Fetched,
    languageHint: string | undefined,
  ): Promise<TablePreview | GeoJsonPreview> {
    const kind = sniff(fetched.body, fetched.contentType);
    switch (kind) {
      case 'xlsx':
        return readXlsx(fetched.body, this.maxRows);
      case 'json': {
        let value: unknown;
        try {
          value = JSON.parse(decodeText(fetched.body, languageHint).text);
        } catch {
          throw new PreviewError(
            'unreadable',
            fetched.truncated
              ? 'the JSON is larger than previews read'
              : 'the resource claims to be JSON but does not parse',
          );
        }
        return readJson(value, this.maxRows);
      }
      case 'text': {
        const { text, encoding } = decodeText(fetched.body, languageHint);
        return { ...readDelimited(text, this.maxRows, fetched.truncated), encoding };
      }
      case 'html':
        throw new PreviewError('unsupported_format', 'the resource is a web page, not data');
      case 'xml':
        throw new PreviewError(
          'unsupported_format',
          'the resource is XML; previews read CSV, TSV, JSON, GeoJSON, ArcGIS JSON, XLSX and WFS',
        );
      case 'binary':
        throw new PreviewError('unsupported_format', 'the resource is a binary file previews cannot read');
    }
  }
}
