/** GET /api/areas: the four HSODC smart-city areas with labels and dataset counts. */
import type { RouteContract } from '../contract';
import { NO_PARAMETERS, json, ref } from '../contract';

export const listAreas = {
  operationId: 'listAreas',
  method: 'get',
  path: '/api/areas',
  tags: ['Catalogue'],
  summary: 'The four HSODC smart-city areas with labels and counts',
  query: NO_PARAMETERS,
  responses: {
    200: json('The areas', {
      type: 'object',
      additionalProperties: false,
      required: ['items'],
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'label', 'scope', 'count'],
            properties: {
              id: ref('AreaId'),
              label: ref('LocalizedText'),
              scope: { type: 'string' },
              count: { type: 'integer', minimum: 0 },
            },
          },
        },
      },
    }),
  },
} as const satisfies RouteContract;
