/**
 * The counterpart routes' bounds and shared schemas, defined once: the route modules are built from them
 * and the counterpart engine (catalog/counterparts) enforces the same numbers.
 */
import { CITIES } from '../types';
import type { JsonSchema } from './contract';
import { ref } from './contract';

export const COUNTERPART_LIMITS = {
  /** Counterparts a /related page may ask for (10 of each city are kept). */
  maxRelated: 20,
  defaultRelated: 10,
  maxTwins: 50,
  defaultTwins: 20,
  /** Characters of a twins topic. */
  maxTopicChars: 200,
} as const;

export const REASON_KINDS = [
  'concept',
  'area',
  'category',
  'kind',
  'frequency',
  'geography',
  'sameAs',
  'duplicateOf',
] as const;

const triLabel: JsonSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['en', 'zh-Hant', 'zh-Hans'],
  properties: { en: { type: 'string' }, 'zh-Hant': { type: 'string' }, 'zh-Hans': { type: 'string' } },
};
const reason = (kind: string, properties: Record<string, JsonSchema>, description: string): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  description,
  required: ['kind', ...Object.keys(properties)],
  properties: { kind: { const: kind }, ...properties },
});
const members = { type: 'array', items: { type: 'string' } };

export const COUNTERPART_COMPONENTS: Record<string, JsonSchema> = {
  CompactDataset: {
    type: 'object',
    additionalProperties: false,
    description:
      'A dataset for lists: enough to show, open and map it (GET /api/datasets/{id} has the record)',
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
      title: ref('LocalizedText'),
      publisher: {
        type: 'object',
        additionalProperties: false,
        required: ['id', 'name'],
        properties: { id: { type: 'string' }, name: ref('LocalizedText') },
      },
      areas: { type: 'array', items: ref('AreaId') },
      updateFrequency: {
        type: 'object',
        additionalProperties: false,
        required: ['raw', 'normalized'],
        properties: { raw: { type: 'string' }, normalized: { type: 'string' } },
      },
      spatial: {
        type: 'object',
        additionalProperties: false,
        properties: { bbox: ref('BBox'), place: { type: 'string' } },
      },
      landingPage: { type: 'string' },
    },
  },
  CounterpartReason: {
    description:
      'Why two datasets are counterparts, typed by `kind`; labels in en, zh-Hant and zh-Hans so a client words them in any',
    oneOf: [
      reason('concept', { concept: { type: 'string' }, label: triLabel }, 'A concept both name'),
      reason('area', { areas: { type: 'array', items: ref('AreaId') } }, 'Smart-city areas both have'),
      reason('category', { label: ref('LocalizedText') }, 'The same portal category'),
      reason('kind', { value: { type: 'string' }, label: triLabel }, 'The same kind of data'),
      reason('frequency', { value: { type: 'string' } }, 'The same update frequency'),
      reason('geography', { value: { type: 'string' }, label: triLabel }, 'The same geography level'),
      reason('sameAs', { members }, 'Records declared the same dataset (sameAs), shown as one'),
      reason('duplicateOf', { members }, 'Near-identical records (the same title), shown as one'),
    ],
  },
};
