/** The catalogue's TypeScript types: generated ones from the schema, plus names the rest of the code shares. */
export type {
  DatasetRecord,
  AreaId,
  Language,
  LocalizedText,
  BBox,
  Temporal,
  DateOrDateTime,
  License,
} from './types.generated';
import type { DatasetRecord } from './types.generated';

export type Resource = DatasetRecord['resources'][number];
export type Category = DatasetRecord['categories'][number];
export type AreaReason = NonNullable<DatasetRecord['areaReasons']>[number];
export type UpdateFrequency = DatasetRecord['updateFrequency']['normalized'];
export type City = DatasetRecord['city'];
export type Access = DatasetRecord['access'];

export const LANGUAGES = ['en', 'zh-Hant', 'zh-Hans'] as const;
export const CITIES: readonly City[] = ['hong-kong', 'shanghai'];
export const ACCESS_LEVELS: readonly Access[] = ['open', 'conditional'];
export const UPDATE_FREQUENCIES: readonly UpdateFrequency[] = [
  'realtime',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
  'irregular',
  'static',
  'unknown',
];
