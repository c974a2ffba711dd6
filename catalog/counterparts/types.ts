/** The counterpart engine's results as stored and served: items with a score and typed reasons. */
import type { AreaId, City, DatasetRecord, LocalizedText } from '../../catalog-schema';

export type TriLabel = Required<Pick<LocalizedText, 'en' | 'zh-Hant' | 'zh-Hans'>>;

/** Why two datasets are counterparts; labels in the three scripts so a client can word them in any. */
export type CounterpartReason =
  | { kind: 'concept'; concept: string; label: TriLabel }
  | { kind: 'area'; areas: AreaId[] }
  | { kind: 'category'; label: LocalizedText }
  | { kind: 'kind'; value: string; label: TriLabel }
  | { kind: 'frequency'; value: DatasetRecord['updateFrequency']['normalized'] }
  | { kind: 'geography'; value: string; label: TriLabel }
  | { kind: 'sameAs'; members: string[] }
  | { kind: 'duplicateOf'; members: string[] };

export interface StoredCounterpart {
  id: string;
  city: City;
  score: number;
  reasons: CounterpartReason[];
  /** Other records of the same near-duplicate group, shown through this one. */
  members: string[];
}

/** Why a dataset has no counterparts at all. */
export type EmptyReason = { code: 'no_text' | 'not_computed'; message: string };

export interface CounterpartResult {
  id: string;
  city: City;
  /** Other city's counterparts first, then the own city's (its own group's copies first there). */
  items: StoredCounterpart[];
  empty?: EmptyReason;
  /** The dataset's own near-duplicate group (other ids), for the twins list to show a group once. */
  group: string;
}

/** A compact record for lists: enough to show, open and map it. */
export type CompactDataset = Pick<
  DatasetRecord,
  'id' | 'source' | 'city' | 'title' | 'publisher' | 'areas' | 'updateFrequency' | 'spatial' | 'landingPage'
>;

export interface RelatedItem {
  dataset: CompactDataset;
  score: number;
  reasons: CounterpartReason[];
  members: string[];
}

export interface RelatedResult {
  id: string;
  items: RelatedItem[];
  /** Set when the list is empty for a reason other than "nothing similar found". */
  empty?: EmptyReason;
}

export interface TwinPair {
  hongKong: CompactDataset;
  shanghai: CompactDataset;
  score: number;
  reasons: CounterpartReason[];
}
