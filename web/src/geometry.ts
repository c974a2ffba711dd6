/** Result records as map features: each dataset's extent as a rectangle, largest first so small ones stay on top. */
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import type { DatasetRecord } from '../../catalog-schema/types';
import type { BBox } from './search-state';

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

const areaOf = ([minLon, minLat, maxLon, maxLat]: BBox) => (maxLon - minLon) * (maxLat - minLat);

/** Features carry the dataset id (as the feature id's key) and title, for clicks and hover. */
export function extentsOf(records: readonly DatasetRecord[], title: (record: DatasetRecord) => string) {
  const features: Feature<Polygon, { id: string; title: string }>[] = records
    .filter((record) => record.spatial.bbox)
    .sort((a, b) => areaOf(b.spatial.bbox as BBox) - areaOf(a.spatial.bbox as BBox))
    .map((record) => ({
      type: 'Feature',
      geometry: bboxPolygon(record.spatial.bbox as BBox),
      properties: { id: record.id, title: title(record) },
    }));
  return { type: 'FeatureCollection', features } satisfies FeatureCollection;
}

/** The box around several boxes; undefined for none. */
export function unionOf(boxes: readonly BBox[]): BBox | undefined {
  if (!boxes.length) return undefined;
  return [
    Math.min(...boxes.map((box) => box[0])),
    Math.min(...boxes.map((box) => box[1])),
    Math.max(...boxes.map((box) => box[2])),
    Math.max(...boxes.map((box) => box[3])),
  ];
}
