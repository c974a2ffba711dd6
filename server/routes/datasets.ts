/** The catalogue API: search with facets and the map filter, one record, its related datasets. */
import { createHash } from 'node:crypto';
import { Router } from 'express';
import { getDataset, relatedDatasets, searchDatasets } from '../../catalog-schema/api';
import type { AreaId } from '../../catalog-schema';
import type { Catalogue, SearchResult } from '../../catalog';
import { notFound } from '../errors';
import { on, type ReplyOf } from '../route';

/** The body once serialised, with a strong ETag of its bytes. */
function serialise(result: SearchResult): { body: Buffer; etag: string } {
  const body = Buffer.from(JSON.stringify(result));
  return { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
}

export function datasetRoutes(catalogue: Catalogue): Router {
  const router = Router();

  on(router, searchDatasets, (_request, response, { query }) => {
    const { body, etag } = serialise(catalogue.search.search(query));
    response.setHeader('ETag', etag);
    response.type('application/json').send(body);
  });

  on(router, getDataset, (request, response) => {
    const stored = catalogue.store.getDataset(String(request.params.id));
    if (!stored) throw notFound(`dataset ${request.params.id}`);
    if (stored.record.modified)
      response.setHeader('Last-Modified', new Date(stored.record.modified).toUTCString());
    response.json(stored.record satisfies ReplyOf<typeof getDataset>);
  });

  on(router, relatedDatasets, (request, response, { query }) => {
    const id = String(request.params.id);
    if (!catalogue.store.getDataset(id)) throw notFound(`dataset ${id}`);
    const items = catalogue.search.related(id, query.limit).map(({ record, reason }) => ({
      dataset: record,
      reason: { ...reason, sharedAreas: reason.sharedAreas as AreaId[] },
    }));
    response.json({ items } satisfies ReplyOf<typeof relatedDatasets>);
  });

  return router;
}
