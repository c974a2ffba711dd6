/**
 * Rebuilds web/public/districts.geojson, the explorer's offline base map, from the recorded district
 * boundaries in ../shared/samples/geo (sources and licences in its SOURCES.md): Hong Kong's 18 districts
 * (WGS84) and Shanghai's 16 (GCJ-02, converted to WGS84 as the harvester does), coordinates rounded to ~1 m.
 * `npx tsx scripts/build-basemap.ts [samples-dir]`
 */
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { toWgs84, type SourceCrs } from '../catalog/geo/crs';

const samples = resolve(process.argv[2] ?? join(__dirname, '../../shared/samples'));
const OUTPUT = join(__dirname, '../web/public/districts.geojson');

const read = (name: string) =>
  JSON.parse(readFileSync(join(samples, 'geo', name), 'utf8')) as FeatureCollection;

function inWgs84(geometry: Geometry, crs: SourceCrs): Geometry {
  const convert = (position: Position): Position =>
    toWgs84(position as [number, number], crs).map((value) => Math.round(value * 1e5) / 1e5);
  switch (geometry.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: geometry.coordinates.map((ring) => ring.map(convert)) };
    case 'MultiPolygon':
      return {
        type: 'MultiPolygon',
        coordinates: geometry.coordinates.map((polygon) => polygon.map((ring) => ring.map(convert))),
      };
    default:
      throw new Error(`unexpected district geometry ${geometry.type}`);
  }
}

const districts = (name: string, city: string, crs: SourceCrs): Feature[] =>
  read(name).features.map((feature) => ({
    type: 'Feature',
    geometry: inWgs84(feature.geometry, crs),
    properties: { city, name_en: feature.properties?.name_en, name_zh: feature.properties?.name_zh },
  }));

const basemap: FeatureCollection = {
  type: 'FeatureCollection',
  features: [
    ...districts('hk-districts.geojson', 'hong-kong', 'WGS84'),
    ...districts('shanghai-districts.geojson', 'shanghai', 'GCJ-02'),
  ],
};
writeFileSync(OUTPUT, `${JSON.stringify(basemap)}\n`);
console.log(`wrote ${OUTPUT}: ${basemap.features.length} districts`);
