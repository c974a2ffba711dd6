/** Result records as map features: each dataset's extent as a rectangle, largest first so small ones stay on top. */
import type { Feature, FeatureCollection, Polygon } from 'geojson';
import { bboxPolygon } from '../../catalog-schema/bbox-polygon';
import type { BBox, DatasetRecord } from '../../catalog-schema/types';

const areaOf = ([minLon, minLat, maxLon, maxLat]: BBox) => (maxLon - minLon) * (maxLat - minLat);

/** What the map needs of a record: a full record or the compact one of lists (twins, counterparts). */
export type MapRecord = Pick<DatasetRecord, 'id' | 'title' | 'spatial'>;

/** Features carry the dataset id (as the feature id's key) and title, for clicks and hover. */
export function extentsOf<R extends MapRecord>(records: readonly R[], title: (record: R) => string) {
  const features: Feature<Polygon, { id: string; title: string }>[] = records
    .flatMap((record) => (record.spatial.bbox ? [{ record, bbox: record.spatial.bbox }] : []))
    .sort((a, b) => areaOf(b.bbox) - areaOf(a.bbox))
    .map(({ record, bbox }) => ({
      type: 'Feature',
      geometry: bboxPolygon(bbox),
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
