/** GET /api/datasets: search in English, 繁體 or 简体 with filters, facets, sorting and pages. */
import type { RouteContract } from '../contract';
import { failure, json, ref, ETAG_HEADER } from '../contract';
import { ACCESS_LEVELS, CITIES } from '../../types';
import { SEARCH_LIMITS, SEARCH_SORTS } from '../search-limits';

const list = (items: Record<string, unknown>, maxItems: number = SEARCH_LIMITS.maxFilterValues) => ({
  type: 'array',
  items,
  maxItems,
  description: 'Comma-separated or repeated; any of the values matches',
});

export const searchDatasets = {
  operationId: 'searchDatasets',
  method: 'get',
  path: '/api/datasets',
  tags: ['Catalogue'],
  summary: 'Search datasets in English, 繁體 or 简体, with filters and facets',
  description: `\`q\` matches titles, descriptions, keywords and publishers in any script (at most ${SEARCH_LIMITS.maxQueryTerms} terms). Each facet's counts ignore its own filter.`,
  query: {
    type: 'object',
    additionalProperties: false,
    properties: {
      q: { type: 'string', maxLength: SEARCH_LIMITS.maxQueryChars, examples: ['巴士'] },
      city: list({ enum: CITIES }),
      area: list(ref('AreaId')),
      source: list({ type: 'string', pattern: '^[a-z][a-z0-9-]{1,31}$' }),
      format: list({ type: 'string', pattern: '^[A-Za-z0-9._+-]{1,32}$' }),
      publisher: list({ type: 'string', minLength: 1, maxLength: 200 }, SEARCH_LIMITS.maxPublisherValues),
      access: list({ enum: ACCESS_LEVELS }),
      bbox: { ...ref('BBox'), description: 'minLon,minLat,maxLon,maxLat (WGS84)' },
      bboxRelation: { enum: ['intersects', 'within'], default: 'intersects' },
      modifiedSince: {
        type: 'string',
        description: 'ISO 8601 date or date-time; datasets modified at or after it',
        pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?$',
      },
      sort: { enum: SEARCH_SORTS, default: 'relevance' },
      page: { type: 'integer', minimum: 1, maximum: SEARCH_LIMITS.maxPage, default: 1 },
      pageSize: {
        type: 'integer',
        minimum: 1,
        maximum: SEARCH_LIMITS.maxPageSize,
        default: SEARCH_LIMITS.defaultPageSize,
      },
    },
  },
  listParameters: ['city', 'area', 'source', 'format', 'publisher', 'access', 'bbox'],
  responses: {
    200: {
      ...json('One page of matching datasets with facet counts', ref('SearchResult')),
      headers: { ETag: ETAG_HEADER },
    },
    400: failure('A parameter is invalid (the message names it), or `q` has too many terms', {
      code: 'invalid_parameter',
      message: 'pageSize: must be <= 100',
    }),
  },
} as const satisfies RouteContract;
