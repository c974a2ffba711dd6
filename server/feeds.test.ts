/**
 * The Atom feed stays well-formed XML and links only to http(s), whatever portal text holds: checked with
 * saxes, a strict XML 1.0 parser that rejects the characters XML forbids.
 */
import { SaxesParser } from 'saxes';
import request from 'supertest';
import type { Catalogue } from '../catalog';
import { makeRecord } from '../catalog-schema/testing';
import { testApp } from './testing';

const HOSTILE_TITLE = 'Bus stops \uFFFE\uFFFF\u0001\u0008\uD800 <script>alert(1)</script> & "quotes" ]]>';

let catalogue: Catalogue;
let app: ReturnType<typeof testApp>['app'];
beforeAll(() => {
  ({ catalogue, app } = testApp({}, [
    makeRecord({
      sourceId: 'hostile',
      title: { en: HOSTILE_TITLE },
      description: { en: 'line\u000Bbreak \uFFFF' },
      publisher: { id: 'x', name: { en: 'Dept <b>\u0000' } },
      landingPage: 'javascript:alert(document.domain)',
      modified: '2026-10-02T00:00:00Z',
    }),
    makeRecord({ sourceId: 'fine', modified: '2026-10-01T00:00:00Z' }),
  ]));
});
afterAll(() => catalogue.close());

interface ParsedFeed {
  titles: string[];
  links: { rel: string; href: string }[];
}

/** Parses strictly; throws on anything that is not well-formed XML 1.0. */
function parseStrictly(xml: string): ParsedFeed {
  const parser = new SaxesParser({ xmlns: true });
  const feed: ParsedFeed = { titles: [], links: [] };
  let inTitle = false;
  let error: Error | undefined;
  parser.on('error', (cause) => (error ??= cause));
  parser.on('opentag', (tag) => {
    inTitle = tag.local === 'title';
    if (tag.local === 'link')
      feed.links.push({ rel: String(tag.attributes.rel?.value), href: String(tag.attributes.href?.value) });
  });
  parser.on('text', (text) => {
    if (inTitle) feed.titles.push(text);
  });
  parser.on('closetag', () => (inTitle = false));
  parser.write(xml).close();
  if (error) throw error;
  return feed;
}

describe('Atom feed safety', () => {
  it('is well-formed XML 1.0 when a title holds U+FFFE, U+FFFF, control characters and markup', async () => {
    const response = await request(app).get('/feeds/recent.atom');
    expect(response.status).toBe(200);
    const feed = parseStrictly(response.text);
    expect(feed.titles).toContain('Bus stops  <script>alert(1)</script> & "quotes" ]]>');
    expect(response.text).not.toContain('<script>');
  });

  it('writes only http(s) links: a javascript: landing page is left out', async () => {
    const feed = parseStrictly((await request(app).get('/feeds/recent.atom')).text);
    expect(feed.links.every((link) => /^https?:\/\//.test(link.href))).toBe(true);
    expect(feed.links.filter((link) => link.rel === 'alternate')).toEqual([
      { rel: 'alternate', href: 'https://data.gov.hk/en-data/dataset/fine' },
    ]);
    expect(feed.links.filter((link) => link.rel === 'related')).toHaveLength(2);
  });
});
