/** The OpenAPI 3.1 description of the HTTP API; a test fails when a route is missing from it. */
import datasetSchema from '../catalog-schema/dataset.schema.json';
import { COUNTERPART_RESPONSE_SCHEMAS, COUNTERPART_SCHEMAS } from './routes/counterparts';
import { SEARCH_QUERY_SCHEMA } from './routes/datasets';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: unknown, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
const error = (description: string) => json(ref('Error'), description);
const idParameter = {
  name: 'id',
  in: 'path',
  required: true,
  schema: { type: 'string' },
  description: 'Dataset id, `<source>:<sourceId>`',
};
const queryParameters = (properties: Record<string, unknown>) =>
  Object.entries(properties).map(([name, schema]) => ({ name, in: 'query', required: false, schema }));
const collectionIdParameter = { ...idParameter, description: 'Collection id' };
const auth = [{ curatorToken: [] }];

const searchParameters = Object.entries(SEARCH_QUERY_SCHEMA.properties).map(([name, schema]) => ({
  name,
  in: 'query',
  required: false,
  schema,
  ...(['city', 'area', 'source', 'format', 'publisher', 'access'].includes(name) && {
    style: 'form',
    explode: false,
    description: 'Comma-separated or repeated',
  }),
  ...(name === 'bbox' && {
    style: 'form',
    explode: false,
    description: 'minLon,minLat,maxLon,maxLat (WGS84)',
  }),
}));

const ckanAction = (
  summary: string,
  parameters: { name: string; schema: unknown; description?: string }[],
) => {
  const envelope = json({
    type: 'object',
    required: ['help', 'success'],
    properties: {
      help: { type: 'string' },
      success: { type: 'boolean' },
      result: {},
      error: { type: 'object' },
    },
  });
  return {
    get: {
      summary,
      tags: ['CKAN-compatible'],
      parameters: parameters.map((parameter) => ({ ...parameter, in: 'query' })),
      responses: { 200: envelope, 404: envelope, 409: envelope },
    },
    post: {
      summary: `${summary} (JSON body, as CKAN clients send)`,
      tags: ['CKAN-compatible'],
      requestBody: {
        content: {
          'application/json': {
            schema: {
              type: 'object',
              properties: Object.fromEntries(
                parameters.map((parameter) => [parameter.name, parameter.schema]),
              ),
            },
          },
        },
      },
      responses: { 200: envelope, 404: envelope, 409: envelope },
    },
  };
};

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'HK·SH Open Data Atlas API',
    version: '0.1.0',
    description:
      "One catalogue of Hong Kong and Shanghai open data. Errors are `{error: {code, message}}`; a 4xx is the caller's mistake.",
  },
  servers: [{ url: '/' }],
  paths: {
    '/api/datasets': {
      get: {
        summary: 'Search datasets in English, 繁體 or 简体, with filters and facets',
        tags: ['Catalogue'],
        parameters: searchParameters,
        responses: {
          200: json(ref('SearchResult')),
          400: error('A parameter is invalid; the message names it'),
          429: error('Rate limited'),
        },
      },
    },
    '/api/datasets/{id}': {
      get: {
        summary: 'One dataset record',
        tags: ['Catalogue'],
        parameters: [idParameter],
        responses: { 200: json(ref('Dataset')), 404: error('Unknown id') },
      },
    },
    '/api/datasets/{id}/related': {
      get: {
        summary:
          'Counterparts of a dataset (computed at harvest time): the other city first, each with score and reasons',
        tags: ['Catalogue'],
        parameters: [idParameter, ...queryParameters(COUNTERPART_SCHEMAS.relatedQuery.properties)],
        responses: {
          200: json(COUNTERPART_RESPONSE_SCHEMAS.related),
          400: error('A parameter is invalid; the message names it'),
          404: error('Unknown id'),
        },
      },
    },
    '/api/twins': {
      get: {
        summary: 'The strongest Hong Kong ⇄ Shanghai counterpart pairs, for a smart-city area and/or a topic',
        tags: ['Catalogue'],
        parameters: queryParameters(COUNTERPART_SCHEMAS.twinsQuery.properties),
        responses: {
          200: json(COUNTERPART_RESPONSE_SCHEMAS.twins),
          400: error('A parameter is invalid; the message names it'),
        },
      },
    },
    '/api/datasets/{id}/preview': {
      get: {
        summary: "A preview of one of the dataset's resources: a table or GeoJSON in WGS84",
        tags: ['Previews'],
        parameters: [
          idParameter,
          {
            name: 'resource',
            in: 'query',
            schema: { type: 'integer', minimum: 0 },
            description: 'Resource index; the best previewable one when absent',
          },
        ],
        responses: {
          200: json({ oneOf: [ref('TablePreview'), ref('GeoJsonPreview')] }),
          400: error('Bad resource index'),
          403: error("The resource's address is not one previews may fetch"),
          404: error('Unknown id'),
          422: error('The resource cannot be previewed (format, encoding, size)'),
          502: error("The resource's server failed"),
          504: error("The resource's server was too slow"),
        },
      },
    },
    '/api/datasets/{id}/areas': {
      post: {
        summary: 'Curator: add or remove a smart-city area on a dataset (kept across re-harvests)',
        tags: ['Curation'],
        security: auth,
        parameters: [idParameter],
        requestBody: { required: true, content: { 'application/json': { schema: ref('AreaOverride') } } },
        responses: {
          200: json(ref('Dataset')),
          400: error('Invalid body'),
          401: error('No token'),
          403: error('Wrong token'),
          404: error('Unknown id'),
        },
      },
    },
    '/api/areas': {
      get: {
        summary: 'The four HSODC smart-city areas with labels and counts',
        tags: ['Catalogue'],
        responses: { 200: json({ type: 'object' }) },
      },
    },
    '/api/stats': {
      get: {
        summary: 'Counts per city, source and area; the last harvest per source',
        tags: ['Catalogue'],
        responses: { 200: json({ type: 'object' }) },
      },
    },
    '/api/collections': {
      get: {
        summary: 'Curated collections',
        tags: ['Curation'],
        responses: {
          200: json({ type: 'object', properties: { items: { type: 'array', items: ref('Collection') } } }),
        },
      },
      post: {
        summary: 'Create a collection',
        tags: ['Curation'],
        security: auth,
        requestBody: { required: true, content: { 'application/json': { schema: ref('CollectionInput') } } },
        responses: {
          201: json(ref('Collection')),
          400: error('Invalid body'),
          401: error('No token'),
          403: error('Wrong token'),
          409: error('Id taken'),
        },
      },
    },
    '/api/collections/{id}': {
      get: {
        summary: 'One collection (ETag)',
        tags: ['Curation'],
        parameters: [collectionIdParameter],
        responses: { 200: json(ref('Collection')), 404: error('Unknown id') },
      },
      put: {
        summary: 'Replace a collection; needs If-Match',
        tags: ['Curation'],
        security: auth,
        parameters: [
          collectionIdParameter,
          { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } },
        ],
        requestBody: { required: true, content: { 'application/json': { schema: ref('CollectionInput') } } },
        responses: {
          200: json(ref('Collection')),
          401: error('No token'),
          403: error('Wrong token'),
          412: error('Stale ETag'),
          428: error('No If-Match'),
        },
      },
      delete: {
        summary: 'Delete a collection; needs If-Match',
        tags: ['Curation'],
        security: auth,
        parameters: [
          collectionIdParameter,
          { name: 'If-Match', in: 'header', required: true, schema: { type: 'string' } },
        ],
        responses: {
          204: { description: 'Deleted' },
          401: error('No token'),
          403: error('Wrong token'),
          412: error('Stale ETag'),
          428: error('No If-Match'),
        },
      },
    },
    '/api/collections/{id}/export': {
      get: {
        summary: 'A collection as CSV, JSON or Markdown',
        tags: ['Curation'],
        parameters: [
          collectionIdParameter,
          { name: 'format', in: 'query', schema: { enum: ['csv', 'json', 'md'] } },
        ],
        responses: {
          200: {
            description: 'The export',
            content: { 'text/csv': {}, 'application/json': {}, 'text/markdown': {} },
          },
          404: error('Unknown id'),
        },
      },
    },
    '/api/audit': {
      get: {
        summary: 'The audit log of curation changes',
        tags: ['Curation'],
        parameters: [{ name: 'target', in: 'query', schema: { type: 'string' } }],
        responses: { 200: json({ type: 'object' }) },
      },
    },
    '/api/3/action/package_list': ckanAction('CKAN: every dataset name', [
      { name: 'limit', schema: { type: 'integer' } },
      { name: 'offset', schema: { type: 'integer' } },
    ]),
    '/api/3/action/package_show': ckanAction('CKAN: one dataset by id or name', [
      { name: 'id', schema: { type: 'string' } },
    ]),
    '/api/3/action/package_search': ckanAction(
      'CKAN: search (q, fq on groups/organization/res_format/city/source/access, rows ≤ 1000, start, sort)',
      [
        { name: 'q', schema: { type: 'string' } },
        { name: 'fq', schema: { type: 'string' } },
        { name: 'rows', schema: { type: 'integer' } },
        { name: 'start', schema: { type: 'integer' } },
        { name: 'sort', schema: { type: 'string' } },
      ],
    ),
    '/api/3/action/group_list': ckanAction('CKAN: the smart-city areas as groups', [
      { name: 'all_fields', schema: { type: 'boolean' } },
    ]),
    '/catalog.jsonld': {
      get: {
        summary: 'DCAT-AP JSON-LD catalogue with Hydra paging',
        tags: ['Open standards'],
        parameters: [{ name: 'page', in: 'query', schema: { type: 'integer', minimum: 1 } }],
        responses: {
          200: { description: 'JSON-LD', content: { 'application/ld+json': {} } },
          400: error('Bad page'),
        },
      },
    },
    '/feeds/recent.atom': {
      get: {
        summary: 'Atom feed of recently changed datasets, per area',
        tags: ['Open standards'],
        parameters: [
          { name: 'area', in: 'query', schema: { enum: ['mobility', 'living', 'environment', 'economy'] } },
        ],
        responses: {
          200: { description: 'Atom', content: { 'application/atom+xml': {} } },
          400: error('Unknown area'),
        },
      },
    },
    '/api/openapi.json': {
      get: { summary: 'This document', tags: ['Meta'], responses: { 200: json({ type: 'object' }) } },
    },
    '/api/docs': {
      get: {
        summary: 'Human-readable API documentation',
        tags: ['Meta'],
        responses: { 200: { description: 'HTML', content: { 'text/html': {} } } },
      },
    },
  },
  components: {
    securitySchemes: {
      curatorToken: {
        type: 'http',
        scheme: 'bearer',
        description: 'A token from `npm run curator -- add <name>`',
      },
    },
    schemas: {
      Error: {
        type: 'object',
        required: ['error'],
        properties: {
          error: {
            type: 'object',
            required: ['code', 'message'],
            properties: { code: { type: 'string' }, message: { type: 'string' } },
          },
        },
      },
      Dataset: datasetSchema,
      CompactDataset: COUNTERPART_SCHEMAS.compactDataset,
      CounterpartReason: COUNTERPART_SCHEMAS.reason,
      SearchResult: {
        type: 'object',
        required: ['total', 'page', 'pageSize', 'items', 'facets'],
        properties: {
          total: { type: 'integer' },
          page: { type: 'integer' },
          pageSize: { type: 'integer' },
          items: { type: 'array', items: ref('Dataset') },
          facets: {
            type: 'object',
            description:
              'city, area, source, format, publisher, access: [{value, count, label?}], each ignoring its own filter',
          },
        },
      },
      TablePreview: {
        type: 'object',
        required: ['kind', 'columns', 'rows', 'truncated'],
        properties: {
          kind: { const: 'table' },
          columns: { type: 'array' },
          rows: { type: 'array' },
          truncated: { type: 'boolean' },
        },
      },
      GeoJsonPreview: {
        type: 'object',
        required: ['kind', 'data', 'bbox'],
        properties: {
          kind: { const: 'geojson' },
          data: { type: 'object' },
          bbox: { type: 'array', items: { type: 'number' } },
          truncated: { type: 'boolean' },
        },
      },
      AreaOverride: {
        type: 'object',
        required: ['area', 'effect'],
        properties: {
          area: { enum: ['mobility', 'living', 'environment', 'economy'] },
          effect: { enum: ['add', 'remove'] },
          note: { type: 'string' },
        },
      },
      CollectionInput: {
        type: 'object',
        required: ['title', 'items'],
        properties: {
          id: { type: 'string' },
          title: { type: 'object' },
          description: { type: 'string' },
          area: { enum: ['mobility', 'living', 'environment', 'economy'] },
          items: {
            type: 'array',
            items: {
              type: 'object',
              required: ['datasetId'],
              properties: {
                datasetId: { type: 'string' },
                note: { type: 'string' },
                position: { type: 'integer' },
              },
            },
          },
        },
      },
      Collection: {
        allOf: [
          ref('CollectionInput'),
          { type: 'object', properties: { version: { type: 'integer' }, createdBy: { type: 'string' } } },
        ],
      },
    },
  },
};
