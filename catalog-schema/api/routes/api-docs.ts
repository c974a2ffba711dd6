/** This description (/api/openapi.json), its documentation page (/api/docs) and the page's assets. */
import type { RouteContract } from '../contract';
import { NO_PARAMETERS, failure, json } from '../contract';

export const openApiDocument = {
  operationId: 'openApiDocument',
  method: 'get',
  path: '/api/openapi.json',
  tags: ['Meta'],
  summary: 'This OpenAPI 3.1 document',
  query: NO_PARAMETERS,
  responses: {
    200: json('The document', {
      type: 'object',
      required: ['openapi', 'info', 'paths'],
      properties: { openapi: { const: '3.1.0' }, info: { type: 'object' }, paths: { type: 'object' } },
    }),
  },
} as const satisfies RouteContract;

export const apiDocsPage = {
  operationId: 'apiDocsPage',
  method: 'get',
  path: '/api/docs',
  tags: ['Meta'],
  summary: 'The documentation page (Swagger UI, served offline)',
  query: NO_PARAMETERS,
  responses: { 200: { description: 'HTML', content: { 'text/html': {} } } },
} as const satisfies RouteContract;

export const apiDocsAsset = {
  operationId: 'apiDocsAsset',
  method: 'get',
  path: '/api/docs/assets/{file}',
  tags: ['Meta'],
  summary: "The documentation page's script, styles and icon",
  pathParameters: {
    type: 'object',
    additionalProperties: false,
    required: ['file'],
    properties: { file: { type: 'string', examples: ['swagger-ui-bundle.js'] } },
  },
  query: NO_PARAMETERS,
  responses: {
    200: { description: 'The asset', content: { 'text/javascript': {}, 'text/css': {}, 'image/png': {} } },
    404: failure('No such asset'),
  },
} as const satisfies RouteContract;
