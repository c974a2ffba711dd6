/**
 * What the explorer shows, as one value that round-trips through the page URL (so every view can be
 * shared and reloaded) and maps onto the catalogue API's /api/datasets parameters.
 */
import type { BBox, Language } from '../../catalog-schema/types';
import { LANGUAGES } from './i18n';
import { decodeShortlist, encodeShortlist } from './shortlist/shortlist-ids';

export type { BBox };

export const FILTERS = ['city', 'area', 'source', 'format', 'access', 'publisher'] as const;
export type Filter = (typeof FILTERS)[number];
export const SORTS = ['relevance', 'modified', 'title'] as const;
export type Sort = (typeof SORTS)[number];

export interface SearchState {
  q: string;
  filters: Record<Filter, string[]>;
  bbox?: BBox;
  sort: Sort;
  page: number;
  language: Language;
  /** The dataset open in the detail panel. */
  dataset?: string;
  /** The organisers' collection shown instead of the results. */
  collection?: string;
  /** A page shown instead of the results: the team's shortlist or the twin pairs. */
  view?: View;
  /** A shared shortlist's ids (from a link), shown on the shortlist page instead of this browser's own. */
  shortlist?: string[];
}

export const VIEWS = ['shortlist', 'twins'] as const;
export type View = (typeof VIEWS)[number];

export const PAGE_SIZE = 20;

const noFilters = (): Record<Filter, string[]> =>
  Object.fromEntries(FILTERS.map((filter) => [filter, []])) as unknown as Record<Filter, string[]>;

export const initialState = (language: Language = 'en'): SearchState => ({
  q: '',
  filters: noFilters(),
  sort: 'relevance',
  page: 1,
  language,
});

function parseBBox(value: string | null): BBox | undefined {
  if (!value) return undefined;
  const numbers = value.split(',').map(Number);
  if (numbers.length !== 4 || !numbers.every(Number.isFinite)) return undefined;
  const [minLon, minLat, maxLon, maxLat] = numbers as BBox;
  return minLon <= maxLon && minLat <= maxLat ? [minLon, minLat, maxLon, maxLat] : undefined;
}

const listOf = (params: URLSearchParams, name: string) =>
  params
    .getAll(name)
    .flatMap((value) => value.split(','))
    .filter(Boolean);

/** Reads a page URL's query; anything unreadable falls back to the default rather than failing. */
export function stateFromUrl(search: string, fallbackLanguage: Language = 'en'): SearchState {
  const params = new URLSearchParams(search);
  const language = params.get('lang');
  const sort = params.get('sort');
  const page = Number(params.get('page'));
  const view = params.get('view');
  const shortlist = decodeShortlist(params.get('shortlist'));
  const filters = noFilters();
  for (const filter of FILTERS) filters[filter] = listOf(params, filter);
  return {
    q: params.get('q') ?? '',
    filters,
    bbox: parseBBox(params.get('bbox')),
    sort: SORTS.includes(sort as Sort) ? (sort as Sort) : 'relevance',
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    language: LANGUAGES.includes(language as Language) ? (language as Language) : fallbackLanguage,
    ...(params.get('dataset') && { dataset: params.get('dataset')! }),
    ...(params.get('collection') && { collection: params.get('collection')! }),
    ...(VIEWS.includes(view as View) && { view: view as View }),
    ...(shortlist.length && { shortlist }),
  };
}

/** The catalogue API query for a state: only what changes the result set (not language or selection). */
export function apiQuery(state: SearchState, pageSize = PAGE_SIZE): URLSearchParams {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set('q', state.q.trim());
  for (const filter of FILTERS) {
    if (state.filters[filter].length) params.set(filter, state.filters[filter].join(','));
  }
  if (state.bbox) params.set('bbox', state.bbox.map((value) => Number(value.toFixed(5))).join(','));
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.page > 1) params.set('page', String(state.page));
  params.set('pageSize', String(pageSize));
  return params;
}

/** The page URL's query for a state: the API query plus language, the open dataset and collection. */
export function urlQuery(state: SearchState): string {
  const params = apiQuery(state);
  params.delete('pageSize');
  if (state.language !== 'en') params.set('lang', state.language);
  if (state.dataset) params.set('dataset', state.dataset);
  if (state.collection) params.set('collection', state.collection);
  if (state.view) params.set('view', state.view);
  if (state.shortlist?.length) params.set('shortlist', encodeShortlist(state.shortlist));
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Adds or removes one facet value; any change of the result set goes back to page 1. */
export function toggleFilter(state: SearchState, filter: Filter, value: string): SearchState {
  const current = state.filters[filter];
  const next = current.includes(value) ? current.filter((entry) => entry !== value) : [...current, value];
  return { ...state, filters: { ...state.filters, [filter]: next }, page: 1 };
}

export const hasFilters = (state: SearchState) =>
  !!state.bbox || FILTERS.some((filter) => state.filters[filter].length > 0);

/** The same search in one city, areas unfiltered: what the city comparison counts. */
export const inCity = (state: SearchState, city: string): SearchState => ({
  ...state,
  filters: { ...state.filters, city: [city], area: [] },
  page: 1,
});
