/** GET /api/collections/{id}: one collection with its ETag (send it back in If-Match to edit). */
import type { RouteContract } from '../contract';
import { ETAG_HEADER, NO_PARAMETERS, collectionIdPath, failure, json, ref } from '../contract';

export const getCollection = {
  operationId: 'getCollection',
  method: 'get',
  path: '/api/collections/{id}',
  tags: ['Curation'],
  summary: 'One collection (with its ETag)',
  pathParameters: collectionIdPath,
  query: NO_PARAMETERS,
  responses: {
    200: { ...json('The collection', ref('Collection')), headers: { ETag: ETAG_HEADER } },
    404: failure('No collection has this id'),
  },
} as const satisfies RouteContract;
