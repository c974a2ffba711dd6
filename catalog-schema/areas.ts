/** The smart-area taxonomy, read from areas.json (the data file is the source; this only types it). */
import areasFile from './areas.json';
import type { AreaId, LocalizedText } from './types';

export interface AreaDefinition {
  id: AreaId;
  label: Required<LocalizedText>;
  scope: string;
}

export const AREAS: readonly AreaDefinition[] = areasFile.areas as AreaDefinition[];
export const AREA_IDS: readonly AreaId[] = AREAS.map((area) => area.id);

export function isAreaId(value: string): value is AreaId {
  return (AREA_IDS as readonly string[]).includes(value);
}
