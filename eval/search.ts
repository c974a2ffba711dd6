/**
 * Scoring the search on the search topics: each query asked of each city, recall@10 and nDCG@10 per script,
 * the dev and test parts apart.
 */
import { CITIES, type City } from '../catalog-schema';
import type { CatalogSearch } from '../catalog';
import { mean, ndcgAt, recallAt } from './metrics';
import { SCRIPTS, type Script, type SearchTopic } from './sets';
import type { Split } from './split';

export const SEARCH_K = 10;

/** The search as the evaluation sees it: the first ids a city's results list for a query. */
export type SearchFor = (q: string, city: City, limit: number) => string[];

export interface ScriptScore {
  /** Topic × city queries scored. */
  queries: number;
  recallAt10: number;
  ndcgAt10: number;
  errors: number;
}

export interface SearchMiss {
  topic: string;
  script: Script;
  city: City;
  q: string;
  missing: string[];
  error?: string;
}

export type SearchReport = Record<Split, Record<Script, ScriptScore>> & {
  misses: Record<Split, SearchMiss[]>;
};

/** The catalogue's search, one city at a time, first page of `limit`. */
export function searchFromCatalogue(search: CatalogSearch): SearchFor {
  return (q, city, limit) =>
    search.search({ q, city: [city], pageSize: limit }).items.map((record) => record.id);
}

export function scoreSearch(topics: readonly SearchTopic[], searchFor: SearchFor): SearchReport {
  const report = { misses: { dev: [], test: [] } } as unknown as SearchReport;
  for (const split of ['dev', 'test'] as const) {
    const part = topics.filter((topic) => topic.split === split);
    const scores = {} as Record<Script, ScriptScore>;
    for (const script of SCRIPTS) {
      const recalls: number[] = [];
      const gains: number[] = [];
      let errors = 0;
      for (const topic of part) {
        for (const city of CITIES) {
          const q = topic.queries[script];
          const wanted = topic.mustFind[city];
          let got: string[] = [];
          let error: string | undefined;
          try {
            got = searchFor(q, city, SEARCH_K);
          } catch (thrown) {
            errors++;
            error = thrown instanceof Error ? thrown.message : String(thrown);
          }
          recalls.push(recallAt(SEARCH_K, got, wanted));
          gains.push(ndcgAt(SEARCH_K, got, wanted));
          const missing = wanted.filter((id) => !got.includes(id));
          if (missing.length)
            report.misses[split].push({ topic: topic.topic, script, city, q, missing, error });
        }
      }
      scores[script] = { queries: recalls.length, recallAt10: mean(recalls), ndcgAt10: mean(gains), errors };
    }
    report[split] = scores;
  }
  return report;
}
