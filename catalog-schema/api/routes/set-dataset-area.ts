/** POST /api/datasets/{id}/areas: a curator adds or removes a smart-city area (kept across re-harvests). */
import type { RouteContract } from '../contract';
import { NO_PARAMETERS, datasetIdPath, failure, json, ref } from '../contract';

export const setDatasetArea = {
  operationId: 'setDatasetArea',
  method: 'post',
  path: '/api/datasets/{id}/areas',
  tags: ['Curation'],
  summary: 'Add or remove a smart-city area on a dataset (kept across re-harvests)',
  curator: true,
  pathParameters: datasetIdPath,
  query: NO_PARAMETERS,
  body: {
    required: true,
    content: {
      'application/json': {
        schema: {
          type: 'object',
          additionalProperties: false,
          required: ['area', 'effect'],
          properties: {
            area: ref('AreaId'),
            effect: { enum: ['add', 'remove'] },
            note: { type: 'string', maxLength: 2000 },
          },
        },
        example: { area: 'mobility', effect: 'add', note: 'bus stops' },
      },
    },
  },
  responses: {
    200: json('The record with the override applied', ref('Dataset')),
    400: failure('The body is invalid'),
    404: failure('No dataset has this id'),
  },
} as const satisfies RouteContract;
