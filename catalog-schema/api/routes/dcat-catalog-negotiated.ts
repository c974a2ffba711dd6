/** GET /catalog: one page of the catalogue in DCAT-AP 3.0.1, JSON-LD or Turtle as the Accept header asks. */
import type { RouteContract } from '../contract';
import { failure } from '../contract';
import { DCAT_PAGE_QUERY, dcatPageResponses } from './dcat-catalog';

export const dcatCatalogNegotiated = {
  operationId: 'dcatCatalogNegotiated',
  method: 'get',
  path: '/catalog',
  tags: ['Open standards'],
  summary: 'DCAT-AP 3.0.1 catalogue page: JSON-LD, or Turtle for Accept: text/turtle',
  query: DCAT_PAGE_QUERY,
  responses: {
    ...dcatPageResponses(['application/ld+json', 'text/turtle']),
    406: failure('Neither JSON-LD nor Turtle is acceptable', {
      code: 'not_acceptable',
      message: 'the catalogue is served as application/ld+json or text/turtle',
    }),
  },
} as const satisfies RouteContract;
