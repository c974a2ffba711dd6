/** GET /api/datasets/{id}/related: counterparts of a dataset, the other city first, each with why. */
import type { RouteContract } from '../contract';
import { datasetIdPath, failure, json, ref } from '../contract';

export const relatedDatasets = {
  operationId: 'relatedDatasets',
  method: 'get',
  path: '/api/datasets/{id}/related',
  tags: ['Catalogue'],
  summary: 'Counterparts of a dataset, the other city first',
  pathParameters: datasetIdPath,
  query: {
    type: 'object',
    additionalProperties: false,
    properties: { limit: { type: 'integer', minimum: 1, maximum: 50, default: 10 } },
  },
  responses: {
    200: json('Related datasets, best first', {
      type: 'object',
      additionalProperties: false,
      required: ['items'],
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['dataset', 'reason'],
            properties: {
              dataset: ref('Dataset'),
              reason: {
                type: 'object',
                additionalProperties: false,
                required: ['sameAs', 'concepts', 'sharedAreas'],
                properties: {
                  sameAs: { type: 'boolean', description: 'One record declares the other the same dataset' },
                  concepts: {
                    type: 'array',
                    items: { type: 'string' },
                    description: 'Glossary concepts both titles name',
                  },
                  sharedAreas: { type: 'array', items: ref('AreaId') },
                },
              },
            },
          },
        },
      },
    }),
    400: failure('A parameter is invalid'),
    404: failure('No dataset has this id'),
  },
} as const satisfies RouteContract;
