/** A licence a portal names for one dataset, checked against what the record allows, else the portal's terms. */
import type { License, LocalizedText } from '../../catalog-schema';

export interface NamedLicense {
  id?: string;
  title: LocalizedText;
  url?: string;
}

const MAX_ID_LENGTH = 100;

/**
 * The named licence when it has an id and an http(s) link (a licence without a link cannot be looked up,
 * so it is not one a reader could follow), else the portal's terms of use. A missing title becomes the id.
 */
export function licenseOrTerms(named: NamedLicense, terms: License): License {
  const id = named.id?.trim();
  const url = named.url?.trim();
  if (!id || id.length > MAX_ID_LENGTH || !url || !/^https?:\/\/[^\s]+$/i.test(url)) return terms;
  return { id, title: Object.keys(named.title).length ? named.title : { en: id }, url };
}
