/** POST /api/collections: a curator creates a collection. */
import type { RouteContract } from '../contract';
import { ETAG_HEADER, NO_PARAMETERS, failure, json, ref } from '../contract';

export const createCollection = {
  operationId: 'createCollection',
  method: 'post',
  path: '/api/collections',
  tags: ['Curation'],
  summary: 'Create a collection',
  curator: true,
  query: NO_PARAMETERS,
  body: {
    required: true,
    content: {
      'application/json': {
        schema: ref('CollectionInput'),
        example: {
          id: 'bus-punctuality',
          title: { en: 'Bus punctuality', 'zh-Hans': '公交准点' },
          items: [{ datasetId: 'datagovhk:kmb-bus-eta', note: 'arrival times' }],
        },
      },
    },
  },
  responses: {
    201: {
      ...json('Created', ref('Collection')),
      headers: {
        ETag: ETAG_HEADER,
        Location: { description: 'The new collection', schema: { type: 'string' } },
      },
    },
    400: failure('The body is invalid, has no id, or names unknown datasets'),
    409: failure('A collection has this id already'),
  },
} as const satisfies RouteContract;
