/**
 * Coordinate conversions to WGS84, the only CRS the catalogue stores. HK1980 Grid (EPSG:2326) needs a
 * datum shift as well as the projection: reading its numbers as WGS84, or skipping +towgs84, puts points
 * ~100-200 m off. GCJ-02 (高德) and BD-09 (百度) are China's obfuscated systems, ~500 m off in Shanghai.
 */
import gcoord from 'gcoord';
import proj4 from 'proj4';
import type { BBox } from '../../catalog-schema';

export const EPSG_2326 =
  '+proj=tmerc +lat_0=22.3121333333333 +lon_0=114.178555555556 +k=1 +x_0=836694.05 +y_0=819069.8 ' +
  '+ellps=intl +towgs84=-162.619,-276.959,-161.764,0.067753,-2.243648,-1.158828,-1.094246 +units=m +no_defs';
proj4.defs('EPSG:2326', EPSG_2326);

export type Position = [number, number];
export type SourceCrs = 'WGS84' | 'EPSG:2326' | 'GCJ-02' | 'BD-09';

export function hk1980ToWgs84([easting, northing]: Position): Position {
  const [lon, lat] = proj4('EPSG:2326', 'EPSG:4326', [easting, northing]);
  return [lon!, lat!];
}

export function toWgs84(position: Position, crs: SourceCrs): Position {
  switch (crs) {
    case 'WGS84':
      return position;
    case 'EPSG:2326':
      return hk1980ToWgs84(position);
    case 'GCJ-02':
      return gcoord.transform(position, gcoord.GCJ02, gcoord.WGS84) as Position;
    case 'BD-09':
      return gcoord.transform(position, gcoord.BD09, gcoord.WGS84) as Position;
  }
}

/** HK1980 Grid metres: eastings and northings around 800-870 km; nothing in lon/lat looks like that. */
export function looksLikeHk1980([x, y]: Position): boolean {
  return x > 790_000 && x < 880_000 && y > 790_000 && y < 860_000;
}

/** A bbox in WGS84 from two corners in any supported CRS (all four corners are converted, then boxed). */
export function bboxToWgs84(bbox: BBox, crs: SourceCrs): BBox {
  if (crs === 'WGS84') return bbox;
  const [minX, minY, maxX, maxY] = bbox;
  const corners: Position[] = [
    [minX, minY],
    [minX, maxY],
    [maxX, minY],
    [maxX, maxY],
  ].map((corner) => toWgs84(corner as Position, crs));
  const round = (value: number) => Math.round(value * 1e6) / 1e6;
  return [
    round(Math.min(...corners.map((c) => c[0]))),
    round(Math.min(...corners.map((c) => c[1]))),
    round(Math.max(...corners.map((c) => c[0]))),
    round(Math.max(...corners.map((c) => c[1]))),
  ];
}
