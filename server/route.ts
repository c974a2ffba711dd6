/**
 * Registers a handler for a route contract: the method and path come from the contract, and the
 * handler receives the query and body already validated against it, typed by the generated types.
 */
import type { Request, Response, Router } from 'express';
import type { RouteContract } from '../catalog-schema/api';
import type { operations } from '../catalog-schema/api/openapi.generated';
import { requestValidator } from './validation';

type OperationId = keyof operations;
type Operation<C extends RouteContract> = C['operationId'] extends OperationId
  ? operations[C['operationId']]
  : never;

/** The validated query of a route (defaults filled in). */
export type QueryOf<C extends RouteContract> = NonNullable<Operation<C>['parameters']['query']>;
/** The validated JSON body of a route. */
export type BodyOf<C extends RouteContract> = Operation<C>['requestBody'] extends {
  content: { 'application/json': infer Body };
}
  ? Body
  : undefined;
/** The JSON body a route answers with for a status. */
export type ReplyOf<C extends RouteContract, Status extends number = 200> =
  Operation<C>['responses'] extends Record<Status, { content: { 'application/json': infer Body } }>
    ? Body
    : never;

export interface RouteInput<C extends RouteContract> {
  query: QueryOf<C>;
  body: BodyOf<C>;
}

/** Express's path syntax for an OpenAPI template: `/api/datasets/{id}` → `/api/datasets/:id`. */
export const expressPath = (template: string) => template.replace(/\{(\w+)\}/g, ':$1');

export function on<C extends RouteContract>(
  router: Router,
  route: C,
  ...handlers: [
    ...guards: ((request: Request, response: Response, next: (error?: unknown) => void) => void)[],
    handler: (request: Request, response: Response, input: RouteInput<C>) => unknown,
  ]
): void {
  const validator = requestValidator(route);
  const handler = handlers.pop() as (request: Request, response: Response, input: RouteInput<C>) => unknown;
  const guards = handlers as ((
    request: Request,
    response: Response,
    next: (error?: unknown) => void,
  ) => void)[];
  router[route.method](expressPath(route.path), ...guards, (request: Request, response: Response) =>
    handler(request, response, {
      query: validator.query(request) as QueryOf<C>,
      body: validator.body(request) as BodyOf<C>,
    }),
  );
}
