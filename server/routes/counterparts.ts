/**
 * Counterparts, answered from what was computed at harvest time: a dataset's related datasets (the other
 * city first, each with score and reasons) and the strongest Hong Kong ⇄ Shanghai twin pairs.
 */
import { Router } from 'express';
import { relatedDatasets, twinPairs } from '../../catalog-schema/api';
import type { Catalogue } from '../../catalog';
import { notFound } from '../errors';
import { on, type ReplyOf } from '../route';

export function counterpartRoutes(catalogue: Catalogue): Router {
  const router = Router();

  on(router, relatedDatasets, (request, response, { query }) => {
    const id = String(request.params.id);
    const related = catalogue.counterparts.related(id, query);
    if (!related) throw notFound(`dataset ${id}`);
    response.json(related satisfies ReplyOf<typeof relatedDatasets>);
  });

  on(router, twinPairs, (_request, response, { query }) => {
    response.json({ items: catalogue.counterparts.twins(query) } satisfies ReplyOf<typeof twinPairs>);
  });

  return router;
}
