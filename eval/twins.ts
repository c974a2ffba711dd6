/**
 * Scoring a counterpart engine on the twin pairs: recall@5 and MRR in both directions (HK→SH, SH→HK), the
 * dev and test parts apart. The engine is any `relatedFor(id, {city, limit}) → ids`.
 */
import type { City } from '../catalog-schema';
import { MAX_RELATED_LIMIT, type CounterpartStore } from '../catalog';
import { hitAt, mean, reciprocalRank } from './metrics';
import type { Split } from './split';
import type { TwinPair } from './sets';

export interface RelatedOptions {
  /** Only counterparts in this city. */
  city: City;
  limit: number;
}

/** The counterpart engine as the evaluation sees it: ids, best first. */
export type RelatedFor = (id: string, options: RelatedOptions) => string[] | Promise<string[]>;

export const TWIN_K = 5;
/** MRR looks this far down the list (a counterpart below it counts 0). */
export const TWIN_MRR_DEPTH = 20;
export const DIRECTIONS = ['hkToSh', 'shToHk'] as const;
export type Direction = (typeof DIRECTIONS)[number];

export interface DirectionScore {
  pairs: number;
  /** Share of pairs with an accepted counterpart among the first 5. */
  recallAt5: number;
  mrr: number;
  /** Pairs where the engine threw (counted as misses). */
  errors: number;
}

export interface TwinMiss {
  topic: string;
  direction: Direction;
  asked: string;
  wanted: string[];
  got: string[];
  error?: string;
}

export type TwinsReport = Record<Split, Record<Direction, DirectionScore>> & {
  misses: Record<Split, TwinMiss[]>;
};

/**
 * The counterpart engine's stored lists (catalogue.counterparts.related()), filtered to the asked city. A
 * near-duplicate group is one item: its representative, then its members, each taking a rank.
 */
export function relatedFromCounterparts(counterparts: CounterpartStore): RelatedFor {
  return (id, { city, limit }) =>
    (counterparts.related(id, { city, limit: MAX_RELATED_LIMIT })?.items ?? [])
      .flatMap((item) => [item.dataset.id, ...item.members])
      .slice(0, limit);
}

export async function scoreTwins(pairs: readonly TwinPair[], relatedFor: RelatedFor): Promise<TwinsReport> {
  const report = { misses: { dev: [], test: [] } } as unknown as TwinsReport;
  for (const split of ['dev', 'test'] as const) {
    const part = pairs.filter((pair) => pair.split === split);
    const scores = {} as Record<Direction, DirectionScore>;
    for (const direction of DIRECTIONS) {
      const hits: number[] = [];
      const ranks: number[] = [];
      let errors = 0;
      for (const pair of part) {
        const [asked, wanted, city]: [string, string[], City] =
          direction === 'hkToSh' ? [pair.hk[0]!, pair.sh, 'shanghai'] : [pair.sh[0]!, pair.hk, 'hong-kong'];
        let got: string[] = [];
        let error: string | undefined;
        try {
          got = await relatedFor(asked, { city, limit: TWIN_MRR_DEPTH });
        } catch (thrown) {
          errors++;
          error = thrown instanceof Error ? thrown.message : String(thrown);
        }
        const hit = hitAt(TWIN_K, got, wanted);
        hits.push(hit);
        ranks.push(reciprocalRank(got.slice(0, TWIN_MRR_DEPTH), wanted));
        if (!hit) report.misses[split].push({ topic: pair.topic, direction, asked, wanted, got, error });
      }
      scores[direction] = { pairs: part.length, recallAt5: mean(hits), mrr: mean(ranks), errors };
    }
    report[split] = scores;
  }
  return report;
}
