/**
 * The recorded portal data the replay server answers from, held in memory so tests can change it between
 * runs (edit a title, drop a dataset, add a feed item) and harvest again.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type CkanLanguageCode = 'en' | 'tc' | 'sc';
export type Json = Record<string, unknown>;

export interface ChangeFeedEntry {
  name: string;
  title: string;
  pubDate: Date;
}

export interface PortalSnapshot {
  datagovhk: {
    packages: Map<string, Record<CkanLanguageCode, Json>>;
    /** Listed by package_list but unknown to package_show: the portal answers those with HTML and 200. */
    listedButMissing: string[];
    /** The names package_search finds: the real portal indexes only about 631 of its 3,822 datasets. */
    searchIndex: Set<string>;
    categories: Json;
    providers: Json;
    changeFeed: ChangeFeedEntry[];
  };
  csdi: { items: Map<string, Json> };
  datash: { apiRecords: Json[]; files: Map<string, Buffer> };
  /** Resource files served under /files/<name>. */
  files: Map<string, Buffer>;
}

/**
 * Which datasets the replay's package_search finds. Which ones DATA.GOV.HK's index holds is not known,
 * only how many (about 1 in 6), so every sixth name in name order stands in for them.
 */
export function partialSearchIndex(names: Iterable<string>): Set<string> {
  return new Set([...names].sort().filter((_name, index) => index % 6 === 0));
}

export const FIXTURES_DIR = join(__dirname, '../../fixtures');

const readJsonl = (path: string): Json[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));

export function loadSnapshot(fixturesDir = FIXTURES_DIR): PortalSnapshot {
  const hk = join(fixturesDir, 'portals/datagovhk');
  const byLanguage = Object.fromEntries(
    (['en', 'tc', 'sc'] as const).map((code) => [code, readJsonl(join(hk, `package_show.${code}.jsonl`))]),
  ) as Record<CkanLanguageCode, Json[]>;
  const packages = new Map<string, Record<CkanLanguageCode, Json>>();
  byLanguage.en.forEach((en, index) => {
    packages.set(String(en.name), { en, tc: byLanguage.tc[index]!, sc: byLanguage.sc[index]! });
  });
  const csdiItems = readJsonl(join(fixturesDir, 'portals/csdi/items.jsonl'));
  const shanghai = join(fixturesDir, 'portals/datash');
  const filesDir = join(fixturesDir, 'files');
  return {
    datagovhk: {
      packages,
      listedButMissing: ['hk-td-withdrawn-before-recording'],
      searchIndex: partialSearchIndex(packages.keys()),
      categories: JSON.parse(readFileSync(join(hk, 'categories.json'), 'utf8')),
      providers: JSON.parse(readFileSync(join(hk, 'providers.json'), 'utf8')),
      changeFeed: [],
    },
    csdi: { items: new Map(csdiItems.map((item) => [String(item._id), item])) },
    datash: {
      apiRecords: readJsonl(join(shanghai, 'search-api.jsonl')),
      files: new Map(
        readdirSync(shanghai)
          .filter((name) => /\.(xlsx|csv)$/.test(name))
          .map((name) => [name, readFileSync(join(shanghai, name))]),
      ),
    },
    files: new Map(readdirSync(filesDir).map((name) => [name, readFileSync(join(filesDir, name))])),
  };
}
