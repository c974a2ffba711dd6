/** Atom feed of the most recently changed datasets, optionally of one smart-city area. */
import { Router } from 'express';
import { AREAS } from '../../catalog-schema';
import { recentFeed } from '../../catalog-schema/api';
import { firstLanguage, type Catalogue } from '../../catalog';
import { atomXml } from '../atom-feed';
import type { ServerConfig } from '../config';
import { on } from '../route';
import { publicBaseUrl } from '../public-url';

export function feedRoutes(catalogue: Catalogue, config: ServerConfig): Router {
  const router = Router();
  on(router, recentFeed, (request, response, { query: { area } }) => {
    const base = publicBaseUrl(config, request);
    const { items } = catalogue.search.search({
      sort: 'modified',
      pageSize: 50,
      ...(area && { area: [area] }),
    });
    const label = area ? AREAS.find((entry) => entry.id === area)!.label.en : 'all areas';
    const updated = items[0]?.modified
      ? new Date(items[0].modified).toISOString()
      : new Date(0).toISOString();
    const entries = items.map((record) => {
      const link = `${base}/api/datasets/${encodeURIComponent(record.id)}`;
      return {
        id: link,
        title: firstLanguage(record.title),
        alternate: record.landingPage,
        related: link,
        updated: record.modified ? new Date(record.modified).toISOString() : updated,
        author: firstLanguage(record.publisher.name),
        summary: firstLanguage(record.description ?? record.title).slice(0, 500),
        categories: record.areas,
      };
    });
    response.type('application/atom+xml').send(
      atomXml({
        id: `${base}/feeds/recent.atom${area ? `?area=${area}` : ''}`,
        title: `HK·SH Open Data Atlas: recently changed datasets (${label})`,
        self: `${base}${request.originalUrl}`,
        updated,
        entries,
      }),
    );
  });
  return router;
}
