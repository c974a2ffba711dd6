/**
 * The base map works offline: no tile server, only the two cities' district boundaries (bundled in
 * web/public, built by scripts/build-basemap.ts) over a plain sea. Result extents and previews are layers
 * on top; their sources start empty and DatasetMap fills them.
 */
import type { StyleSpecification } from '@maplibre/maplibre-gl-style-spec';
import type { FeatureCollection } from 'geojson';

const empty = (): FeatureCollection => ({ type: 'FeatureCollection', features: [] });

export const RESULT_COLOR = '#1864ab';
export const SELECTED_COLOR = '#d9480f';

export function baseStyle(attribution: string): StyleSpecification {
  return {
    version: 8,
    sources: {
      districts: { type: 'geojson', data: '/districts.geojson', attribution },
      results: { type: 'geojson', data: empty(), promoteId: 'id' },
      preview: { type: 'geojson', data: empty() },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#dbe7f0' } },
      { id: 'districts-fill', type: 'fill', source: 'districts', paint: { 'fill-color': '#f8f6f0' } },
      {
        id: 'districts-line',
        type: 'line',
        source: 'districts',
        paint: { 'line-color': '#a8a293', 'line-width': 0.7 },
      },
      {
        id: 'results-fill',
        type: 'fill',
        source: 'results',
        paint: {
          'fill-color': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            SELECTED_COLOR,
            RESULT_COLOR,
          ],
          // Many datasets share an extent (a whole city); stacked fills would turn opaque, so only the
          // selected one is filled and the others are outlines (the fill layer still takes the clicks).
          'fill-opacity': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            0.25,
            ['boolean', ['feature-state', 'hovered'], false],
            0.15,
            0,
          ],
        },
      },
      {
        id: 'results-line',
        type: 'line',
        source: 'results',
        paint: {
          'line-color': [
            'case',
            ['boolean', ['feature-state', 'selected'], false],
            SELECTED_COLOR,
            RESULT_COLOR,
          ],
          'line-width': [
            'case',
            [
              'any',
              ['boolean', ['feature-state', 'selected'], false],
              ['boolean', ['feature-state', 'hovered'], false],
            ],
            2.5,
            1,
          ],
        },
      },
      {
        id: 'preview-fill',
        type: 'fill',
        source: 'preview',
        filter: ['==', ['geometry-type'], 'Polygon'],
        paint: { 'fill-color': '#2b8a3e', 'fill-opacity': 0.3 },
      },
      {
        id: 'preview-line',
        type: 'line',
        source: 'preview',
        filter: ['in', ['geometry-type'], ['literal', ['LineString', 'Polygon']]],
        paint: { 'line-color': '#2b8a3e', 'line-width': 1.5 },
      },
      {
        id: 'preview-point',
        type: 'circle',
        source: 'preview',
        filter: ['==', ['geometry-type'], 'Point'],
        paint: {
          'circle-color': '#2b8a3e',
          'circle-radius': 4,
          'circle-stroke-color': '#fff',
          'circle-stroke-width': 1,
        },
      },
    ],
  };
}
