/** GET /api/datasets/{id}: one unified record, with the curators' area overrides applied. */
import type { RouteContract } from '../contract';
import { NO_PARAMETERS, datasetIdPath, failure, json, ref } from '../contract';

export const getDataset = {
  operationId: 'getDataset',
  method: 'get',
  path: '/api/datasets/{id}',
  tags: ['Catalogue'],
  summary: 'One dataset record',
  pathParameters: datasetIdPath,
  query: NO_PARAMETERS,
  responses: {
    200: {
      ...json('The record', ref('Dataset')),
      headers: { 'Last-Modified': { description: "The record's `modified`", schema: { type: 'string' } } },
    },
    404: failure('No dataset has this id', {
      code: 'not_found',
      message: 'dataset datagovhk:nope does not exist',
    }),
  },
} as const satisfies RouteContract;
