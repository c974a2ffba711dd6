/** Places a record by the district or city its text names, for portals (Shanghai) that give no coordinates. */
import type { BBox, City } from '../../catalog-schema';
import districts from './districts.json';

export interface Place {
  city: City;
  level: 'city' | 'district';
  name: string;
  bbox: BBox;
}

const PLACES: Place[] = districts.places.map((place) => ({
  city: place.city as City,
  level: place.level as Place['level'],
  name: place.name_zh,
  bbox: place.bbox as BBox,
}));

/** Names as they appear in text: 浦东新区 also as 浦东, 黄浦区 also as 黄浦; longest first. */
function aliases(place: Place): string[] {
  if (place.level === 'city') return [place.name];
  const short = place.name.replace(/(新区|区|區)$/u, '');
  return short.length >= 2 && short !== place.name ? [place.name, short] : [place.name];
}

const DISTRICTS_BY_ALIAS = PLACES.filter((place) => place.level === 'district')
  .flatMap((place) => aliases(place).map((alias) => ({ alias, place })))
  .sort((a, b) => b.alias.length - a.alias.length);

export function cityPlace(city: City): Place {
  return PLACES.find((place) => place.city === city && place.level === 'city')!;
}

/**
 * The first district of the city named in the given texts, tried in order (e.g. 空间范围, then title,
 * then publisher); the whole city when a text says 本市 or names no district.
 */
export function placeFromText(city: City, texts: readonly (string | undefined)[]): Place {
  for (const text of texts) {
    if (!text) continue;
    if (text.includes('本市') || text.includes('全市')) return cityPlace(city);
    const hit = DISTRICTS_BY_ALIAS.find(({ alias, place }) => place.city === city && text.includes(alias));
    if (hit) return hit.place;
  }
  return cityPlace(city);
}
