/**
 * Builds the OpenAPI 3.1 document from the route contracts: one operation per contract, the shared
 * components, the curator's Bearer scheme, and the answers every route can give (400 for a malformed
 * query string, 429 when rate limited, 500) in the shape the route really sends them.
 */
import type { HeaderContract, JsonSchema, ResponseContract, RouteContract } from './contract';
import { failure, json, ref } from './contract';
import { COMPONENT_SCHEMAS } from './components';

export const API_VERSION = '0.2.0';

const RATE_LIMIT_HEADERS: Record<string, HeaderContract> = {
  RateLimit: { description: 'Requests left in the window (IETF draft-7)', schema: { type: 'string' } },
  'RateLimit-Policy': { description: 'The limit and its window', schema: { type: 'string' } },
  'Retry-After': { description: 'Seconds until the window resets', schema: { type: 'integer' } },
};

const CKAN_ERROR_ENVELOPE: JsonSchema = ref('CkanError');

function headerObjects(headers: Record<string, HeaderContract> | undefined) {
  if (!headers) return undefined;
  return Object.fromEntries(
    Object.entries(headers).map(([name, header]) => [
      name,
      { description: header.description, schema: header.schema, ...(header.required && { required: true }) },
    ]),
  );
}

function responseObject(response: ResponseContract) {
  return {
    description: response.description,
    ...(response.headers && { headers: headerObjects(response.headers) }),
    ...(response.content && { content: response.content }),
  };
}

/** The responses a route gives besides its own: malformed queries, the rate limit, our own failures. */
function commonResponses(route: RouteContract): Record<number, ResponseContract> {
  const refusal = (description: string): ResponseContract =>
    route.ckan ? json(description, CKAN_ERROR_ENVELOPE) : failure(description);
  const responses: Record<number, ResponseContract> = {
    400: refusal('The query string is malformed or names an unknown parameter'),
    429: {
      ...refusal('Too many requests from this address; retry after `Retry-After` seconds'),
      headers: RATE_LIMIT_HEADERS,
    },
    500: refusal('Something failed on our side'),
  };
  // Express answers a GET whose ETag the client already has with 304 and no body.
  if (route.method === 'get')
    responses[304] = { description: 'Not modified: the ETag sent in If-None-Match is current' };
  if (route.body) responses[413] = refusal('The body is larger than 100 KB');
  if (route.curator) {
    responses[401] = failure('No `Authorization: Bearer <token>` header');
    responses[403] = failure("The token is not a curator's");
  }
  return responses;
}

function parameterObjects(route: RouteContract) {
  const of = (where: 'path' | 'query', schema: RouteContract['query']) =>
    Object.entries(schema?.properties ?? {}).map(([name, property]) => {
      const { description, examples, ...parameterSchema } = property as JsonSchema & {
        description?: string;
        examples?: unknown[];
      };
      const isList = route.listParameters?.includes(name);
      return {
        name,
        in: where,
        required: where === 'path' || (schema?.required?.includes(name) ?? false),
        schema: parameterSchema,
        ...(description !== undefined && { description }),
        ...(examples?.length && { example: examples[0] }),
        ...(isList && { style: 'form', explode: false }),
      };
    });
  const headers = Object.entries(route.headers ?? {}).map(([name, header]) => ({
    name,
    in: 'header',
    required: header.required ?? false,
    description: header.description,
    schema: header.schema,
  }));
  return [...of('path', route.pathParameters), ...of('query', route.query), ...headers];
}

function operationObject(route: RouteContract) {
  const parameters = parameterObjects(route);
  const responses = { ...commonResponses(route), ...route.responses };
  return {
    operationId: route.operationId,
    tags: route.tags,
    summary: route.summary,
    ...(route.description && { description: route.description }),
    ...(parameters.length && { parameters }),
    ...(route.body && { requestBody: route.body }),
    // An empty list says the operation is public (Redocly's security-defined rule wants it explicit).
    security: route.curator ? [{ curatorToken: [] }] : [],
    responses: Object.fromEntries(
      Object.entries(responses)
        .sort(([a], [b]) => Number(a) - Number(b))
        .map(([status, response]) => [status, responseObject(response)]),
    ),
  };
}

const TAGS = [
  { name: 'Catalogue', description: 'Search and read the unified records' },
  { name: 'Previews', description: "A look inside a dataset's resources" },
  { name: 'Curation', description: 'Collections and area overrides (writes need a curator token)' },
  { name: 'CKAN-compatible', description: "CKAN's action API, for CKAN clients and harvesters" },
  { name: 'Open standards', description: 'DCAT-AP and Atom' },
  { name: 'Meta', description: 'This description and its documentation page' },
];

export type OpenApiDocument = ReturnType<typeof buildOpenApi>;

export function buildOpenApi(routes: readonly RouteContract[]) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const route of routes) (paths[route.path] ??= {})[route.method] = operationObject(route);
  const usedTags = new Set(routes.flatMap((route) => route.tags));
  return {
    openapi: '3.1.0',
    info: {
      title: 'HK·SH Open Data Atlas API',
      version: API_VERSION,
      description:
        "One catalogue of Hong Kong and Shanghai open data. Errors are `{error: {code, message}}` (CKAN routes answer in CKAN's envelope); a 4xx is the caller's mistake, and no error is cacheable. A wrong method on a known path answers 405 with `Allow`.",
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/', description: 'This server' }],
    tags: TAGS.filter((tag) => usedTags.has(tag.name)),
    paths,
    components: {
      securitySchemes: {
        curatorToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'A curator token from `npm run curator -- add <name>`',
        },
      },
      schemas: COMPONENT_SCHEMAS,
    },
  };
}
