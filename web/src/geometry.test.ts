import { makeRecord } from '../../catalog-schema/testing';
import { extentsOf, unionOf } from './geometry';

describe('result extents on the map', () => {
  it('draws each extent as a closed rectangle, largest first, and skips records without one', () => {
    const records = [
      makeRecord({ sourceId: 'small', spatial: { bbox: [114.1, 22.3, 114.2, 22.4] } }),
      makeRecord({ sourceId: 'none', spatial: {} }),
      makeRecord({ sourceId: 'city', spatial: { bbox: [113.8, 22.1, 114.5, 22.6] } }),
    ];
    const { features } = extentsOf(records, (record) => record.sourceId);
    expect(features.map((feature) => feature.properties.title)).toEqual(['city', 'small']);
    const ring = features[1]!.geometry.coordinates[0]!;
    expect(ring).toHaveLength(5);
    expect(ring[0]).toEqual(ring[4]);
    expect(unionOf(records.flatMap((record) => (record.spatial.bbox ? [record.spatial.bbox] : [])))).toEqual([
      113.8, 22.1, 114.5, 22.6,
    ]);
    expect(unionOf([])).toBeUndefined();
  });
});
