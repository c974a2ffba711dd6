/** GET /api/datasets/{id}/preview: a table or WGS84 GeoJSON of one of a dataset's resources. */
import type { RouteContract } from '../contract';
import { datasetIdPath, failure, json, ref } from '../contract';

export const previewResource = {
  operationId: 'previewResource',
  method: 'get',
  path: '/api/datasets/{id}/preview',
  tags: ['Previews'],
  summary: "A preview of one of the dataset's resources: a table, or GeoJSON in WGS84",
  pathParameters: datasetIdPath,
  query: {
    type: 'object',
    additionalProperties: false,
    properties: {
      resource: {
        type: 'integer',
        minimum: 0,
        maximum: 999,
        description: 'Resource index (0-based); the best previewable one when absent',
      },
    },
  },
  responses: {
    200: json('The preview', { oneOf: [ref('TablePreview'), ref('GeoJsonPreview')] }),
    400: failure('A parameter is invalid, or the dataset has no resource with this index'),
    403: failure("The resource's address is not one previews may fetch"),
    404: failure('No dataset has this id'),
    422: failure('The resource cannot be previewed (format, encoding, size)'),
    502: failure("The resource's server failed"),
    504: failure("The resource's server was too slow"),
  },
} as const satisfies RouteContract;
