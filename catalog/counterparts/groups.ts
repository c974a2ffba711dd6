/**
 * Near-identical records grouped, so a list shows each once with its members: records linked by
 * `sameAs` (the CSDI copy of a DATA.GOV.HK dataset) and records of one city with the same title in some
 * language (after folding 繁/简, case and punctuation). Union-find over those links.
 */
import type { DatasetRecord } from '../../catalog-schema';
import { foldText } from '../search/fold';

export type GroupLink = 'sameAs' | 'duplicateOf';

export interface DuplicateGroups {
  /** Index of each record's group representative (the smallest index in the group). */
  groupOf: Int32Array;
  /** Members of each group with more than one record, by representative. */
  members: Map<number, number[]>;
  /** Whether two members are joined by a sameAs link (else by an identical title). */
  linkBetween(a: number, b: number): GroupLink;
}

const TITLE_KEY_MIN_CHARS = 4;

function titleKeys(record: DatasetRecord): string[] {
  return Object.values(record.title).flatMap((text) => {
    const key = foldText(text ?? '').replace(/[^\p{L}\p{N}]+/gu, '');
    return key.length >= TITLE_KEY_MIN_CHARS && !/^[0-9]+$/.test(key) ? [`${record.city}\u0000${key}`] : [];
  });
}

export function groupDuplicates(records: readonly DatasetRecord[]): DuplicateGroups {
  const parent = Int32Array.from(records, (_, index) => index);
  const find = (index: number): number => {
    while (parent[index] !== index) {
      parent[index] = parent[parent[index]!]!;
      index = parent[index]!;
    }
    return index;
  };
  const union = (a: number, b: number) => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const indexOf = new Map(records.map((record, index) => [record.id, index]));
  const sameAs = new Set<string>();
  const byTitle = new Map<string, number>();
  records.forEach((record, index) => {
    for (const link of record.links) {
      const other = link.rel === 'sameAs' ? indexOf.get(link.id) : undefined;
      if (other === undefined || other === index) continue;
      union(index, other);
      sameAs.add(`${Math.min(index, other)} ${Math.max(index, other)}`);
    }
    for (const key of titleKeys(record)) {
      const first = byTitle.get(key);
      if (first === undefined) byTitle.set(key, index);
      else union(first, index);
    }
  });
  const groupOf = Int32Array.from(records, (_, index) => find(index));
  const members = new Map<number, number[]>();
  groupOf.forEach((group, index) => {
    const list = members.get(group);
    if (list) list.push(index);
    else members.set(group, [index]);
  });
  for (const [group, list] of members) if (list.length < 2) members.delete(group);
  return {
    groupOf,
    members,
    linkBetween: (a, b) => (sameAs.has(`${Math.min(a, b)} ${Math.max(a, b)}`) ? 'sameAs' : 'duplicateOf'),
  };
}
