/**
 * The datasets a MATCH expression finds, with what relevance ordering needs: whether the title matches
 * and a bm25 score. Title matches always come first, whatever bm25 says (a very common word gets an idf
 * near zero, so weights cannot promise it). bm25 is SQLite's most expensive step (~4 µs a row, against
 * ~0.3 µs to list a match), so it is computed exactly for up to EXACT_RANK_LIMIT matches; above that, on
 * the title matches only when they are few enough, else not at all (ties then fall to the newest): a
 * query that finds 70,000 datasets costs ~30 ms instead of ~200 ms, and only its order among equally
 * titled matches changes.
 */
import type { Db } from '../db';
import { CatalogError } from '../errors';
import type { FacetIndex } from './facet-index';
import { VersionedCache } from './versioned-cache';

export const EXACT_RANK_LIMIT = 2000;
const MATCH_CACHE_BYTES = 8 * 1024 * 1024;
/** Column weights: title, description, keywords, publisher. */
const BM25 = 'bm25(dataset_fts, 10.0, 1.0, 4.0, 2.0)';

export interface TextMatches {
  /** Facet-index positions of every match. */
  positions: Int32Array;
  /** Per match: 0 when the title matches, 1 otherwise. */
  titleRank: Uint8Array;
  /** Per match: bm25 (lower is better), 0 where it was not computed. */
  score: Float64Array;
}

const sizeOf = (matches: TextMatches, key: string) => key.length * 2 + matches.positions.byteLength * 4 + 64;

export class TextMatcher {
  private readonly cache: VersionedCache<TextMatches>;
  private readonly statements;

  constructor(
    private readonly db: Db,
    cacheBytes = MATCH_CACHE_BYTES,
  ) {
    this.cache = new VersionedCache(cacheBytes, sizeOf);
    const select = (columns: string) =>
      db.prepare<[string], unknown>(`SELECT ${columns} FROM dataset_fts WHERE dataset_fts MATCH ?`);
    this.statements = {
      rowids: select('rowid').pluck(),
      scored: select(`rowid, ${BM25}`).raw(),
    };
  }

  /** Every match of an expression; the same words with other filters, sorts or pages reuse the pass. */
  match(expression: string, index: FacetIndex): TextMatches {
    const cached = this.cache.get(index.version, expression);
    if (cached) return cached;
    const matches = this.compute(expression, index);
    this.cache.set(index.version, expression, matches);
    return matches;
  }

  private compute(expression: string, index: FacetIndex): TextMatches {
    const titleExpression = `{title} : (${expression})`;
    const all = this.rowids(expression);
    const inTitle = this.rowids(titleExpression);
    const scores = new Map<number, number>();
    const scoredExpression =
      all.length <= EXACT_RANK_LIMIT
        ? expression
        : inTitle.length <= EXACT_RANK_LIMIT
          ? titleExpression
          : null;
    if (scoredExpression)
      for (const [rowid, score] of this.run(() => this.statements.scored.all(scoredExpression)) as [
        number,
        number,
      ][])
        scores.set(rowid, score);
    const titleSet = new Set(inTitle);
    const positions = new Int32Array(all.length);
    const titleRank = new Uint8Array(all.length);
    const score = new Float64Array(all.length);
    let count = 0;
    for (const rowid of all) {
      const position = rowid < index.positionOf.length ? index.positionOf[rowid]! : -1;
      if (position < 0) continue; // withdrawn
      positions[count] = position;
      titleRank[count] = titleSet.has(rowid) ? 0 : 1;
      score[count] = scores.get(rowid) ?? 0;
      count++;
    }
    return {
      positions: positions.subarray(0, count),
      titleRank: titleRank.subarray(0, count),
      score: score.subarray(0, count),
    };
  }

  private rowids(expression: string): number[] {
    return this.run(() => this.statements.rowids.all(expression)) as number[];
  }

  private run<T>(query: () => T): T {
    try {
      return query();
    } catch (error) {
      // Expressions are built from quoted phrases only; reaching here is our bug, still not the caller's 500.
      throw new CatalogError('invalid_query', `the query could not be searched: ${(error as Error).message}`);
    }
  }
}
