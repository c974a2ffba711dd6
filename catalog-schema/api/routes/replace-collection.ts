/** PUT /api/collections/{id}: a curator replaces a collection; If-Match guards against lost updates. */
import type { RouteContract } from '../contract';
import { ETAG_HEADER, NO_PARAMETERS, collectionIdPath, failure, json, ref } from '../contract';
import { IF_MATCH } from './delete-collection';

export const replaceCollection = {
  operationId: 'replaceCollection',
  method: 'put',
  path: '/api/collections/{id}',
  tags: ['Curation'],
  summary: 'Replace a collection (needs If-Match)',
  curator: true,
  pathParameters: collectionIdPath,
  query: NO_PARAMETERS,
  headers: { 'If-Match': IF_MATCH },
  body: { required: true, content: { 'application/json': { schema: ref('CollectionInput') } } },
  responses: {
    200: { ...json('The new version', ref('Collection')), headers: { ETag: ETAG_HEADER } },
    400: failure('The body is invalid or names unknown datasets'),
    404: failure('No collection has this id'),
    412: failure("If-Match is not the collection's current ETag", {
      code: 'precondition_failed',
      message: "If-Match does not match the collection's ETag",
    }),
    428: failure('If-Match is missing', {
      code: 'precondition_required',
      message: 'send If-Match with the ETag you last read',
    }),
  },
} as const satisfies RouteContract;
