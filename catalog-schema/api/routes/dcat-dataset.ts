/** GET /api/datasets/{id}.jsonld and .ttl: one dataset in DCAT-AP 3.0.1 (its distributions, licence, vocabularies). */
import type { RouteContract } from '../contract';
import { NO_PARAMETERS, datasetIdPath, failure } from '../contract';

const responsesIn = (mediaType: string) => ({
  200: {
    description: 'The dataset, its publisher, distributions and licence, and the vocabulary terms it uses',
    content: { [mediaType]: {} },
  },
  404: failure('No dataset has this id', {
    code: 'not_found',
    message: 'dataset datagovhk:nope does not exist',
  }),
});

// Listed before getDataset in ROUTES: /api/datasets/{id} would match these paths too.
export const dcatDatasetJsonLd = {
  operationId: 'dcatDatasetJsonLd',
  method: 'get',
  path: '/api/datasets/{id}.jsonld',
  tags: ['Open standards'],
  summary: 'One dataset as DCAT-AP 3.0.1 JSON-LD',
  pathParameters: datasetIdPath,
  query: NO_PARAMETERS,
  responses: responsesIn('application/ld+json'),
} as const satisfies RouteContract;

export const dcatDatasetTurtle = {
  operationId: 'dcatDatasetTurtle',
  method: 'get',
  path: '/api/datasets/{id}.ttl',
  tags: ['Open standards'],
  summary: 'One dataset as DCAT-AP 3.0.1 Turtle',
  pathParameters: datasetIdPath,
  query: NO_PARAMETERS,
  responses: responsesIn('text/turtle'),
} as const satisfies RouteContract;
