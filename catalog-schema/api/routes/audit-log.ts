/** GET /api/audit: the curation audit log, optionally of one target. */
import type { RouteContract } from '../contract';
import { json } from '../contract';

export const auditLog = {
  operationId: 'auditLog',
  method: 'get',
  path: '/api/audit',
  tags: ['Curation'],
  summary: 'The audit log of curation changes',
  query: {
    type: 'object',
    additionalProperties: false,
    properties: { target: { type: 'string', maxLength: 320, description: 'A collection or dataset id' } },
  },
  responses: {
    200: json('Entries, newest first', {
      type: 'object',
      additionalProperties: false,
      required: ['items'],
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['id', 'at', 'curator', 'action', 'target', 'before', 'after'],
            properties: {
              id: { type: 'integer' },
              at: { type: 'string', format: 'date-time' },
              curator: { type: 'string' },
              action: { type: 'string' },
              target: { type: 'string' },
              before: { description: 'The state before the change (null when created)' },
              after: { description: 'The state after the change (null when deleted)' },
            },
          },
        },
      },
    }),
  },
} as const satisfies RouteContract;
