/** Filters with counts for the current result set: city, smart-city area, portal, format, access, publisher. */
import type { Language } from '../../../catalog-schema/types';
import type { FacetValue } from '../api';
import { facetLabel, t, type MessageKey } from '../i18n';
import { FILTERS, hasFilters, type Filter, type SearchState } from '../search-state';

const SHOWN_VALUES = 12;

interface Props {
  state: SearchState;
  facets: Record<string, FacetValue[]>;
  onToggle(filter: Filter, value: string): void;
  onClear(): void;
}

export function FacetPanel({ state, facets, onToggle, onClear }: Props) {
  const { language } = state;
  return (
    <aside className="facets">
      {hasFilters(state) && (
        <button type="button" className="clear" onClick={onClear}>
          {t(language, 'clearAll')}
        </button>
      )}
      {FILTERS.map((filter) => (
        <FacetGroup
          key={filter}
          filter={filter}
          values={facets[filter] ?? []}
          chosen={state.filters[filter]}
          language={language}
          onToggle={onToggle}
        />
      ))}
    </aside>
  );
}

function FacetGroup(props: {
  filter: Filter;
  values: FacetValue[];
  chosen: string[];
  language: Language;
  onToggle(filter: Filter, value: string): void;
}) {
  const { filter, chosen, language, onToggle } = props;
  // Chosen values stay listed even when the other filters leave them no datasets.
  const values = [
    ...props.values.slice(0, SHOWN_VALUES),
    ...chosen
      .filter((value) => !props.values.slice(0, SHOWN_VALUES).some((entry) => entry.value === value))
      .map((value) => props.values.find((entry) => entry.value === value) ?? { value, count: 0 }),
  ];
  if (!values.length) return null;
  return (
    <fieldset className="facet" data-facet={filter}>
      <legend>{t(language, `facet_${filter}` as MessageKey)}</legend>
      {values.map(({ value, count, label }) => (
        <label key={value}>
          <input type="checkbox" checked={chosen.includes(value)} onChange={() => onToggle(filter, value)} />
          <span className="facet-label">{facetLabel(filter, value, language, label)}</span>
          <span className="count">{count.toLocaleString()}</span>
        </label>
      ))}
    </fieldset>
  );
}
