/** GET /api/datasets/{id}/related: a dataset's counterparts (computed at harvest time), the other city first. */
import type { RouteContract } from '../contract';
import { datasetIdPath, failure, json, ref } from '../contract';
import { CITIES } from '../../types';
import { COUNTERPART_LIMITS } from '../counterparts';

export const relatedDatasets = {
  operationId: 'relatedDatasets',
  method: 'get',
  path: '/api/datasets/{id}/related',
  tags: ['Catalogue'],
  summary: 'Counterparts of a dataset: the other city first, then its own, each with a score and its reasons',
  description:
    'Answered from what the counterpart engine stored after the last harvest. Near-identical records are one item (its `members`). An existing dataset never fails: an empty list carries `empty` when it is empty on purpose.',
  pathParameters: datasetIdPath,
  query: {
    type: 'object',
    additionalProperties: false,
    properties: {
      city: { enum: CITIES, description: 'Only counterparts in this city' },
      limit: {
        type: 'integer',
        minimum: 1,
        maximum: COUNTERPART_LIMITS.maxRelated,
        default: COUNTERPART_LIMITS.defaultRelated,
      },
    },
  },
  responses: {
    200: json('Counterparts, other city first, best first within each city', {
      type: 'object',
      additionalProperties: false,
      required: ['id', 'items'],
      properties: {
        id: { type: 'string' },
        items: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['dataset', 'score', 'reasons', 'members'],
            properties: {
              dataset: ref('CompactDataset'),
              score: { type: 'number', minimum: 0, maximum: 1 },
              reasons: { type: 'array', items: ref('CounterpartReason') },
              members: {
                type: 'array',
                items: { type: 'string' },
                description: 'Near-identical records shown through this one',
              },
            },
          },
        },
        empty: {
          type: 'object',
          additionalProperties: false,
          required: ['code', 'message'],
          description: 'Why the list is empty on purpose',
          properties: { code: { enum: ['no_text', 'not_computed'] }, message: { type: 'string' } },
        },
      },
    }),
    400: failure('A parameter is invalid'),
    404: failure('No dataset has this id', {
      code: 'not_found',
      message: 'dataset datash:nope does not exist',
    }),
  },
} as const satisfies RouteContract;
