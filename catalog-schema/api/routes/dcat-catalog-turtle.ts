/** GET /catalog.ttl: one page of the catalogue in DCAT-AP 3.0.1 Turtle, linked to the others with Hydra. */
import type { RouteContract } from '../contract';
import { DCAT_PAGE_QUERY, dcatPageResponses } from './dcat-catalog';

export const dcatCatalogTurtle = {
  operationId: 'dcatCatalogTurtle',
  method: 'get',
  path: '/catalog.ttl',
  tags: ['Open standards'],
  summary: 'DCAT-AP 3.0.1 catalogue page as Turtle (100 datasets a page, Hydra paging)',
  query: DCAT_PAGE_QUERY,
  responses: dcatPageResponses(['text/turtle']),
} as const satisfies RouteContract;
