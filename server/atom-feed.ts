/**
 * An Atom 1.0 document built through an XML library (fast-xml-parser's XMLBuilder escapes markup in text
 * and attributes), never by string concatenation. Text is first stripped of the characters XML 1.0
 * forbids (U+FFFE, U+FFFF, C0 controls, lone surrogates): portal text sometimes holds them, and one of
 * them would make the whole feed unreadable. Only http(s) URLs become links.
 */
import { XMLBuilder } from 'fast-xml-parser';
import { httpUrl, xmlSafeText } from '../catalog-schema/output-safety';

export interface AtomEntry {
  id: string;
  title: string;
  /** The dataset's page on its portal: left out unless it is http(s). */
  alternate?: string;
  related: string;
  updated: string;
  author: string;
  summary: string;
  categories: readonly string[];
}

export interface AtomFeed {
  id: string;
  title: string;
  self: string;
  updated: string;
  entries: readonly AtomEntry[];
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  suppressEmptyNode: true,
  processEntities: true,
});

const link = (rel: string, href: string | undefined) => {
  const target = httpUrl(href);
  return target ? [{ '@_rel': rel, '@_href': xmlSafeText(target) }] : [];
};

export function atomXml(feed: AtomFeed): string {
  const text = xmlSafeText;
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'utf-8' },
    feed: {
      '@_xmlns': 'http://www.w3.org/2005/Atom',
      id: text(feed.id),
      title: text(feed.title),
      link: link('self', feed.self),
      updated: feed.updated,
      entry: feed.entries.map((entry) => ({
        id: text(entry.id),
        title: text(entry.title),
        link: [...link('alternate', entry.alternate), ...link('related', entry.related)],
        updated: entry.updated,
        author: { name: text(entry.author) },
        summary: text(entry.summary),
        category: entry.categories.map((term) => ({ '@_term': text(term) })),
      })),
    },
  }) as string;
}
