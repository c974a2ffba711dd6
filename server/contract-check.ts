/**
 * Checks one observed response against the OpenAPI document: the path and method must be documented
 * (else a 404, or a 405 with Allow, in the error shape), the status must be one the operation lists, the
 * content type one that status lists, and a JSON body must match its schema, where ours are strict
 * (additionalProperties: false), so an undocumented status or field is a violation.
 */
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { OPENAPI_DOCUMENT, ROUTES, type JsonSchema } from '../catalog-schema/api';
import { isCkanPath, matchPath, routeTable } from './http-conventions';
import type { ObservedExchange } from './response-capture';

const DOCUMENT_ID = 'atlas-openapi-responses';
const ajv = new Ajv2020({ allErrors: true, strict: false, allowUnionTypes: true });
addFormats(ajv);
ajv.addSchema(OPENAPI_DOCUMENT as unknown as JsonSchema, DOCUMENT_ID);

/** The paths the contract covers; anything else (the explorer's files) is not the API's. */
const API_PREFIXES = ['/api', '/catalog', '/feeds'];
const table = routeTable(ROUTES);
const templateOf = new Map(
  ROUTES.map((route) => [matchPath(table, route.path.replace(/\{\w+\}/g, 'x'))!, route.path] as const),
);

const pointer = (...parts: string[]) =>
  parts.map((part) => part.replace(/~/g, '~0').replace(/\//g, '~1')).join('/');

const validators = new Map<string, ValidateFunction>();
function validatorFor(reference: string): ValidateFunction {
  let validate = validators.get(reference);
  if (!validate) {
    validate = ajv.compile({ $ref: `${DOCUMENT_ID}#/${reference}` });
    validators.set(reference, validate);
  }
  return validate;
}

type Operations = Record<
  string,
  { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> }
>;

const isJson = (mediaType: string) => mediaType === 'application/json' || mediaType.endsWith('+json');

function bodyViolations(reference: string, exchange: ObservedExchange, where: string): string[] {
  let body: unknown;
  try {
    body = JSON.parse(exchange.body.toString('utf8'));
  } catch {
    return [`${where}: the body is not JSON`];
  }
  const validate = validatorFor(reference);
  if (validate(body)) return [];
  return (validate.errors ?? [])
    .slice(0, 5)
    .map(
      (error) =>
        `${where}: ${error.instancePath || '(body)'} ${error.message}${error.params && 'additionalProperty' in error.params ? ` "${error.params.additionalProperty}"` : ''}`,
    );
}

/** Every way the exchange departs from the document; empty when it conforms. */
export function contractViolations(exchange: ObservedExchange): string[] {
  const { method, path, status } = exchange;
  if (method === 'OPTIONS' || !API_PREFIXES.some((prefix) => path.startsWith(prefix))) return [];
  const where = `${method} ${path} → ${status}`;
  const mediaType = String(exchange.headers['content-type'] ?? '')
    .split(';')[0]!
    .trim()
    .toLowerCase();
  const errorShape = isCkanPath(path) ? 'components/schemas/CkanError' : 'components/schemas/Error';
  const known = matchPath(table, path);
  if (!known) {
    // CKAN answers an action it does not know with 400 "Action name not known", in its envelope.
    const refusals = isCkanPath(path) ? [400, 404, 429] : [404, 429];
    if (!refusals.includes(status)) return [`${where}: the path is not in the document`];
    return bodyViolations(errorShape, exchange, where);
  }
  const template = templateOf.get(known)!;
  const operations = (OPENAPI_DOCUMENT.paths as Record<string, Operations>)[template]!;
  const operationKey = method === 'HEAD' ? 'get' : method.toLowerCase();
  const operation = operations[operationKey];
  if (!operation) {
    const violations: string[] = [];
    if (status !== 405 && status !== 429) violations.push(`${where}: the method is not documented here`);
    if (status === 405 && !exchange.headers.allow) violations.push(`${where}: a 405 without Allow`);
    return [...violations, ...bodyViolations(errorShape, exchange, where)];
  }
  const response = operation.responses[String(status)];
  if (!response)
    return [`${where}: status ${status} is not documented for ${operationKey.toUpperCase()} ${template}`];
  if (method === 'HEAD' || status === 204 || status === 304) return [];
  if (!exchange.body.length && !response.content) return [];
  const media = response.content?.[mediaType];
  if (!media) {
    const documented = Object.keys(response.content ?? {}).join(', ') || 'no body';
    return [`${where}: content type "${mediaType}" is not documented (${documented})`];
  }
  if (!media.schema || !isJson(mediaType)) return [];
  const reference = pointer(
    'paths',
    template,
    operationKey,
    'responses',
    String(status),
    'content',
    mediaType,
    'schema',
  );
  return bodyViolations(reference, exchange, where);
}
