/** GET /api/twins: the strongest Hong Kong ⇄ Shanghai counterpart pairs, for an area and/or a topic. */
import type { RouteContract } from '../contract';
import { failure, json, ref } from '../contract';
import { COUNTERPART_LIMITS } from '../counterparts';

export const twinPairs = {
  operationId: 'twinPairs',
  method: 'get',
  path: '/api/twins',
  tags: ['Catalogue'],
  summary: 'The strongest Hong Kong ⇄ Shanghai pairs for a smart-city area or a topic',
  description:
    'A topic (`q`, any script) is matched through the same concepts and terms as the counterparts; both datasets of a pair must name it. A pair of near-duplicate groups is listed once.',
  query: {
    type: 'object',
    additionalProperties: false,
    properties: {
      area: ref('AreaId'),
      q: {
        type: 'string',
        minLength: 1,
        maxLength: COUNTERPART_LIMITS.maxTopicChars,
        examples: ['bus', '空气质量'],
      },
      limit: {
        type: 'integer',
        minimum: 1,
        maximum: COUNTERPART_LIMITS.maxTwins,
        default: COUNTERPART_LIMITS.defaultTwins,
      },
    },
  },
  responses: {
    200: json('Pairs, strongest first', {
      type: 'object',
      additionalProperties: false,
      required: ['items'],
      properties: {
        items: {
          type: 'array',
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['hongKong', 'shanghai', 'score', 'reasons'],
            properties: {
              hongKong: ref('CompactDataset'),
              shanghai: ref('CompactDataset'),
              score: { type: 'number', minimum: 0, maximum: 1 },
              reasons: { type: 'array', items: ref('CounterpartReason') },
            },
          },
        },
      },
    }),
    400: failure('A parameter is invalid'),
  },
} as const satisfies RouteContract;
