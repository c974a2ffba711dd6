/**
 * GeoJSON and Esri JSON as a WGS84 GeoJSON preview. The CRS comes from the `crs` member or the Esri
 * spatialReference, else from coordinate ranges (HK1980 Grid metres are unmistakable), else from field
 * names that say GCJ-02 (高德) or BD-09 (百度). Large layers are capped and simplified with turf.
 */
import { bbox as turfBbox, simplify, truncate } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { looksLikeHk1980, toWgs84, type SourceCrs } from '../../../catalog/geo/crs';

export interface GeoJsonPreview {
  kind: 'geojson';
  data: FeatureCollection;
  bbox: [number, number, number, number];
  truncated: boolean;
  sourceCrs: SourceCrs;
  featureCount: number;
}

export const MAX_FEATURES = 2000;
const SIMPLIFY_ABOVE_VERTICES = 50_000;

function eachPosition(geometry: Geometry | null, visit: (position: Position) => Position): Geometry | null {
  if (!geometry) return geometry;
  const map = (coordinates: unknown): unknown =>
    typeof (coordinates as number[])[0] === 'number'
      ? visit(coordinates as Position)
      : (coordinates as unknown[]).map(map);
  if (geometry.type === 'GeometryCollection')
    return { ...geometry, geometries: geometry.geometries.map((inner) => eachPosition(inner, visit)!) };
  return { ...geometry, coordinates: map(geometry.coordinates) } as Geometry;
}

function firstPosition(collection: FeatureCollection): Position | undefined {
  for (const feature of collection.features) {
    let found: Position | undefined;
    eachPosition(feature.geometry, (position) => {
      found ??= position;
      return position;
    });
    if (found) return found;
  }
  return undefined;
}

function crsFromMember(value: unknown): SourceCrs | undefined {
  const name = String((value as { properties?: { name?: string } })?.properties?.name ?? '');
  if (/2326/.test(name)) return 'EPSG:2326';
  if (/4326|CRS84/i.test(name)) return 'WGS84';
  return undefined;
}

function crsFromFieldNames(collection: FeatureCollection): SourceCrs | undefined {
  const names = Object.keys(collection.features[0]?.properties ?? {})
    .join(' ')
    .toLowerCase();
  if (/gcj|高德|gaode|amap/.test(names)) return 'GCJ-02';
  if (/bd09|bd-09|百度|baidu/.test(names)) return 'BD-09';
  return undefined;
}

export function detectCrs(collection: FeatureCollection, declared?: SourceCrs): SourceCrs {
  if (declared && declared !== 'WGS84') return declared;
  const first = firstPosition(collection);
  if (first && looksLikeHk1980([first[0]!, first[1]!])) return 'EPSG:2326';
  return crsFromFieldNames(collection) ?? declared ?? 'WGS84';
}

function vertexCount(collection: FeatureCollection): number {
  let count = 0;
  for (const feature of collection.features) {
    eachPosition(feature.geometry, (position) => {
      count++;
      return position;
    });
  }
  return count;
}

export function previewFeatures(collection: FeatureCollection, declared?: SourceCrs): GeoJsonPreview {
  const sourceCrs = detectCrs(collection, declared);
  const featureCount = collection.features.length;
  const kept = collection.features.slice(0, MAX_FEATURES);
  const features: Feature[] = kept.map((feature) => ({
    type: 'Feature',
    properties: feature.properties ?? {},
    ...(feature.id !== undefined && { id: feature.id }),
    geometry: eachPosition(feature.geometry, (position) =>
      toWgs84([Number(position[0]), Number(position[1])], sourceCrs),
    )!,
  }));
  let data: FeatureCollection = truncate(
    { type: 'FeatureCollection', features },
    { precision: 6, coordinates: 2 },
  );
  if (vertexCount(data) > SIMPLIFY_ABOVE_VERTICES)
    data = simplify(data, { tolerance: 0.0001, highQuality: false });
  const box = data.features.some((feature) => feature.geometry) ? (turfBbox(data) as number[]) : [0, 0, 0, 0];
  return {
    kind: 'geojson',
    data,
    bbox: [box[0]!, box[1]!, box[2]!, box[3]!],
    truncated: featureCount > MAX_FEATURES,
    sourceCrs,
    featureCount,
  };
}

export function readGeoJson(value: { type?: string; crs?: unknown; features?: unknown }): GeoJsonPreview {
  const collection: FeatureCollection =
    value.type === 'Feature'
      ? { type: 'FeatureCollection', features: [value as unknown as Feature] }
      : (value as FeatureCollection);
  return previewFeatures(collection, crsFromMember(value.crs));
}

interface EsriFeature {
  attributes?: Record<string, unknown>;
  geometry?: { x?: number; y?: number; points?: number[][]; paths?: number[][][]; rings?: number[][][] };
}

/** Esri JSON (ArcGIS REST f=json) to GeoJSON: points, multipoints, paths and rings. */
export function readArcGisJson(value: {
  spatialReference?: { wkid?: number; latestWkid?: number };
  features?: EsriFeature[];
}): GeoJsonPreview {
  const features: Feature[] = (value.features ?? []).map((feature) => {
    const g = feature.geometry ?? {};
    let geometry: Geometry | null = null;
    if (typeof g.x === 'number' && typeof g.y === 'number')
      geometry = { type: 'Point', coordinates: [g.x, g.y] };
    else if (g.points) geometry = { type: 'MultiPoint', coordinates: g.points };
    else if (g.paths) geometry = { type: 'MultiLineString', coordinates: g.paths };
    else if (g.rings) geometry = { type: 'Polygon', coordinates: g.rings };
    return { type: 'Feature', properties: feature.attributes ?? {}, geometry } as Feature;
  });
  const wkid = value.spatialReference?.latestWkid ?? value.spatialReference?.wkid;
  const declared: SourceCrs | undefined = wkid === 2326 ? 'EPSG:2326' : wkid === 4326 ? 'WGS84' : undefined;
  return previewFeatures({ type: 'FeatureCollection', features }, declared);
}
