/** API errors: a status, a stable code and a human message; rendered as {error: {code, message}}, never a stack. */
import type { ErrorRequestHandler, Request } from 'express';
import { CatalogError } from '../catalog';

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

export const notFound = (what: string) => new ApiError(404, 'not_found', `${what} does not exist`);

const CATALOG_STATUS: Record<string, number> = {
  invalid_query: 400,
  query_too_long: 400,
  invalid_filter: 400,
  unknown_dataset: 404,
};

/** The body of a refusal; by default {error: {code, message}} (the CKAN routes have their own). */
export type ErrorBody = (request: Request, error: ApiError) => unknown;
const standardBody: ErrorBody = (_request, error) => ({
  error: { code: error.code, message: error.message },
});

/** The last middleware: known errors keep their status; anything else is a 500 with no detail. */
export function errorHandler(
  log: (error: unknown) => void,
  bodyOf: ErrorBody = standardBody,
): ErrorRequestHandler {
  return (error, request, response, _next) => {
    let apiError: ApiError;
    if (error instanceof ApiError) apiError = error;
    else if (error instanceof CatalogError)
      apiError = new ApiError(CATALOG_STATUS[error.code] ?? 400, error.code, error.message);
    else if (error?.type === 'entity.too.large')
      apiError = new ApiError(413, 'body_too_large', 'the request body is too large');
    else if (error?.type === 'entity.parse.failed')
      apiError = new ApiError(400, 'invalid_json', 'the request body is not valid JSON');
    else if (error?.status >= 400 && error?.status < 500)
      apiError = new ApiError(error.status, 'bad_request', String(error.message ?? 'bad request'));
    else {
      log(error);
      apiError = new ApiError(500, 'internal_error', 'something went wrong on our side');
    }
    if (response.headersSent) return;
    response.status(apiError.status).json(bodyOf(request, apiError));
  };
}
