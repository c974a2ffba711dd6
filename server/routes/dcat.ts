/**
 * DCAT-AP 3.0.1 of the catalogue: pages of 100 datasets with Hydra links at /catalog (JSON-LD or Turtle
 * by the Accept header), /catalog.jsonld and /catalog.ttl; one dataset at /api/datasets/{id}.jsonld and
 * .ttl. Every IRI is built from the public base URL (configuration), never from the request's Host header.
 */
import type { Request, Response } from 'express';
import { Router } from 'express';
import type { Quad } from 'n3';
import type { Catalogue } from '../../catalog';
import {
  dcatCatalog,
  dcatCatalogNegotiated,
  dcatCatalogTurtle,
  dcatDatasetJsonLd,
  dcatDatasetTurtle,
} from '../../catalog-schema/api';
import { catalogQuads, datasetQuads, type CatalogPage } from '../../catalog/export/dcat';
import { toJsonLd, toTurtle } from '../../catalog/export/rdf-serialise';
import type { ServerConfig } from '../config';
import { ApiError, notFound } from '../errors';
import { publicBaseUrl } from '../public-url';
import { on } from '../route';

const PAGE_SIZE = 100;
const MAX_PAGE = 10_000;

const MEDIA_TYPES = { jsonld: 'application/ld+json', turtle: 'text/turtle' } as const;
type Format = keyof typeof MEDIA_TYPES;

/** JSON-LD unless the client prefers Turtle; plain JSON clients get JSON-LD too. */
function negotiated(request: Request, response: Response): Format {
  response.vary('Accept');
  const choice = request.accepts([MEDIA_TYPES.jsonld, MEDIA_TYPES.turtle, 'application/json']);
  if (!choice) {
    throw new ApiError(
      406,
      'not_acceptable',
      'the catalogue is served as application/ld+json or text/turtle',
    );
  }
  return choice === MEDIA_TYPES.turtle ? 'turtle' : 'jsonld';
}

async function send(response: Response, format: Format, quads: Quad[]): Promise<void> {
  const body = format === 'turtle' ? await toTurtle(quads) : JSON.stringify(toJsonLd(quads));
  response.type(`${MEDIA_TYPES[format]}; charset=utf-8`).send(body);
}

export function dcatRoutes(catalogue: Catalogue, config: ServerConfig): Router {
  const router = Router();

  async function catalogPage(
    request: Request,
    response: Response,
    path: string,
    format: Format,
    page: number,
  ) {
    const base = publicBaseUrl(config, request);
    const found = catalogue.search.search({ sort: 'title', page, pageSize: PAGE_SIZE });
    const last = Math.min(MAX_PAGE, Math.max(1, Math.ceil(found.total / PAGE_SIZE)));
    if (page > last) throw notFound(`page ${page} of the catalogue (it has ${last})`);
    const at = (n: number) => `${base}${path}?page=${n}`;
    const view: CatalogPage = {
      url: at(page),
      first: at(1),
      last: at(last),
      ...(page > 1 && { previous: at(page - 1) }),
      ...(page < last && { next: at(page + 1) }),
      totalItems: found.total,
    };
    await send(response, format, catalogQuads(base, found.items, view));
  }
  on(router, dcatCatalogNegotiated, (request, response, { query }) =>
    catalogPage(request, response, '/catalog', negotiated(request, response), query.page ?? 1),
  );
  on(router, dcatCatalog, (request, response, { query }) =>
    catalogPage(request, response, '/catalog.jsonld', 'jsonld', query.page ?? 1),
  );
  on(router, dcatCatalogTurtle, (request, response, { query }) =>
    catalogPage(request, response, '/catalog.ttl', 'turtle', query.page ?? 1),
  );

  const dataset = (format: Format) => async (request: Request, response: Response) => {
    const stored = catalogue.store.getDataset(String(request.params.id));
    if (!stored) throw notFound(`dataset ${request.params.id}`);
    await send(response, format, datasetQuads(publicBaseUrl(config, request), stored.record));
  };
  // app.ts mounts these before the JSON record's /api/datasets/{id}, which would take "<id>.ttl" as an id.
  on(router, dcatDatasetJsonLd, dataset('jsonld'));
  on(router, dcatDatasetTurtle, dataset('turtle'));
  return router;
}
