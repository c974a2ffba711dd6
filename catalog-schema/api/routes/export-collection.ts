/** GET /api/collections/{id}/export: a collection as JSON, CSV (UTF-8 with BOM) or Markdown. */
import type { RouteContract } from '../contract';
import { collectionIdPath, failure, ref } from '../contract';

export const exportCollection = {
  operationId: 'exportCollection',
  method: 'get',
  path: '/api/collections/{id}/export',
  tags: ['Curation'],
  summary: 'A collection as JSON, CSV or Markdown (a download)',
  pathParameters: collectionIdPath,
  query: {
    type: 'object',
    additionalProperties: false,
    properties: { format: { enum: ['json', 'csv', 'md'], default: 'json' } },
  },
  responses: {
    200: {
      description: 'The export, as an attachment',
      headers: {
        'Content-Disposition': {
          description: 'attachment; filename="<id>.<format>"',
          schema: { type: 'string' },
        },
      },
      content: {
        'application/json': {
          schema: {
            type: 'object',
            additionalProperties: false,
            required: [
              'id',
              'title',
              'description',
              'items',
              'version',
              'createdBy',
              'createdAt',
              'updatedAt',
            ],
            properties: {
              id: { type: 'string' },
              title: ref('CollectionTitle'),
              description: { type: 'string' },
              area: ref('AreaId'),
              version: { type: 'integer' },
              createdBy: { type: 'string' },
              createdAt: { type: 'string' },
              updatedAt: { type: 'string' },
              items: {
                type: 'array',
                items: {
                  type: 'object',
                  additionalProperties: false,
                  required: ['position', 'datasetId', 'title', 'city', 'areas', 'landingPage', 'note'],
                  properties: {
                    position: { type: 'integer' },
                    datasetId: { type: 'string' },
                    title: { type: 'string' },
                    city: { type: 'string' },
                    areas: { type: 'string', description: 'Semicolon-separated area ids' },
                    landingPage: { type: 'string' },
                    note: { type: 'string' },
                  },
                },
              },
            },
          },
        },
        'text/csv': {},
        'text/markdown': {},
      },
    },
    400: failure('Unknown format'),
    404: failure('No collection has this id'),
  },
} as const satisfies RouteContract;
