/** The small labels shown wherever a dataset is: its city, and its smart-city areas. */
import type { AreaId, City, Language } from '../../../catalog-schema/types';
import { facetLabel } from '../i18n';

export function CityBadge({ city, language }: { city: City; language: Language }) {
  return <span className={`city city-${city}`}>{facetLabel('city', city, language)}</span>;
}

export function AreaChips({ areas, language }: { areas: readonly AreaId[]; language: Language }) {
  return areas.map((area) => (
    <span key={area} className={`chip area-${area}`}>
      {facetLabel('area', area, language)}
    </span>
  ));
}
