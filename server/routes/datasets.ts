/** The catalogue API: search with facets and the map filter, one record. */
import { createHash } from 'node:crypto';
import { Router } from 'express';
import { getDataset, searchDatasets } from '../../catalog-schema/api';
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

  return router;
}
