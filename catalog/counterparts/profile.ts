/**
 * The non-text side of a dataset the engine compares: areas, portal categories, kind of data,
 * update frequency and geography level. Kind and geography come from ordered rules in
 * profile-rules.json (first match wins; the rule id is kept so a reason can be traced).
 */
import type { AreaId, DatasetRecord, LocalizedText } from '../../catalog-schema';
import { foldText } from '../search/fold';
import rulesFile from './profile-rules.json';

export type DataKind = keyof typeof rulesFile.kinds.labels;
export type GeographyLevel = keyof typeof rulesFile.geography.labels;
export type Labels = Required<Pick<LocalizedText, 'en' | 'zh-Hant' | 'zh-Hans'>>;

export const KIND_LABELS: Record<DataKind, Labels> = rulesFile.kinds.labels;
export const GEOGRAPHY_LABELS: Record<GeographyLevel, Labels> = rulesFile.geography.labels;

interface Conditions {
  formats?: string[];
  isApi?: boolean;
  frequency?: string[];
  source?: string[];
  title?: string;
  place?: string;
}

interface CompiledRule<Value> {
  id: string;
  value: Value;
  holds(facts: Facts): boolean;
}

interface Facts {
  formats: Set<string>;
  isApi: boolean;
  frequency: string;
  source: string;
  title: string;
  place: string;
}

function compile<Value>(id: string, value: Value, conditions: Conditions): CompiledRule<Value> {
  const title = conditions.title ? new RegExp(conditions.title, 'i') : undefined;
  const place = conditions.place ? new RegExp(conditions.place, 'i') : undefined;
  return {
    id,
    value,
    holds: (facts) =>
      (!conditions.formats || conditions.formats.some((format) => facts.formats.has(format))) &&
      (conditions.isApi === undefined || conditions.isApi === facts.isApi) &&
      (!conditions.frequency || conditions.frequency.includes(facts.frequency)) &&
      (!conditions.source || conditions.source.includes(facts.source)) &&
      (!title || title.test(facts.title)) &&
      (!place || place.test(facts.place)),
  };
}

const KIND_RULES = rulesFile.kinds.rules.map(({ id, kind, ...conditions }) =>
  compile(id, kind as DataKind, conditions),
);
const GEOGRAPHY_RULES = rulesFile.geography.rules.map(({ id, geography, ...conditions }) =>
  compile(id, geography as GeographyLevel, conditions),
);

export interface MetadataProfile {
  city: DatasetRecord['city'];
  areas: AreaId[];
  /** `scheme:id` of each portal category, and each category's folded label. */
  categories: { key: string; label: LocalizedText }[];
  kind: DataKind;
  frequency: DatasetRecord['updateFrequency']['normalized'];
  geography: GeographyLevel;
}

function firstMatch<Value>(rules: CompiledRule<Value>[], facts: Facts): Value {
  return (rules.find((rule) => rule.holds(facts)) ?? rules[rules.length - 1]!).value;
}

export function metadataProfile(record: DatasetRecord): MetadataProfile {
  const facts: Facts = {
    formats: new Set(record.resources.map((resource) => resource.format.toUpperCase())),
    isApi: record.resources.some((resource) => resource.isApi),
    frequency: record.updateFrequency.normalized,
    source: record.source,
    title: foldText(Object.values(record.title).join(' \n ').slice(0, 1000)),
    place: record.spatial.place ?? '',
  };
  return {
    city: record.city,
    areas: [...record.areas],
    categories: record.categories.map((category) => ({
      // Folded label: DATA.GOV.HK's and Shanghai's schemes differ, but a shared label still means something.
      key: foldText(
        category.label.en ?? category.label['zh-Hans'] ?? category.label['zh-Hant'] ?? category.id,
      ),
      label: category.label,
    })),
    kind: firstMatch(KIND_RULES, facts),
    frequency: record.updateFrequency.normalized,
    geography: firstMatch(GEOGRAPHY_RULES, facts),
  };
}
