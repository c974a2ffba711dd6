/**
 * CKAN's action API (GET with query parameters, POST with a JSON body): one contract per action and
 * method, in CKAN's envelope {help, success, result}. The result schemas are generic here; the CKAN
 * routes' owner refines them action by action.
 */
import type { JsonSchema, ParametersSchema, RouteContract } from '../contract';
import { json, ref } from '../contract';

/** Where the action API is served: each prefix gets these contracts, CKAN-shaped errors and 429s, POST in CORS. */
export const CKAN_ACTION_PREFIXES = ['/api/3/action'] as const;

interface CkanAction {
  name: string;
  summary: string;
  parameters: Record<string, JsonSchema>;
  result: JsonSchema;
}

const ACTIONS: CkanAction[] = [
  {
    name: 'package_list',
    summary: 'Every dataset name',
    parameters: { limit: { type: 'integer', minimum: 0 }, offset: { type: 'integer', minimum: 0 } },
    result: { type: 'array', items: { type: 'string' } },
  },
  {
    name: 'package_show',
    summary: 'One dataset by id or name',
    parameters: { id: { type: 'string' }, name_or_id: { type: 'string' } },
    result: { type: 'object' },
  },
  {
    name: 'package_search',
    summary:
      'Search (q, fq on groups, organization, res_format, city, source, access; rows ≤ 1000, start, sort)',
    parameters: {
      q: { type: 'string' },
      fq: { type: 'string' },
      rows: { type: 'integer', minimum: 0 },
      start: { type: 'integer', minimum: 0 },
      sort: { type: 'string', examples: ['metadata_modified desc'] },
    },
    result: {
      type: 'object',
      required: ['count', 'results'],
      properties: {
        count: { type: 'integer' },
        sort: { type: 'string' },
        results: { type: 'array', items: { type: 'object' } },
        facets: { type: 'object' },
        search_facets: { type: 'object' },
      },
    },
  },
  {
    name: 'group_list',
    summary: 'The smart-city areas as groups',
    parameters: { all_fields: { type: 'boolean' } },
    result: { type: 'array', items: { anyOf: [{ type: 'string' }, { type: 'object' }] } },
  },
];

const envelope = (result: JsonSchema): JsonSchema => ({
  type: 'object',
  additionalProperties: false,
  required: ['help', 'success', 'result'],
  properties: { help: { type: 'string', format: 'uri' }, success: { const: true }, result },
});

const refusals = {
  400: json('The action name is not known', ref('CkanError')),
  404: json('Not found', ref('CkanError')),
  409: json('A parameter is invalid (Validation Error, Search Query Error)', ref('CkanError')),
};

function contracts(prefix: string, action: CkanAction): RouteContract[] {
  // Documentation only: the CKAN routes read their parameters as CKAN does (unknown ones are ignored).
  const query = {
    type: 'object',
    additionalProperties: false,
    properties: action.parameters,
  } as ParametersSchema;
  const id = action.name.replace(/_(\w)/g, (_match, letter: string) => letter.toUpperCase());
  const version = prefix === '/api/3/action' ? '' : 'Unversioned';
  const common = {
    path: `${prefix}/${action.name}`,
    tags: ['CKAN-compatible'],
    ckan: true,
    responses: { 200: json('Success', envelope(action.result)), ...refusals },
  } as const;
  return [
    {
      ...common,
      operationId: `ckan${version}${id[0]!.toUpperCase()}${id.slice(1)}`,
      method: 'get',
      summary: `CKAN: ${action.summary}`,
      query,
    },
    {
      ...common,
      operationId: `ckan${version}${id[0]!.toUpperCase()}${id.slice(1)}Post`,
      method: 'post',
      summary: `CKAN: ${action.summary} (JSON body, as CKAN clients send)`,
      body: {
        required: false,
        content: { 'application/json': { schema: { type: 'object', properties: action.parameters } } },
      },
    },
  ];
}

export const ckanActions: RouteContract[] = CKAN_ACTION_PREFIXES.flatMap((prefix) =>
  ACTIONS.flatMap((action) => contracts(prefix, action)),
);
