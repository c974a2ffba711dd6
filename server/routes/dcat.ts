/** DCAT-AP JSON-LD of the catalogue at /catalog.jsonld, paged with Hydra (?page=N, 100 datasets a page). */
import { Router, type Request } from 'express';
import type { Catalogue } from '../../catalog';
import { dcatCatalog, dcatDataset } from '../../catalog/export/dcat';
import type { ServerConfig } from '../config';
import { publicBaseUrl } from '../public-url';
import { dcatCatalog as dcatCatalogRoute } from '../../catalog-schema/api';
import { on } from '../route';

const PAGE_SIZE = 100;

export const baseUrlOf = (request: Request, config: ServerConfig) => publicBaseUrl(config, request);

export function dcatRoutes(catalogue: Catalogue, config: ServerConfig): Router {
  const router = Router();
  on(router, dcatCatalogRoute, (request, response, { query }) => {
    const page = query.page ?? 1;
    const base = baseUrlOf(request, config);
    const found = catalogue.search.search({
      sort: 'title',
      page: Math.min(page, 10_000),
      pageSize: PAGE_SIZE,
    });
    const last = Math.max(1, Math.ceil(found.total / PAGE_SIZE));
    const at = (n: number) => `${base}/catalog.jsonld?page=${n}`;
    const view = {
      '@id': at(page),
      '@type': 'hydra:PartialCollectionView',
      'hydra:first': at(1),
      'hydra:last': at(last),
      ...(page > 1 && { 'hydra:previous': at(page - 1) }),
      ...(page < last && { 'hydra:next': at(page + 1) }),
      'hydra:totalItems': found.total,
    };
    response.type('application/ld+json').send(
      JSON.stringify(
        dcatCatalog(
          base,
          found.items.map((record) => dcatDataset(record, base)),
          view,
        ),
      ),
    );
  });
  return router;
}
