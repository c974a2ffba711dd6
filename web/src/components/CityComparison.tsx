/**
 * Cross-city discovery at a glance: for the current search, how many datasets each city has in each
 * smart-city area. A count opens those datasets (city and area filters set).
 */
import { useEffect, useState } from 'react';
import type { AreaId } from '../../../catalog-schema/types';
import areas from '../../../catalog-schema/areas.json';
import { searchDatasets } from '../api';
import { facetLabel, t } from '../i18n';
import { apiQuery, inCity, type SearchState } from '../search-state';

const CITIES = ['hong-kong', 'shanghai'] as const;
type Counts = Record<(typeof CITIES)[number], Partial<Record<AreaId, number>>>;

interface Props {
  state: SearchState;
  onOpen(city: string, area: AreaId): void;
}

export function CityComparison({ state, onOpen }: Props) {
  const [counts, setCounts] = useState<Counts>();
  const searches = CITIES.map((city) => inCity(state, city));
  // Fetched again only when the searches it sends change (not on a page or an area filter of its own).
  const key = searches.map((search) => apiQuery(search, 1).toString()).join('|');
  useEffect(() => {
    const controller = new AbortController();
    Promise.all(searches.map((search) => searchDatasets(search, controller.signal, 1))).then(
      (results) => {
        const byArea = (index: number) =>
          Object.fromEntries(results[index]!.facets.area?.map(({ value, count }) => [value, count]) ?? []);
        setCounts({ 'hong-kong': byArea(0), shanghai: byArea(1) });
      },
      () => !controller.signal.aborted && setCounts(undefined),
    );
    return () => controller.abort();
  }, [key]);

  if (!counts) return null;
  const { language } = state;
  return (
    <table className="comparison" aria-label={t(language, 'compare')}>
      <caption>{t(language, 'compare')}</caption>
      <thead>
        <tr>
          <th />
          {CITIES.map((city) => (
            <th key={city} scope="col">
              {facetLabel('city', city, language)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {areas.areas.map(({ id }) => (
          <tr key={id}>
            <th scope="row">{facetLabel('area', id, language)}</th>
            {CITIES.map((city) => {
              const count = counts[city][id as AreaId] ?? 0;
              const chosen = state.filters.city.includes(city) && state.filters.area.includes(id);
              return (
                <td key={city}>
                  <button
                    type="button"
                    disabled={!count}
                    aria-pressed={chosen}
                    data-cell={`${city}/${id}`}
                    onClick={() => onOpen(city, id as AreaId)}
                  >
                    {count.toLocaleString()}
                  </button>
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
