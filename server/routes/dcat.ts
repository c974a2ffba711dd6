/** DCAT-AP JSON-LD of the catalogue at /catalog.jsonld, paged with Hydra (?page=N, 100 datasets a page). */
import { Router, type Request } from 'express';
import type { Catalogue } from '../../catalog';
import { dcatCatalog, dcatDataset } from '../../catalog/export/dcat';
import type { ServerConfig } from '../config';
import { queryValidator } from '../validation';

const PAGE_SIZE = 100;
const pageQuery = queryValidator<{ page?: number }>({
  type: 'object',
  additionalProperties: false,
  properties: { page: { type: 'integer', minimum: 1, maximum: 100_000 } },
});

export const baseUrlOf = (request: Request, config: ServerConfig) =>
  (config.publicBaseUrl ?? `${request.protocol}://${request.get('host')}`).replace(/\/$/, '');

export function dcatRoutes(catalogue: Catalogue, config: ServerConfig): Router {
  const router = Router();
  router.get('/catalog.jsonld', (request, response) => {
    const page = pageQuery(request).page ?? 1;
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
