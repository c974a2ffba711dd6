import type { FeatureCollection } from 'geojson';
import { MAX_FEATURES, readArcGisJson, readGeoJson } from './geojson';

const point = (coordinates: number[], properties: Record<string, unknown> = {}) => ({
  type: 'Feature' as const,
  properties,
  geometry: { type: 'Point' as const, coordinates },
});
const collection = (features: ReturnType<typeof point>[]): FeatureCollection => ({
  type: 'FeatureCollection',
  features,
});

describe('GeoJSON previews', () => {
  it('recognises HK1980 Grid from coordinate ranges when there is no crs member', () => {
    const preview = readGeoJson(collection([point([811681.09476757, 819740.07469168])]));
    expect(preview.sourceCrs).toBe('EPSG:2326');
    const [lon, lat] = (preview.data.features[0]!.geometry as { coordinates: number[] }).coordinates;
    expect(lon).toBeCloseTo(113.93824, 4);
    expect(lat).toBeCloseTo(22.31648, 4);
  });

  it('converts GCJ-02 and BD-09 when the field names say so, and leaves WGS84 alone', () => {
    const gcj = readGeoJson(collection([point([121.4737, 31.2304], { 高德经度: 121.4737 })]));
    expect(gcj.sourceCrs).toBe('GCJ-02');
    expect((gcj.data.features[0]!.geometry as { coordinates: number[] }).coordinates[0]).toBeLessThan(
      121.4737 - 0.003,
    );
    expect(readGeoJson(collection([point([121.48, 31.23], { bd09_lng: 1 })])).sourceCrs).toBe('BD-09');
    const wgs = readGeoJson(collection([point([114.17, 22.3], { name: 'x' })]));
    expect(wgs.sourceCrs).toBe('WGS84');
    expect((wgs.data.features[0]!.geometry as { coordinates: number[] }).coordinates).toEqual([114.17, 22.3]);
  });

  it('caps big layers and says so', () => {
    const many = collection(
      Array.from({ length: MAX_FEATURES + 10 }, (_, index) => point([114 + index / 1e5, 22.3])),
    );
    const preview = readGeoJson(many);
    expect(preview.data.features).toHaveLength(MAX_FEATURES);
    expect(preview).toMatchObject({ truncated: true, featureCount: MAX_FEATURES + 10 });
  });

  it('reads Esri JSON in EPSG:2326 (wkid) into WGS84 polygons', () => {
    const preview = readArcGisJson({
      spatialReference: { wkid: 2326 },
      features: [
        {
          attributes: { id: 1 },
          geometry: {
            rings: [
              [
                [833000, 814500],
                [837500, 814500],
                [837500, 817500],
                [833000, 814500],
              ],
            ],
          },
        },
      ],
    });
    expect(preview.sourceCrs).toBe('EPSG:2326');
    expect(preview.bbox[0]).toBeCloseTo(114.145, 2);
    expect(preview.data.features[0]!.geometry!.type).toBe('Polygon');
  });
});
