import { licenseOrTerms } from './license';

const TERMS = { id: 'portal-terms', title: { en: 'Portal terms' }, url: 'https://portal.example/terms' };

describe('licenseOrTerms', () => {
  it('keeps a named licence with an http(s) link, its id as the title when it has none', () => {
    expect(
      licenseOrTerms({ id: ' cc-by ', title: {}, url: 'https://opendefinition.org/licenses/cc-by/' }, TERMS),
    ).toEqual({
      id: 'cc-by',
      title: { en: 'cc-by' },
      url: 'https://opendefinition.org/licenses/cc-by/',
    });
  });

  it('falls back to the portal terms without an id, without a link, with a non-http link or an id too long', () => {
    const title = { en: 'Some licence' };
    expect(licenseOrTerms({ title, url: 'https://example.org/l' }, TERMS)).toBe(TERMS);
    expect(licenseOrTerms({ id: 'x', title }, TERMS)).toBe(TERMS);
    expect(licenseOrTerms({ id: 'x', title, url: 'javascript:alert(1)' }, TERMS)).toBe(TERMS);
    expect(licenseOrTerms({ id: 'x', title, url: 'ftp://example.org/l' }, TERMS)).toBe(TERMS);
    expect(licenseOrTerms({ id: 'x'.repeat(101), title, url: 'https://example.org/l' }, TERMS)).toBe(TERMS);
  });
});
