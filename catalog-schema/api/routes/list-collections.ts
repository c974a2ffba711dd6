/** GET /api/collections: the curated collections. */
import type { RouteContract } from '../contract';
import { NO_PARAMETERS, json, ref } from '../contract';

export const listCollections = {
  operationId: 'listCollections',
  method: 'get',
  path: '/api/collections',
  tags: ['Curation'],
  summary: 'Curated collections',
  query: NO_PARAMETERS,
  responses: {
    200: json('Every collection', {
      type: 'object',
      additionalProperties: false,
      required: ['items'],
      properties: { items: { type: 'array', items: ref('Collection') } },
    }),
  },
} as const satisfies RouteContract;
