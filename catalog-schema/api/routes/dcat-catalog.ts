/** GET /catalog.jsonld: the catalogue in DCAT-AP JSON-LD, paged with Hydra. */
import type { RouteContract } from '../contract';
import { failure } from '../contract';

export const dcatCatalog = {
  operationId: 'dcatCatalog',
  method: 'get',
  path: '/catalog.jsonld',
  tags: ['Open standards'],
  summary: 'DCAT-AP JSON-LD catalogue with Hydra paging (100 datasets a page)',
  query: {
    type: 'object',
    additionalProperties: false,
    properties: { page: { type: 'integer', minimum: 1, maximum: 100_000, default: 1 } },
  },
  responses: {
    200: {
      description: 'DCAT-AP JSON-LD',
      content: { 'application/ld+json': { schema: { type: 'object' } } },
    },
    400: failure('A parameter is invalid'),
  },
} as const satisfies RouteContract;
