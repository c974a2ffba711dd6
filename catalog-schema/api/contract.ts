/**
 * The shape of one route's contract (path, method, parameters, body, every response) and the small
 * builders the route modules share. Route modules are plain JSON Schema; this file only types them.
 */

/** A JSON Schema (draft 2020-12, as OpenAPI 3.1 uses it). */
export type JsonSchema = { [keyword: string]: unknown };

export type HttpMethod = 'get' | 'post' | 'put' | 'delete';

/** An object schema whose properties are the query (or path) parameters. */
export interface ParametersSchema {
  type: 'object';
  additionalProperties: false;
  required?: readonly string[];
  properties: Record<string, JsonSchema>;
}

export interface HeaderContract {
  description: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface ResponseContract {
  description: string;
  /** Media type → body schema (omit `schema` for bodies that are not JSON: HTML, Atom, CSS). */
  content?: Record<string, { schema?: JsonSchema; example?: unknown }>;
  headers?: Record<string, HeaderContract>;
}

export interface RouteContract {
  operationId: string;
  method: HttpMethod;
  /** OpenAPI path template, e.g. `/api/datasets/{id}`. */
  path: string;
  tags: readonly string[];
  summary: string;
  description?: string;
  pathParameters?: ParametersSchema;
  query?: ParametersSchema;
  /** Query parameters that are lists: repeated (?a=x&a=y) or comma-separated (?a=x,y). */
  listParameters?: readonly string[];
  headers?: Record<string, HeaderContract>;
  body?: { required: boolean; content: Record<string, { schema: JsonSchema; example?: unknown }> };
  /** Needs the curator's Bearer token. */
  curator?: boolean;
  /** Answers in CKAN's envelope (errors and the rate limit included) rather than {error: {code, message}}. */
  ckan?: boolean;
  responses: Record<number, ResponseContract>;
}

/** A reference to a shared schema in the document's components. */
export const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

export const json = (description: string, schema: JsonSchema, example?: unknown): ResponseContract => ({
  description,
  content: { 'application/json': { schema, ...(example !== undefined && { example }) } },
});

/** A refusal in the API's one error shape, {error: {code, message}}, with an example of it when given. */
export const failure = (description: string, example?: { code: string; message: string }): ResponseContract =>
  json(description, ref('Error'), example && { error: example });

export const ETAG_HEADER: HeaderContract = {
  description: 'The representation version; send it back in If-None-Match (or If-Match to edit)',
  schema: { type: 'string' },
};

export const NO_PARAMETERS: ParametersSchema = {
  type: 'object',
  additionalProperties: false,
  properties: {},
};

export const datasetIdPath: ParametersSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: {
    id: {
      type: 'string',
      minLength: 3,
      maxLength: 300,
      description: 'Dataset id, `<source>:<sourceId>`',
      examples: ['datagovhk:hk-td-tis_5-traffic-speed-map'],
    },
  },
};

export const collectionIdPath: ParametersSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id'],
  properties: {
    id: {
      type: 'string',
      pattern: '^[a-z0-9][a-z0-9-]{1,63}$',
      description: 'Collection id',
      examples: ['bus-punctuality'],
    },
  },
};
