/**
 * Scores a candidate pair and says why: the text similarity (shared weighted concepts and terms), raised
 * by up to two thirds for agreeing metadata (areas, portal category, kind of data, update frequency,
 * geography level), so metadata orders similar texts but never makes unrelated ones similar.
 * Each agreement is a yes/no (areas: their overlap), averaged.
 */
import type { CounterpartReason } from './types';
import { getLexicon } from './lexicon';
import { GEOGRAPHY_LABELS, KIND_LABELS, type MetadataProfile } from './profile';

export const SCORE_WEIGHTS = { text: 0.6, metadata: 0.4 };
/** Below this text similarity a candidate is noise (a shared common bigram), not a counterpart. */
export const MIN_SIMILARITY = 0.03;
const MAX_CONCEPT_REASONS = 5;

export interface PairSide {
  meta: MetadataProfile;
  /** Concept ids, strongest first. */
  concepts: string[];
}

/** The metadata agreement of a pair, 0..1: the mean of five yes/no (areas: overlap) criteria. */
function metadataAgreement(a: MetadataProfile, b: MetadataProfile): number {
  let shared = 0;
  for (const area of a.areas) if (b.areas.includes(area)) shared++;
  const union = a.areas.length + b.areas.length - shared;
  const category = a.categories.some((mine) => b.categories.some((other) => other.key === mine.key));
  return (
    ((union ? shared / union : 0) +
      (category ? 1 : 0) +
      (a.kind === b.kind ? 1 : 0) +
      (a.frequency === b.frequency && a.frequency !== 'unknown' ? 1 : 0) +
      (a.geography === b.geography ? 1 : 0)) /
    5
  );
}

/** The pair's score: text similarity, raised by up to two thirds for agreeing metadata. */
export function pairScore(similarity: number, a: MetadataProfile, b: MetadataProfile): number {
  const score =
    Math.min(1, similarity) * (SCORE_WEIGHTS.text + SCORE_WEIGHTS.metadata * metadataAgreement(a, b));
  return Math.round(score * 1000) / 1000;
}

/** Why a pair scored: the concepts both name (strongest first), then each metadata agreement. */
export function pairReasons(a: PairSide, b: PairSide): CounterpartReason[] {
  const { concepts } = getLexicon();
  const reasons: CounterpartReason[] = [];
  const theirs = new Set(b.concepts);
  for (const concept of a.concepts) {
    if (!theirs.has(concept)) continue;
    const label = concepts.get(concept)?.label;
    if (label) reasons.push({ kind: 'concept', concept, label });
    if (reasons.length === MAX_CONCEPT_REASONS) break;
  }
  const sharedAreas = a.meta.areas.filter((area) => b.meta.areas.includes(area));
  if (sharedAreas.length) reasons.push({ kind: 'area', areas: sharedAreas });
  const category = a.meta.categories.find((mine) =>
    b.meta.categories.some((other) => other.key === mine.key),
  );
  if (category) reasons.push({ kind: 'category', label: category.label });
  if (a.meta.kind === b.meta.kind)
    reasons.push({ kind: 'kind', value: a.meta.kind, label: KIND_LABELS[a.meta.kind] });
  if (a.meta.frequency === b.meta.frequency && a.meta.frequency !== 'unknown')
    reasons.push({ kind: 'frequency', value: a.meta.frequency });
  if (a.meta.geography === b.meta.geography)
    reasons.push({ kind: 'geography', value: a.meta.geography, label: GEOGRAPHY_LABELS[a.meta.geography] });
  return reasons;
}
