/**
 * Request validators compiled (ajv, draft 2020-12) from the route contracts in catalog-schema/api: the
 * query (coerced from strings; lists repeated or comma-separated) and the JSON body. The first error
 * becomes a 400 naming the parameter or the body's field.
 */
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import type { Request } from 'express';
import { OPENAPI_DOCUMENT, type JsonSchema, type RouteContract } from '../catalog-schema/api';
import { ApiError } from './errors';

const DOCUMENT_ID = 'atlas-openapi';

/** One ajv for the whole document, so every `#/components/...` a route names resolves. */
function documentAjv(options: { coerceTypes: 'array' | false; useDefaults: boolean }) {
  const ajv = new Ajv2020({ ...options, allErrors: false, strict: false, allowUnionTypes: true });
  addFormats(ajv);
  ajv.addSchema(OPENAPI_DOCUMENT as unknown as JsonSchema, DOCUMENT_ID);
  return ajv;
}
const queryAjv = documentAjv({ coerceTypes: 'array', useDefaults: true });
const bodyAjv = documentAjv({ coerceTypes: false, useDefaults: false });

/** A route's schema with its component references pointed at the document. */
export function inDocument(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(inDocument);
  if (!schema || typeof schema !== 'object') return schema;
  return Object.fromEntries(
    Object.entries(schema).map(([key, value]) => [
      key,
      key === '$ref' && typeof value === 'string' && value.startsWith('#/')
        ? `${DOCUMENT_ID}${value}`
        : inDocument(value),
    ]),
  );
}

function queryError(error: ErrorObject): ApiError {
  if (error.keyword === 'additionalProperties') {
    return new ApiError(
      400,
      'unknown_parameter',
      `unknown query parameter "${error.params.additionalProperty}"`,
    );
  }
  const parameter = error.instancePath.split('/')[1] ?? error.params.missingProperty;
  const allowed =
    error.keyword === 'enum' ? `: one of ${(error.params.allowedValues as string[]).join(', ')}` : '';
  return new ApiError(400, 'invalid_parameter', `${parameter}: ${error.message}${allowed}`);
}

function bodyError(error: ErrorObject): ApiError {
  const where =
    error.instancePath ||
    (error.params as { missingProperty?: string; additionalProperty?: string }).missingProperty ||
    (error.params as { additionalProperty?: string }).additionalProperty ||
    'body';
  const detail =
    error.keyword === 'additionalProperties' ? 'is not a known field' : (error.message ?? error.keyword);
  return new ApiError(400, 'invalid_body', `${where}: ${detail}`);
}

export interface RequestValidator {
  query(request: Request): Record<string, unknown>;
  body(request: Request): unknown;
}

export function requestValidator(route: RouteContract): RequestValidator {
  const lists = route.listParameters ?? [];
  const validateQuery: ValidateFunction | undefined = route.query
    ? queryAjv.compile(inDocument(route.query) as JsonSchema)
    : undefined;
  const bodySchema = route.body?.content['application/json']?.schema;
  const validateBody = bodySchema ? bodyAjv.compile(inDocument(bodySchema) as JsonSchema) : undefined;
  return {
    query(request) {
      const query: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(request.query)) {
        if (lists.includes(key)) {
          const values = (Array.isArray(value) ? value : [value]).flatMap((entry) =>
            String(entry).split(','),
          );
          query[key] = values.map((entry) => entry.trim()).filter(Boolean);
        } else if (Array.isArray(value)) {
          throw new ApiError(400, 'invalid_parameter', `${key}: give it once`);
        } else {
          query[key] = value;
        }
      }
      if (validateQuery && !validateQuery(query)) throw queryError(validateQuery.errors![0]!);
      return query;
    },
    body(request) {
      if (!validateBody) return undefined;
      if (route.body?.required && (request.body === undefined || request.body === null))
        throw new ApiError(400, 'invalid_body', 'body: send a JSON object (Content-Type: application/json)');
      if (!validateBody(request.body)) throw bodyError(validateBody.errors![0]!);
      return request.body;
    },
  };
}
