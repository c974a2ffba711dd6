/**
 * Stored counterparts: writes what the engine computed (replacing the previous results in one
 * transaction) and answers /related and /twins from the tables, never by recomputing.
 */
import type { AreaId, City, DatasetRecord } from '../../catalog-schema';
import { COUNTERPART_LIMITS } from '../../catalog-schema/api/counterparts';
import type { Db } from '../db';
import type { CatalogStore } from '../store';
import type { EngineOutput } from './engine';
import { decodeItems, encodeItems } from './codec';
import { topicFeatures } from './text';
import type { CompactDataset, EmptyReason, RelatedResult, TwinPair } from './types';

export const MAX_RELATED_LIMIT = COUNTERPART_LIMITS.maxRelated;
export const MAX_TWINS_LIMIT = COUNTERPART_LIMITS.maxTwins;
export const MAX_TOPIC_CHARS = COUNTERPART_LIMITS.maxTopicChars;
const TOPIC_MATCHES = 2000;

export function compact(record: DatasetRecord): CompactDataset {
  const { id, source, city, title, publisher, areas, updateFrequency, spatial, landingPage } = record;
  return { id, source, city, title, publisher, areas, updateFrequency, spatial, landingPage };
}

interface PairRow {
  hong_kong_id: string;
  shanghai_id: string;
  score: number;
  shared_areas: string;
  reasons: string;
}

/** Other-city counterparts of each dataset that become twin-pair candidates. */
const TWIN_CANDIDATES_PER_DATASET = 3;

export class CounterpartStore {
  private readonly statements;

  constructor(
    private readonly db: Db,
    private readonly store: CatalogStore,
  ) {
    this.statements = {
      set: db.prepare<[string], { items: string; empty_code: string | null; empty_message: string | null }>(
        'SELECT items, empty_code, empty_message FROM counterpart_sets WHERE dataset_id = ?',
      ),
      groups: db.prepare<[string], { dataset_id: string; group_id: string }>(
        'SELECT dataset_id, group_id FROM counterpart_sets WHERE dataset_id IN (SELECT value FROM json_each(?))',
      ),
      stateValue: db.prepare<[string], { value: string }>(
        'SELECT value FROM counterpart_state WHERE key = ?',
      ),
      topicMatches: db.prepare<[string, number], { dataset_id: string }>(
        `SELECT dataset_id FROM counterpart_features WHERE feature IN (SELECT value FROM json_each(?))
         GROUP BY dataset_id ORDER BY sum(weight) DESC, dataset_id LIMIT ?`,
      ),
      pairsOf: db.prepare<[string], PairRow>(
        'SELECT hong_kong_id, shanghai_id, score, shared_areas, reasons FROM counterpart_pairs WHERE hong_kong_id = ?',
      ),
    };
  }

  /** Replaces every stored result with the engine's output, in one transaction. */
  replaceAll(output: EngineOutput, fingerprint: string): void {
    const insertSet = this.db.prepare(
      'INSERT INTO counterpart_sets (dataset_id, city, group_id, items, empty_code, empty_message) VALUES (?, ?, ?, ?, ?, ?)',
    );
    const insertPair = this.db.prepare(
      `INSERT INTO counterpart_pairs (hong_kong_id, shanghai_id, score, shared_areas, reasons) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (hong_kong_id, shanghai_id) DO UPDATE SET score = excluded.score, shared_areas = excluded.shared_areas,
         reasons = excluded.reasons WHERE excluded.score > counterpart_pairs.score`,
    );
    const insertFeature = this.db.prepare(
      'INSERT OR IGNORE INTO counterpart_features (feature, dataset_id, weight) VALUES (?, ?, ?)',
    );
    this.db.transaction(() => {
      this.db.exec(
        'DELETE FROM counterpart_sets; DELETE FROM counterpart_pairs; DELETE FROM counterpart_features;',
      );
      for (const result of output.results) {
        const items = encodeItems(result.items);
        insertSet.run(
          result.id,
          result.city,
          result.group,
          items,
          result.empty?.code ?? null,
          result.empty?.message ?? null,
        );
        const twins = result.items
          .filter((item) => item.city !== result.city)
          .slice(0, TWIN_CANDIDATES_PER_DATASET);
        for (const item of twins) {
          const areas = item.reasons.find((reason) => reason.kind === 'area');
          const [hongKong, shanghai] =
            result.city === 'hong-kong' ? [result.id, item.id] : [item.id, result.id];
          insertPair.run(
            hongKong,
            shanghai,
            item.score,
            areas && areas.kind === 'area' ? `,${areas.areas.join(',')},` : '',
            encodeItems([item]),
          );
        }
      }
      for (const features of output.features)
        for (const { id, feature, weight } of features) insertFeature.run(feature, id, weight);
      this.db
        .prepare('INSERT OR REPLACE INTO counterpart_state (key, value) VALUES (?, ?)')
        .run('fingerprint', fingerprint);
    })();
  }

  storedFingerprint(): string | undefined {
    return this.statements.stateValue.get('fingerprint')?.value;
  }

  /** Counterparts of an existing dataset (undefined when the id is unknown), other city first. */
  related(id: string, options: { city?: City; limit?: number } = {}): RelatedResult | undefined {
    if (!this.store.getDataset(id)) return undefined;
    const limit = Math.min(options.limit ?? COUNTERPART_LIMITS.defaultRelated, MAX_RELATED_LIMIT);
    const set = this.statements.set.get(id);
    if (!set) {
      return {
        id,
        items: [],
        empty: {
          code: 'not_computed',
          message:
            'counterparts are computed after each harvest; this dataset is not in the last computation',
        },
      };
    }
    const stored = decodeItems(set.items)
      .filter((item) => !options.city || item.city === options.city)
      .slice(0, limit);
    const items = stored.flatMap((item) => {
      const other = this.store.getDataset(item.id);
      if (!other) return [];
      return [
        { dataset: compact(other.record), score: item.score, reasons: item.reasons, members: item.members },
      ];
    });
    const empty: EmptyReason | undefined = set.empty_code
      ? { code: set.empty_code as EmptyReason['code'], message: set.empty_message ?? '' }
      : undefined;
    return empty ? { id, items, empty } : { id, items };
  }

  /** The strongest Hong Kong ⇄ Shanghai pairs, for an area and/or a topic; a pair of groups shown once. */
  twins(options: { area?: AreaId; q?: string; limit?: number } = {}): TwinPair[] {
    const limit = Math.min(options.limit ?? COUNTERPART_LIMITS.defaultTwins, MAX_TWINS_LIMIT);
    const where: string[] = [];
    const parameters: unknown[] = [];
    if (options.area) {
      where.push('instr(shared_areas, ?) > 0');
      parameters.push(`,${options.area},`);
    }
    let rows: PairRow[];
    if (options.q !== undefined) {
      const features = [...topicFeatures(options.q.slice(0, MAX_TOPIC_CHARS)).keys()];
      if (!features.length) return [];
      const matched = this.statements.topicMatches
        .all(JSON.stringify(features), TOPIC_MATCHES)
        .map((row) => row.dataset_id);
      // The topic must be in both: a pair is about it when each side names it. Point lookups by the Hong
      // Kong side (the primary key), then the Shanghai side checked in memory.
      const named = new Set(matched);
      rows = matched
        .flatMap((id) => this.statements.pairsOf.all(id))
        .filter((row) => named.has(row.shanghai_id))
        .filter((row) => !options.area || row.shared_areas.includes(`,${options.area},`))
        .sort((a, b) => b.score - a.score || (a.hong_kong_id < b.hong_kong_id ? -1 : 1))
        .slice(0, limit * 8);
    } else {
      rows = this.db
        .prepare<unknown[], PairRow>(
          `SELECT hong_kong_id, shanghai_id, score, shared_areas, reasons FROM counterpart_pairs
           ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
           ORDER BY score DESC, hong_kong_id, shanghai_id LIMIT ?`,
        )
        .all(...parameters, limit * 8);
    }
    const ids = [...new Set(rows.flatMap((row) => [row.hong_kong_id, row.shanghai_id]))];
    const groupOf = new Map(
      this.statements.groups.all(JSON.stringify(ids)).map((row) => [row.dataset_id, row.group_id]),
    );
    const pairs: TwinPair[] = [];
    const seen = new Set<string>();
    for (const row of rows) {
      if (pairs.length === limit) break;
      const key = `${groupOf.get(row.hong_kong_id) ?? row.hong_kong_id}\u0000${groupOf.get(row.shanghai_id) ?? row.shanghai_id}`;
      if (seen.has(key)) continue;
      const hongKong = this.store.getDataset(row.hong_kong_id)?.record;
      const shanghai = this.store.getDataset(row.shanghai_id)?.record;
      if (!hongKong || !shanghai) continue;
      seen.add(key);
      pairs.push({
        hongKong: compact(hongKong),
        shanghai: compact(shanghai),
        score: row.score,
        reasons: decodeItems(row.reasons)[0]!.reasons,
      });
    }
    return pairs;
  }
}
