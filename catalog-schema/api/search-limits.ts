/**
 * The search parameters' bounds, defined once: the route's JSON Schema is built from them and the search
 * library (catalog/search) enforces the same numbers for its other callers (CKAN, feeds, DCAT).
 */
export const SEARCH_SORTS = ['relevance', 'modified', 'title'] as const;
export type SearchSort = (typeof SEARCH_SORTS)[number];

export const SEARCH_LIMITS = {
  /** Characters of `q`. */
  maxQueryChars: 500,
  /** Meaningful terms of `q` after the glossary joined phrases (stopwords dropped). */
  maxQueryTerms: 24,
  maxPage: 10_000,
  maxPageSize: 100,
  defaultPageSize: 20,
  /** Values of one list filter (city, area, source, format, access). */
  maxFilterValues: 20,
  maxPublisherValues: 50,
} as const;

/** The facets every search answers with, in this order. */
export const SEARCH_FACETS = ['city', 'area', 'source', 'format', 'publisher', 'access'] as const;
export type SearchFacet = (typeof SEARCH_FACETS)[number];
