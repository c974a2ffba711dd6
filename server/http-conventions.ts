/**
 * HTTP conventions every route shares: errors are never cached, a wrong method on a known path is a 405
 * with `Allow` (the methods come from the route contracts), and the rate limit's 429 answers in the
 * shape of the API it refuses (CKAN's envelope under the CKAN prefixes).
 */
import type { Request, RequestHandler } from 'express';
import onHeaders from 'on-headers';
import { CKAN_ACTION_PREFIXES, type RouteContract } from '../catalog-schema/api';
import { publicBaseUrl } from './public-url';
import type { ServerConfig } from './config';
import { ApiError, type ErrorBody } from './errors';

/** Headers a browser script on another origin may read: caching, and the rate limit's state. */
export const EXPOSED_HEADERS = [
  'ETag',
  'RateLimit',
  'RateLimit-Policy',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'Retry-After',
];

/** A 4xx or 5xx answer is about one request at one moment: no shared cache may keep it. */
export const noStoreOnErrors: RequestHandler = (_request, response, next) => {
  onHeaders(response, function () {
    if (this.statusCode >= 400) this.setHeader('Cache-Control', 'no-store');
  });
  next();
};

interface PathMethods {
  pattern: RegExp;
  /** Literal characters in the template: the most specific template wins (`{id}.jsonld` over `{id}`). */
  specificity: number;
  allow: string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The contract's paths as patterns, each with the methods it takes (HEAD wherever GET is). */
export function routeTable(routes: readonly RouteContract[]): PathMethods[] {
  const methods = new Map<string, Set<string>>();
  for (const route of routes) {
    const set = methods.get(route.path) ?? new Set<string>();
    set.add(route.method.toUpperCase());
    if (route.method === 'get') set.add('HEAD');
    methods.set(route.path, set);
  }
  return [...methods]
    .map(([template, set]) => ({
      pattern: new RegExp(
        `^${template
          .split(/(\{\w+\})/)
          .map((part) => (/^\{\w+\}$/.test(part) ? '[^/]+' : escapeRegExp(part)))
          .join('')}$`,
      ),
      specificity: template.replace(/\{\w+\}/g, '').length,
      allow: [...set].join(', '),
    }))
    .sort((a, b) => b.specificity - a.specificity);
}

export function matchPath(table: PathMethods[], path: string): PathMethods | undefined {
  // Express routes a path with or without one trailing slash alike (non-strict routing); so does this.
  const routed = path.length > 1 && path.endsWith('/') ? path.slice(0, -1) : path;
  return table.find((entry) => entry.pattern.test(routed));
}

/** After every route: a path the contract knows, asked with a method it does not take. */
export function methodNotAllowed(routes: readonly RouteContract[]): RequestHandler {
  const table = routeTable(routes);
  return (request, response, next) => {
    const known = matchPath(table, request.path);
    if (!known || request.method === 'OPTIONS') return next();
    response.setHeader('Allow', known.allow);
    next(
      new ApiError(405, 'method_not_allowed', `${request.method} is not allowed here; use ${known.allow}`),
    );
  };
}

export const isCkanPath = (path: string) =>
  CKAN_ACTION_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

/** CKAN's names for the kinds of refusal (its `error.__type`). */
const CKAN_ERROR_TYPES: Record<number, string> = {
  400: 'Bad request',
  403: 'Authorization Error',
  404: 'Not Found Error',
  405: 'Bad request',
  409: 'Validation Error',
  413: 'Bad request',
  429: 'Rate Limit Error',
};

function ckanRefusal(config: ServerConfig, request: Request, status: number, message: string) {
  const action = request.path.split('/').pop();
  return {
    help: `${publicBaseUrl(config, request)}/api/3/action/help_show?name=${action}`,
    success: false,
    error: { __type: CKAN_ERROR_TYPES[status] ?? 'Internal Server Error', message },
  };
}

/** Refusals in the shape of the API refused: CKAN's envelope under the CKAN prefixes, else ours. */
export function errorBodyFor(config: ServerConfig): ErrorBody {
  return (request, error) =>
    isCkanPath(request.originalUrl.split('?')[0]!)
      ? ckanRefusal(config, request, error.status, error.message)
      : { error: { code: error.code, message: error.message } };
}

/** express-rate-limit's handler: a 429 in the refused API's error shape. */
export function rateLimited(config: ServerConfig): RequestHandler {
  const bodyOf = errorBodyFor(config);
  const refusal = new ApiError(429, 'rate_limited', 'too many requests; slow down and retry later');
  return (request, response) => {
    response.status(429).json(bodyOf(request, refusal));
  };
}
