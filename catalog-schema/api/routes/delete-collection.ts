/** DELETE /api/collections/{id}: a curator deletes a collection; If-Match guards against lost updates. */
import type { HeaderContract, RouteContract } from '../contract';
import { NO_PARAMETERS, collectionIdPath, failure } from '../contract';

export const IF_MATCH: HeaderContract = {
  description: 'The ETag of the version you last read',
  required: true,
  schema: { type: 'string', examples: ['"v3"'] },
};

export const deleteCollection = {
  operationId: 'deleteCollection',
  method: 'delete',
  path: '/api/collections/{id}',
  tags: ['Curation'],
  summary: 'Delete a collection (needs If-Match)',
  curator: true,
  pathParameters: collectionIdPath,
  query: NO_PARAMETERS,
  headers: { 'If-Match': IF_MATCH },
  responses: {
    204: { description: 'Deleted' },
    404: failure('No collection has this id'),
    412: failure("If-Match is not the collection's current ETag"),
    428: failure('If-Match is missing'),
  },
} as const satisfies RouteContract;
