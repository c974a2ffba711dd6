/** The area taxonomy with counts, and catalogue statistics with the last harvest of each source. */
import { Router } from 'express';
import { AREAS } from '../../catalog-schema';
import type { Catalogue } from '../../catalog';
import { catalogueStats, listAreas } from '../../catalog-schema/api';
import { on, type ReplyOf } from '../route';

export function metaRoutes(catalogue: Catalogue): Router {
  const router = Router();

  on(router, listAreas, (_request, response) => {
    const counts = new Map(
      catalogue.search.search({ pageSize: 1 }).facets.area.map((entry) => [entry.value, entry.count]),
    );
    const items = AREAS.map((area) => ({ ...area, count: counts.get(area.id) ?? 0 }));
    response.json({ items } satisfies ReplyOf<typeof listAreas>);
  });

  on(router, catalogueStats, (_request, response) => {
    const { total, facets } = catalogue.search.search({ pageSize: 1 });
    const counts = (entries: { value: string; count: number }[]) =>
      Object.fromEntries(entries.map((entry) => [entry.value, entry.count]));
    const sources = facets.source.map((entry) => entry.value);
    const lastHarvest = Object.fromEntries(
      sources.map((source) => {
        const [run] = catalogue.store.listRuns(source, 1);
        return [
          source,
          run
            ? {
                status: run.status,
                mode: run.mode,
                startedAt: run.startedAt,
                finishedAt: run.finishedAt,
                result: run.result,
              }
            : null,
        ];
      }),
    );
    response.json({
      datasets: total,
      byCity: counts(facets.city),
      bySource: counts(facets.source),
      byArea: counts(facets.area),
      lastHarvest,
    });
  });

  return router;
}
