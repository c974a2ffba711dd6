/**
 * The map: result extents over both cities' districts, the selected dataset highlighted, a preview's
 * features when one is open. Clicking an extent opens that dataset; "Search this map area" filters the
 * results to what the view shows.
 */
import { useEffect, useRef } from 'react';
import {
  LngLatBounds,
  Map as MapLibre,
  NavigationControl,
  type GeoJSONSource,
  type MapGeoJSONFeature,
} from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import type { Language } from '../../../catalog-schema/types';
import { extentsOf, unionOf, type MapRecord } from '../geometry';
import { pick, t } from '../i18n';
import { baseStyle } from '../map-style';
import type { BBox } from '../search-state';

/** Both cities in one view: Hong Kong and Shanghai are ~1,200 km apart. */
const BOTH_CITIES: BBox = [113.7, 22.1, 122.2, 31.9];
const CITY_VIEWS: Record<'hong-kong' | 'shanghai', BBox> = {
  'hong-kong': [113.82, 22.15, 114.44, 22.57],
  shanghai: [120.85, 30.67, 122.2, 31.88],
};

interface Props {
  records: readonly MapRecord[];
  selected?: string;
  hovered?: string;
  /** The open dataset's extent: the map frames it. */
  focus?: BBox;
  preview?: FeatureCollection & { bbox?: BBox };
  /** The active map filter, when there is one: the view then stays where the user put it. */
  areaFilter?: BBox;
  language: Language;
  onSelect(id: string): void;
  onSearchArea(bbox: BBox | undefined): void;
}

const toBounds = ([minLon, minLat, maxLon, maxLat]: BBox) =>
  new LngLatBounds([minLon, minLat], [maxLon, maxLat]);

export function DatasetMap({
  records,
  selected,
  hovered,
  focus,
  preview,
  areaFilter,
  language,
  onSelect,
  onSearchArea,
}: Props) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibre | null>(null);
  const loaded = useRef<Promise<MapLibre> | null>(null);
  const selectRef = useRef(onSelect);
  selectRef.current = onSelect;

  useEffect(() => {
    const map = new MapLibre({
      container: container.current!,
      style: baseStyle(t(language, 'mapAttribution')),
      bounds: toBounds(BOTH_CITIES),
      attributionControl: { compact: true },
      dragRotate: false,
    });
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.on('click', 'results-fill', (event) => {
      // The smallest extent under the pointer is the one people aim at.
      const features = (event.features ?? []) as MapGeoJSONFeature[];
      const hit = features.at(-1);
      if (hit?.properties?.id) selectRef.current(String(hit.properties.id));
    });
    // Busy until loaded and while the view moves, so "Search this map area" is known to read where the
    // map came to rest.
    const busy = (value: boolean) => container.current?.setAttribute('aria-busy', String(value));
    busy(true);
    map.on('movestart', () => busy(true));
    map.on('moveend', () => busy(false));
    map.once('load', () => busy(false));
    map.on('mouseenter', 'results-fill', () => (map.getCanvas().style.cursor = 'pointer'));
    map.on('mouseleave', 'results-fill', () => (map.getCanvas().style.cursor = ''));
    mapRef.current = map;
    loaded.current = new Promise((resolve) => map.once('load', () => resolve(map)));
    return () => {
      map.remove();
      mapRef.current = null;
    };
    // Made once; the attribution keeps the first language, the features follow every change (below).
  }, []);

  useEffect(() => {
    let cancelled = false;
    loaded.current?.then((map) => {
      if (cancelled) return;
      const extents = extentsOf(records, (record) => pick(record.title, language));
      (map.getSource('results') as GeoJSONSource).setData(extents);
      const union = unionOf(records.flatMap((record) => (record.spatial.bbox ? [record.spatial.bbox] : [])));
      if (!areaFilter && union) map.fitBounds(toBounds(union), { padding: 40, maxZoom: 13, duration: 0 });
    });
    return () => {
      cancelled = true;
    };
  }, [records, language, areaFilter]);

  useEffect(() => {
    loaded.current?.then((map) => {
      map.removeFeatureState({ source: 'results' });
      if (selected) map.setFeatureState({ source: 'results', id: selected }, { selected: true });
      if (hovered) map.setFeatureState({ source: 'results', id: hovered }, { hovered: true });
    });
  }, [selected, hovered, records]);

  useEffect(() => {
    if (!focus) return;
    loaded.current?.then((map) => map.fitBounds(toBounds(focus), { padding: 60, maxZoom: 14 }));
  }, [focus]);

  useEffect(() => {
    loaded.current?.then((map) => {
      const source = map.getSource('preview') as GeoJSONSource;
      source.setData(preview ?? { type: 'FeatureCollection', features: [] });
      if (preview?.bbox) map.fitBounds(toBounds(preview.bbox), { padding: 40, maxZoom: 15, duration: 0 });
    });
  }, [preview]);

  const searchView = () => {
    const bounds = mapRef.current?.getBounds();
    if (bounds) onSearchArea([bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]);
  };
  const flyTo = (box: BBox) => mapRef.current?.fitBounds(toBounds(box), { padding: 20 });

  return (
    <div className="map-panel">
      <div ref={container} className="map" data-testid="map" />
      <div className="map-tools">
        <button type="button" onClick={() => flyTo(CITY_VIEWS['hong-kong'])}>
          {t(language, 'city_hong_kong')}
        </button>
        <button type="button" onClick={() => flyTo(CITY_VIEWS.shanghai)}>
          {t(language, 'city_shanghai')}
        </button>
        <button type="button" className="primary" onClick={searchView}>
          {t(language, 'searchArea')}
        </button>
        {areaFilter && (
          <button type="button" onClick={() => onSearchArea(undefined)}>
            {t(language, 'clearArea')}
          </button>
        )}
      </div>
    </div>
  );
}
