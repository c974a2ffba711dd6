/**
 * The shared schemas of the document's `components`: the error shape, the dataset record (hoisted from
 * dataset.schema.json, the single source of truth, with its $defs as sibling components), and the
 * response bodies more than one route returns.
 */
import datasetSchema from '../dataset.schema.json';
import type { JsonSchema } from './contract';
import { ref } from './contract';
import { COUNTERPART_COMPONENTS } from './counterparts';
import { SEARCH_FACETS } from './search-limits';

/** `#/$defs/X` inside the dataset schema becomes `#/components/schemas/X` in the document. */
function rebased(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(rebased);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string'
        ? value.replace(/^#\/\$defs\//, '#/components/schemas/')
        : rebased(value),
    ]),
  );
}

function datasetComponents(): Record<string, JsonSchema> {
  // $id and $schema would make tools resolve the record's refs against another base; $defs move up.
  const {
    $defs,
    $id: _id,
    $schema: _schema,
    ...record
  } = datasetSchema as JsonSchema & {
    $defs: Record<string, JsonSchema>;
  };
  return {
    Dataset: rebased(record) as JsonSchema,
    ...(rebased($defs) as Record<string, JsonSchema>),
  };
}

export const COMPONENT_SCHEMAS: Record<string, JsonSchema> = {
  ...datasetComponents(),
  ...COUNTERPART_COMPONENTS,
  Error: {
    type: 'object',
    additionalProperties: false,
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'message'],
        properties: {
          code: { type: 'string', description: 'Stable, for programs', examples: ['invalid_parameter'] },
          message: {
            type: 'string',
            description: 'For people; may change',
            examples: ['page: must be >= 1'],
          },
        },
      },
    },
  },
  CkanError: {
    description: "CKAN's error envelope",
    type: 'object',
    additionalProperties: false,
    required: ['help', 'success', 'error'],
    properties: {
      help: { type: 'string', format: 'uri' },
      success: { const: false },
      error: {
        type: 'object',
        required: ['__type', 'message'],
        properties: {
          __type: { type: 'string', examples: ['Not Found Error', 'Validation Error'] },
          message: { type: 'string' },
        },
      },
    },
  },
  FacetValue: {
    type: 'object',
    additionalProperties: false,
    required: ['value', 'count'],
    properties: {
      value: { type: 'string' },
      count: { type: 'integer', minimum: 0 },
      label: ref('LocalizedText'),
    },
  },
  SearchResult: {
    type: 'object',
    additionalProperties: false,
    required: ['total', 'page', 'pageSize', 'items', 'facets'],
    properties: {
      total: { type: 'integer', minimum: 0 },
      page: { type: 'integer', minimum: 1 },
      pageSize: { type: 'integer', minimum: 1 },
      items: { type: 'array', items: ref('Dataset') },
      facets: {
        description: 'Counts per value; each facet ignores its own filter',
        type: 'object',
        additionalProperties: false,
        required: [...SEARCH_FACETS],
        properties: Object.fromEntries(
          SEARCH_FACETS.map((name) => [name, { type: 'array', items: ref('FacetValue') }]),
        ),
      },
    },
  },
  PreviewColumn: {
    type: 'object',
    additionalProperties: false,
    required: ['name', 'type', 'nonEmpty', 'distinct'],
    properties: {
      name: { type: 'string' },
      type: { enum: ['integer', 'number', 'date', 'boolean', 'string', 'empty'] },
      nonEmpty: { type: 'integer', minimum: 0 },
      distinct: { type: 'integer', minimum: 0 },
      min: { type: ['number', 'string'] },
      max: { type: ['number', 'string'] },
      mean: { type: 'number' },
      top: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['value', 'count'],
          properties: { value: { type: 'string' }, count: { type: 'integer' } },
        },
      },
    },
  },
  TablePreview: {
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'columns', 'rows', 'truncated', 'resource', 'format'],
    properties: {
      kind: { const: 'table' },
      columns: { type: 'array', items: ref('PreviewColumn') },
      rows: { type: 'array', items: { type: 'array', items: { type: 'string' } } },
      truncated: { type: 'boolean' },
      encoding: { type: 'string', description: 'The text encoding the resource was decoded from' },
      resource: { type: 'integer', minimum: 0, description: 'The index of the previewed resource' },
      format: { type: 'string' },
    },
  },
  GeoJsonPreview: {
    type: 'object',
    additionalProperties: false,
    required: ['kind', 'data', 'bbox', 'truncated', 'sourceCrs', 'featureCount', 'resource', 'format'],
    properties: {
      kind: { const: 'geojson' },
      data: {
        description: 'A GeoJSON FeatureCollection in WGS84',
        type: 'object',
        required: ['type', 'features'],
        properties: {
          type: { const: 'FeatureCollection' },
          features: { type: 'array', items: { type: 'object' } },
        },
      },
      bbox: ref('BBox'),
      truncated: { type: 'boolean' },
      sourceCrs: {
        enum: ['WGS84', 'EPSG:2326', 'GCJ-02', 'BD-09'],
        description: 'The coordinates as the resource gave them',
      },
      featureCount: { type: 'integer', minimum: 0 },
      resource: { type: 'integer', minimum: 0 },
      format: { type: 'string' },
    },
  },
  CollectionTitle: {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: Object.fromEntries(
      ['en', 'zh-Hant', 'zh-Hans'].map((language) => [
        language,
        { type: 'string', minLength: 1, maxLength: 300 },
      ]),
    ),
  },
  CollectionInput: {
    type: 'object',
    additionalProperties: false,
    required: ['title', 'items'],
    properties: {
      id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{1,63}$', description: 'Required when creating' },
      title: ref('CollectionTitle'),
      description: { type: 'string', maxLength: 5000 },
      area: ref('AreaId'),
      items: {
        type: 'array',
        maxItems: 500,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['datasetId'],
          properties: {
            datasetId: { type: 'string', minLength: 3, maxLength: 300 },
            note: { type: 'string', maxLength: 2000 },
            position: { type: 'integer', minimum: 1 },
          },
        },
      },
    },
  },
  Collection: {
    type: 'object',
    additionalProperties: false,
    required: ['id', 'title', 'description', 'items', 'version', 'createdBy', 'createdAt', 'updatedAt'],
    properties: {
      id: { type: 'string' },
      title: ref('CollectionTitle'),
      description: { type: 'string' },
      area: ref('AreaId'),
      items: {
        type: 'array',
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['datasetId', 'note', 'position'],
          properties: {
            datasetId: { type: 'string' },
            note: { type: 'string' },
            position: { type: 'integer', minimum: 1 },
          },
        },
      },
      version: { type: 'integer', minimum: 1 },
      createdBy: { type: 'string' },
      createdAt: { type: 'string', format: 'date-time' },
      updatedAt: { type: 'string', format: 'date-time' },
    },
  },
};
