import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { bboxToWgs84, hk1980ToWgs84, looksLikeHk1980, toWgs84 } from './crs';

/** Metres between two WGS84 points (equirectangular; fine at these distances). */
const metres = ([lon1, lat1]: number[], [lon2, lat2]: number[]) => {
  const k = Math.PI / 180;
  const x = (lon2! - lon1!) * k * Math.cos(((lat1! + lat2!) / 2) * k);
  return Math.hypot(x, (lat2! - lat1!) * k) * 6_371_000;
};

describe('HK1980 Grid to WGS84', () => {
  // The immigration control points file gives each point in both systems: a real reference.
  const controlPoints = JSON.parse(
    readFileSync(
      join(__dirname, '../../fixtures/recorded/fileapi_geojson_immd_control_points_CP.geojson'),
      'utf8',
    ),
  ).features as { properties: Record<string, string> }[];

  // Where the file's own two positions agree, the conversion must reproduce them; elsewhere the department's
  // EASTING/NORTHING and LATITUDE/LONGITUDE were surveyed apart (up to ~64 m), so only the median is bounded.
  const consistent = [
    'Airport Control Point (Terminal 2)',
    'Express Rail Link West Kowloon Control Point',
    'China Ferry Terminal Control Point',
    'Shenzhen Bay Control Point',
    'River Trade Terminal Control Point',
  ];
  const errorOf = (properties: Record<string, string>) =>
    metres(hk1980ToWgs84([Number(properties.EASTING), Number(properties.NORTHING)]), [
      Number(properties.LONGITUDE),
      Number(properties.LATITUDE),
    ]);

  it.each(consistent)('%s lands within 1 m of its published WGS84 position', (name) => {
    expect(errorOf(controlPoints.find((f) => f.properties.NAME_EN === name)!.properties)).toBeLessThan(1);
  });

  it('has a median error under 5 m over all 16 control points', () => {
    const errors = controlPoints.map((f) => errorOf(f.properties)).sort((a, b) => a - b);
    expect(errors[Math.floor(errors.length / 2)]).toBeLessThan(5);
  });

  it('applies the datum shift: projecting on the HK1980 ellipsoid alone would be ~200 m off', () => {
    const { EASTING, NORTHING, LONGITUDE, LATITUDE } = controlPoints[0]!.properties;
    const proj4 = jest.requireActual('proj4');
    const noShift = proj4(
      '+proj=tmerc +lat_0=22.3121333333333 +lon_0=114.178555555556 +k=1 +x_0=836694.05 +y_0=819069.8 +ellps=intl +units=m +no_defs',
      'EPSG:4326',
      [Number(EASTING), Number(NORTHING)],
    );
    expect(metres(noShift, [Number(LONGITUDE), Number(LATITUDE)])).toBeGreaterThan(100);
  });

  it('recognises grid metres and converts a bbox corner by corner', () => {
    expect(looksLikeHk1980([836000, 818000])).toBe(true);
    expect(looksLikeHk1980([114.17, 22.3])).toBe(false);
    const bbox = bboxToWgs84([833000, 814500, 837500, 817500], 'EPSG:2326');
    expect(bbox[0]).toBeGreaterThan(114.1);
    expect(bbox[2]).toBeLessThan(114.2);
    expect(bbox[1]).toBeGreaterThan(22.25);
    expect(bbox[3]).toBeLessThan(22.32);
  });
});

describe('GCJ-02 and BD-09 to WGS84', () => {
  it('moves a Shanghai point by roughly the known offset', () => {
    const gcj: [number, number] = [121.4737, 31.2304];
    const wgs = toWgs84(gcj, 'GCJ-02');
    expect(metres(gcj, wgs)).toBeGreaterThan(300);
    expect(metres(gcj, wgs)).toBeLessThan(700);
    const bd = toWgs84([121.4802, 31.2361], 'BD-09');
    expect(metres(bd, gcj)).toBeLessThan(1200);
  });
});
