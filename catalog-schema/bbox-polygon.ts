/** A WGS84 bounding box as a closed GeoJSON rectangle (CKAN's `spatial` extra, the explorer's map). Pure. */
import type { Polygon } from 'geojson';
import type { BBox } from './types';

export function bboxPolygon([minLon, minLat, maxLon, maxLat]: BBox): Polygon {
  return {
    type: 'Polygon',
    coordinates: [
      [
        [minLon, minLat],
        [maxLon, minLat],
        [maxLon, maxLat],
        [minLon, maxLat],
        [minLon, minLat],
      ],
    ],
  };
}
