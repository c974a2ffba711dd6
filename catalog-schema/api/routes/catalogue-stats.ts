/** GET /api/stats: counts per city, source and area, and the last harvest of each source. */
import type { RouteContract } from '../contract';
import { NO_PARAMETERS, json } from '../contract';

const counts = { type: 'object', additionalProperties: { type: 'integer', minimum: 0 } };

export const catalogueStats = {
  operationId: 'catalogueStats',
  method: 'get',
  path: '/api/stats',
  tags: ['Catalogue'],
  summary: 'Counts per city, source and area; the last harvest per source',
  query: NO_PARAMETERS,
  responses: {
    200: json('The statistics', {
      type: 'object',
      additionalProperties: false,
      required: ['datasets', 'byCity', 'bySource', 'byArea', 'lastHarvest'],
      properties: {
        datasets: { type: 'integer', minimum: 0 },
        byCity: counts,
        bySource: counts,
        byArea: counts,
        lastHarvest: {
          type: 'object',
          description: 'Per source: its last harvest run, or null',
          additionalProperties: {
            oneOf: [
              { type: 'null' },
              {
                type: 'object',
                additionalProperties: false,
                required: ['status', 'mode', 'startedAt', 'finishedAt', 'result'],
                properties: {
                  status: { enum: ['running', 'succeeded', 'failed'] },
                  mode: { type: 'string' },
                  startedAt: { type: 'string' },
                  finishedAt: { type: ['string', 'null'] },
                  result: { description: "The run's summary, as the harvester recorded it" },
                },
              },
            ],
          },
        },
      },
    }),
  },
} as const satisfies RouteContract;
