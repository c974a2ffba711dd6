/**
 * Query parameters validated by a JSON Schema per route (ajv, with type coercion): the first error
 * becomes a 400 naming the parameter. Lists may be repeated (?city=a&city=b) or comma-separated.
 */
import Ajv, { type ErrorObject, type JSONSchemaType } from 'ajv';
import type { Request } from 'express';
import { ApiError } from './errors';

const ajv = new Ajv({ coerceTypes: 'array', allErrors: false, useDefaults: true, strict: false });

function describe(error: ErrorObject): ApiError {
  const parameter =
    error.instancePath.split('/')[1] ?? error.params.additionalProperty ?? error.params.missingProperty;
  if (error.keyword === 'additionalProperties') {
    return new ApiError(
      400,
      'unknown_parameter',
      `unknown query parameter "${error.params.additionalProperty}"`,
    );
  }
  const allowed =
    error.keyword === 'enum' ? `: one of ${(error.params.allowedValues as string[]).join(', ')}` : '';
  return new ApiError(400, 'invalid_parameter', `${parameter}: ${error.message}${allowed}`);
}

export type QueryValidator<T> = (request: Request) => T;

export function queryValidator<T>(
  schema: JSONSchemaType<T> | Record<string, unknown>,
  lists: readonly string[] = [],
): QueryValidator<T> {
  const validate = ajv.compile<T>(schema);
  return (request) => {
    const query: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(request.query)) {
      if (lists.includes(key)) {
        const values = (Array.isArray(value) ? value : [value]).flatMap((entry) => String(entry).split(','));
        query[key] = values.map((entry) => entry.trim()).filter(Boolean);
      } else if (Array.isArray(value)) {
        throw new ApiError(400, 'invalid_parameter', `${key}: give it once`);
      } else {
        query[key] = value;
      }
    }
    if (!validate(query)) throw describe(validate.errors![0]!);
    return query as T;
  };
}

/** For routes that take no query parameters: any parameter is a 400 naming it. */
export const noQueryParameters = queryValidator<Record<string, never>>({
  type: 'object',
  additionalProperties: false,
  properties: {},
});
