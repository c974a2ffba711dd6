/** GET /feeds/recent.atom: an Atom feed of recently changed datasets, optionally of one area. */
import type { RouteContract } from '../contract';
import { failure, ref } from '../contract';

export const recentFeed = {
  operationId: 'recentFeed',
  method: 'get',
  path: '/feeds/recent.atom',
  tags: ['Open standards'],
  summary: 'Atom feed of the 50 most recently changed datasets, optionally of one area',
  query: { type: 'object', additionalProperties: false, properties: { area: ref('AreaId') } },
  responses: {
    200: { description: 'Atom 1.0', content: { 'application/atom+xml': {} } },
    400: failure('A parameter is invalid'),
  },
} as const satisfies RouteContract;
