/** The hand-written evaluation sets of fixtures/eval: reading them and checking them against a catalogue. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AREA_IDS, CITIES, LANGUAGES, type AreaId, type City, type Language } from '../catalog-schema';
import type { CatalogStore } from '../catalog';
import { splitOf, type Split } from './split';

export const EVAL_DIR = join(__dirname, '..', 'fixtures', 'eval');
export const TWINS_PATH = join(EVAL_DIR, 'twins.jsonl');
export const SEARCH_TOPICS_PATH = join(EVAL_DIR, 'search-topics.jsonl');

/** The three scripts a query is asked in: the catalogue's languages. */
export const SCRIPTS = LANGUAGES;
export type Script = Language;

export interface TwinPair {
  topic: string;
  split: Split;
  area: AreaId;
  /** Accepted Hong Kong ids; the first is the record asked about in the HK→SH direction. */
  hk: string[];
  /** Accepted Shanghai ids; the first is the record asked about in the SH→HK direction. */
  sh: string[];
  note: string;
}

export interface SearchTopic {
  topic: string;
  split: Split;
  queries: Record<Script, string>;
  mustFind: Record<City, string[]>;
}

function readJsonLines<T>(path: string): T[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as T);
}

export const readTwins = (path = TWINS_PATH) => readJsonLines<TwinPair>(path);
export const readSearchTopics = (path = SEARCH_TOPICS_PATH) => readJsonLines<SearchTopic>(path);

/** Every problem with a set: ids missing from the catalogue or in the wrong city, splits off the rule. */
export function problemsOfTwins(pairs: readonly TwinPair[], store: CatalogStore): string[] {
  const problems: string[] = [];
  for (const pair of pairs) {
    if (pair.split !== splitOf(pair.topic)) problems.push(`${pair.topic}: split is not the rule's`);
    if (!AREA_IDS.includes(pair.area)) problems.push(`${pair.topic}: unknown area ${pair.area}`);
    if (!pair.hk.length || !pair.sh.length) problems.push(`${pair.topic}: a side is empty`);
    problems.push(...wrongIds(pair.topic, pair.hk, 'hong-kong', store));
    problems.push(...wrongIds(pair.topic, pair.sh, 'shanghai', store));
  }
  return problems;
}

export function problemsOfSearchTopics(topics: readonly SearchTopic[], store: CatalogStore): string[] {
  const problems: string[] = [];
  for (const topic of topics) {
    if (topic.split !== splitOf(topic.topic)) problems.push(`${topic.topic}: split is not the rule's`);
    for (const script of SCRIPTS) {
      if (!topic.queries[script]?.trim()) problems.push(`${topic.topic}: no ${script} query`);
    }
    for (const city of CITIES) {
      if (!topic.mustFind[city]?.length) problems.push(`${topic.topic}: nothing to find in ${city}`);
      problems.push(...wrongIds(topic.topic, topic.mustFind[city] ?? [], city, store));
    }
  }
  return problems;
}

function wrongIds(topic: string, ids: readonly string[], city: City, store: CatalogStore): string[] {
  return ids.flatMap((id) => {
    const stored = store.getDataset(id);
    if (!stored) return [`${topic}: ${id} is not in the catalogue`];
    return stored.record.city === city ? [] : [`${topic}: ${id} is not in ${city}`];
  });
}
