/**
 * A stream of distinct searches that looks like real use, for the search benchmark: words and Chinese runs
 * taken from real titles (English, 繁, 简), with random city, area, format, bbox, modified-since, sort and page
 * filters, and some browsing without words. Seeded, so every run asks the same stream; almost no query repeats,
 * so a result cache cannot answer it.
 */
import { AREA_IDS, CITIES, type BBox } from '../catalog-schema';
import type { SearchParams } from '../catalog';

export interface StreamQuery {
  params: SearchParams;
  /** The same search as an API path. */
  path: string;
}

/** A deterministic pseudo-random stream (mulberry32). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const CITY_BOX: Record<string, BBox> = {
  'hong-kong': [113.84, 22.16, 114.42, 22.56],
  shanghai: [120.86, 30.68, 122.0, 31.86],
};
const FORMATS = ['CSV', 'JSON', 'XLSX', 'GEOJSON', 'XML', 'API', 'WMS'];
const STOP = new Set(['the', 'of', 'and', 'in', 'for', 'to', 'a', 'on', 'by', 'with', 'data', 'dataset']);

/** The words a user might type, from real titles: English words and 2-4 character Han runs. */
export function vocabularyOf(titles: string[]): { words: string[]; han: string[] } {
  const words = new Set<string>();
  const han = new Set<string>();
  for (const title of titles) {
    for (const word of title.toLowerCase().match(/[a-z]{3,}/g) ?? []) if (!STOP.has(word)) words.add(word);
    for (const run of title.match(/\p{Script=Han}+/gu) ?? []) {
      const chars = Array.from(run);
      for (let at = 0; at + 2 <= chars.length; at += 2) {
        han.add(chars.slice(at, at + 2 + (at % 3 === 0 ? 1 : 0)).join(''));
      }
    }
  }
  return { words: [...words].sort(), han: [...han].sort() };
}

function toPath(params: SearchParams): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value === undefined) continue;
    query.set(name, Array.isArray(value) ? value.join(',') : String(value));
  }
  const text = query.toString();
  return `/api/datasets${text ? `?${text}` : ''}`;
}

export function queryStream(titles: string[], count: number, seed = 7): StreamQuery[] {
  const next = seededRandom(seed);
  const { words, han } = vocabularyOf(titles);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const stream: StreamQuery[] = [];
  for (let at = 0; at < count; at++) {
    const params: SearchParams = {};
    const roll = next();
    if (roll < 0.45) params.q = next() < 0.35 ? `${pick(words)} ${pick(words)}` : pick(words);
    else if (roll < 0.85) params.q = pick(han);
    if (next() < 0.35) params.city = [pick(CITIES)];
    if (next() < 0.3) params.area = [pick(AREA_IDS)];
    if (next() < 0.15) params.format = [pick(FORMATS)];
    if (next() < 0.1) params.access = [next() < 0.8 ? 'open' : 'conditional'];
    if (next() < 0.15) {
      const [minLon, minLat, maxLon, maxLat] = CITY_BOX[params.city?.[0] ?? pick(CITIES)]!;
      const lon = minLon + next() * (maxLon - minLon) * 0.8;
      const lat = minLat + next() * (maxLat - minLat) * 0.8;
      const size = 0.02 + next() * 0.2;
      params.bbox = [lon, lat, Math.min(maxLon, lon + size), Math.min(maxLat, lat + size)].map(
        (value) => Math.round(value * 10_000) / 10_000,
      ) as BBox;
    }
    if (next() < 0.1)
      params.modifiedSince = `20${String(16 + Math.floor(next() * 10))}-0${1 + Math.floor(next() * 9)}-01`;
    const sortRoll = next();
    if (sortRoll < 0.1) params.sort = 'modified';
    else if (sortRoll < 0.15) params.sort = 'title';
    if (next() < 0.25) params.page = 2 + Math.floor(next() * (params.q ? 4 : 200));
    if (next() < 0.1) params.pageSize = 50;
    stream.push({ params, path: toPath(params) });
  }
  return stream;
}
