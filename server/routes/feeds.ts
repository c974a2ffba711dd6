/** Atom feed of the most recently changed datasets, optionally of one smart-city area. */
import { Router } from 'express';
import { AREAS } from '../../catalog-schema';
import { recentFeed } from '../../catalog-schema/api';
import { firstLanguage, type Catalogue } from '../../catalog';
import type { ServerConfig } from '../config';
import { on } from '../route';
import { publicBaseUrl } from '../public-url';

const XML_ESCAPES: Record<string, string> = {
  '<': '&lt;',
  '>': '&gt;',
  '&': '&amp;',
  "'": '&apos;',
  '"': '&quot;',
};

/** Escapes markup and drops the control characters XML 1.0 forbids (portal text sometimes has them). */
const escapeXml = (text: string) =>
  [...text]
    .filter((char) => {
      const code = char.charCodeAt(0);
      return code >= 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
    })
    .map((char) => XML_ESCAPES[char] ?? char)
    .join('');

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
      const when = record.modified ? new Date(record.modified).toISOString() : updated;
      return (
        `<entry><id>${escapeXml(link)}</id><title>${escapeXml(firstLanguage(record.title))}</title>` +
        `<link rel="alternate" href="${escapeXml(record.landingPage)}"/><link rel="related" href="${escapeXml(link)}"/>` +
        `<updated>${when}</updated><author><name>${escapeXml(firstLanguage(record.publisher.name))}</name></author>` +
        `<summary>${escapeXml(firstLanguage(record.description ?? record.title).slice(0, 500))}</summary>` +
        record.areas.map((entry) => `<category term="${entry}"/>`).join('') +
        '</entry>'
      );
    });
    response
      .type('application/atom+xml')
      .send(
        `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom">` +
          `<id>${escapeXml(`${base}/feeds/recent.atom${area ? `?area=${area}` : ''}`)}</id>` +
          `<title>HK·SH Open Data Atlas: recently changed datasets (${escapeXml(label)})</title>` +
          `<link rel="self" href="${escapeXml(`${base}${request.originalUrl}`)}"/><updated>${updated}</updated>` +
          entries.join('') +
          '</feed>',
      );
  });
  return router;
}
