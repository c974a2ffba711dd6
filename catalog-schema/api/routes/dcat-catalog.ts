/** GET /catalog.jsonld: one page of the catalogue in DCAT-AP 3.0.1 JSON-LD, linked to the others with Hydra. */
import type { ParametersSchema, ResponseContract, RouteContract } from '../contract';
import { failure } from '../contract';

/** The page query of every catalogue representation (100 datasets a page). */
export const DCAT_PAGE_QUERY: ParametersSchema = {
  type: 'object',
  additionalProperties: false,
  properties: { page: { type: 'integer', minimum: 1, maximum: 10_000, default: 1 } },
};

/** The answers of a catalogue page, given the media types it is served in. */
export const dcatPageResponses = (mediaTypes: readonly string[]): Record<number, ResponseContract> => ({
  200: {
    description: 'One page of 100 datasets (a flat graph), with Hydra first/previous/next/last links',
    content: Object.fromEntries(mediaTypes.map((mediaType) => [mediaType, {}])),
  },
  404: failure('The page is past the last one', {
    code: 'not_found',
    message: 'page 90 of the catalogue does not exist',
  }),
});

export const dcatCatalog = {
  operationId: 'dcatCatalog',
  method: 'get',
  path: '/catalog.jsonld',
  tags: ['Open standards'],
  summary: 'DCAT-AP 3.0.1 catalogue page as JSON-LD (100 datasets a page, Hydra paging)',
  query: DCAT_PAGE_QUERY,
  responses: dcatPageResponses(['application/ld+json']),
} as const satisfies RouteContract;
