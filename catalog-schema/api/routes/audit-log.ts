/**
 * GET /api/audit: the curation audit log, optionally of one target, for curators only. It holds every change
 * and every refused attempt (action `refused`, with the status, code and message it was given).
 */
import type { RouteContract } from '../contract';
import { json } from '../contract';

export const auditLog = {
  operationId: 'auditLog',
  method: 'get',
  path: '/api/audit',
  tags: ['Curation'],
  summary: 'The audit log of curation changes and refused attempts (needs a curator token)',
  curator: true,
  query: {
    type: 'object',
    additionalProperties: false,
    properties: {
      target: {
        type: 'string',
        maxLength: 320,
        description:
          'A collection or dataset id (`collection:<id>`), or `<METHOD> <path>` of refused attempts',
      },
    },
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
              curator: {
                type: 'string',
                description:
                  'The curator; for a refusal without a good token `(no token)` or `unknown token sha256:<digest>`',
              },
              action: {
                type: 'string',
                description:
                  '`collection.create`, `collection.update`, `collection.delete`, `area.add`, `area.remove` or `refused`',
              },
              target: { type: 'string' },
              before: { description: 'The state before the change (null when created)' },
              after: {
                description:
                  'The state after the change (null when deleted); for a refusal `{status, code, message}`',
              },
            },
          },
        },
      },
    }),
  },
} as const satisfies RouteContract;
