/**
 * Counterparts, answered from what was computed at harvest time: a dataset's related datasets (the other
 * city first, each with score and reasons) and the strongest Hong Kong ⇄ Shanghai twin pairs.
 */
import { Router } from 'express';
import { AREA_IDS, CITIES, type AreaId, type City } from '../../catalog-schema';
import { MAX_RELATED_LIMIT, MAX_TOPIC_CHARS, MAX_TWINS_LIMIT, type Catalogue } from '../../catalog';
import { notFound } from '../errors';
import { queryValidator } from '../validation';

const reasonLabel = {
  type: 'object',
  required: ['en', 'zh-Hant', 'zh-Hans'],
  properties: { en: { type: 'string' }, 'zh-Hant': { type: 'string' }, 'zh-Hans': { type: 'string' } },
} as const;

/** The two routes' query and response schemas, in one place (for the validators and the OpenAPI document). */
export const COUNTERPART_SCHEMAS = {
  relatedQuery: {
    type: 'object',
    additionalProperties: false,
    properties: {
      city: { enum: CITIES },
      limit: { type: 'integer', minimum: 1, maximum: MAX_RELATED_LIMIT },
    },
  },
  twinsQuery: {
    type: 'object',
    additionalProperties: false,
    properties: {
      area: { enum: AREA_IDS },
      q: { type: 'string', minLength: 1, maxLength: MAX_TOPIC_CHARS },
      limit: { type: 'integer', minimum: 1, maximum: MAX_TWINS_LIMIT },
    },
  },
  reason: {
    type: 'object',
    description:
      'Why two datasets are counterparts. concept: a concept both name (label in en, zh-Hant, zh-Hans); area: smart-city areas both have; category: the same portal category; kind: the same kind of data; frequency: the same update frequency; geography: the same geography level; sameAs / duplicateOf: the near-identical records shown through this one.',
    required: ['kind'],
    properties: {
      kind: {
        enum: ['concept', 'area', 'category', 'kind', 'frequency', 'geography', 'sameAs', 'duplicateOf'],
      },
      concept: { type: 'string' },
      value: { type: 'string' },
      label: reasonLabel,
      areas: { type: 'array', items: { enum: AREA_IDS } },
      members: { type: 'array', items: { type: 'string' } },
    },
  },
  compactDataset: {
    type: 'object',
    description:
      'A compact dataset record: enough to show, open and map it (GET /api/datasets/{id} has the whole).',
    required: [
      'id',
      'source',
      'city',
      'title',
      'publisher',
      'areas',
      'updateFrequency',
      'spatial',
      'landingPage',
    ],
    properties: {
      id: { type: 'string' },
      source: { type: 'string' },
      city: { enum: CITIES },
      title: { type: 'object' },
      publisher: { type: 'object' },
      areas: { type: 'array', items: { enum: AREA_IDS } },
      updateFrequency: { type: 'object' },
      spatial: { type: 'object' },
      landingPage: { type: 'string' },
    },
  },
} as const;

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

export const COUNTERPART_RESPONSE_SCHEMAS = {
  related: {
    type: 'object',
    required: ['id', 'items'],
    properties: {
      id: { type: 'string' },
      items: {
        type: 'array',
        items: {
          type: 'object',
          required: ['dataset', 'score', 'reasons', 'members'],
          properties: {
            dataset: ref('CompactDataset'),
            score: { type: 'number', minimum: 0, maximum: 1 },
            reasons: { type: 'array', items: ref('CounterpartReason') },
            members: {
              type: 'array',
              items: { type: 'string' },
              description: 'near-identical records shown through this one',
            },
          },
        },
      },
      empty: {
        type: 'object',
        description: 'Why the list is empty on purpose (no usable text, not yet computed)',
        properties: { code: { enum: ['no_text', 'not_computed'] }, message: { type: 'string' } },
      },
    },
  },
  twins: {
    type: 'object',
    required: ['items'],
    properties: {
      items: {
        type: 'array',
        items: {
          type: 'object',
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
  },
} as const;

const relatedQuery = queryValidator<{ city?: City; limit?: number }>(COUNTERPART_SCHEMAS.relatedQuery);
const twinsQuery = queryValidator<{ area?: AreaId; q?: string; limit?: number }>(
  COUNTERPART_SCHEMAS.twinsQuery,
);

export function counterpartRoutes(catalogue: Catalogue): Router {
  const router = Router();

  router.get('/api/datasets/:id/related', (request, response) => {
    const related = catalogue.counterparts.related(request.params.id, relatedQuery(request));
    if (!related) throw notFound(`dataset ${request.params.id}`);
    response.json(related);
  });

  router.get('/api/twins', (request, response) => {
    response.json({ items: catalogue.counterparts.twins(twinsQuery(request)) });
  });

  return router;
}
