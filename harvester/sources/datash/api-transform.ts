/** Search API record (camelCase keys, epoch-ms dates) → unified record, through the shared Shanghai mapping. Pure. */
import { epochMsToShanghaiIso, shanghaiLocalToIso } from '../../normalize/dates';
import type { RawItem, UntaggedRecord } from '../types';
import { firstKey, ID_KEYS, NAME_KEYS } from './api-source';
import { recordFromShanghai } from './shanghai-record';

type ApiRecord = Record<string, unknown>;

const DESCRIPTION_KEYS = ['datasetDesc', 'datasetDescription', 'description', 'dataDesc', 'summary'];
const FREQUENCY_KEYS = ['updateFrequency', 'dataUpdateCycle', 'updateCycle', 'updateRate'];
const SPATIAL_KEYS = ['spatialScope', 'spatialRange', 'region'];

const read = (record: ApiRecord, keys: readonly string[]) => {
  const key = firstKey(record, keys);
  return key ? String(record[key]).trim() : undefined;
};
const date = (value: unknown) => epochMsToShanghaiIso(value) ?? shanghaiLocalToIso(value);

export function transformApiRecord(item: RawItem): UntaggedRecord {
  const record = item.payload as ApiRecord;
  const labels = typeof record.dataLabel === 'string' ? record.dataLabel.split(/[,，]/) : [];
  const region = read(record, SPATIAL_KEYS);
  return recordFromShanghai({
    id: read(record, ID_KEYS) ?? '',
    name: read(record, NAME_KEYS) ?? '',
    description: read(record, DESCRIPTION_KEYS),
    provider: read(record, ['orgName']) ?? '',
    domain: read(record, ['dataDomain']),
    openness: read(record, ['openType']) ?? '',
    resourceType: read(record, ['openResType']),
    frequency: read(record, FREQUENCY_KEYS),
    issued: date(record.openDate ?? record.createDate),
    modified: date(record.updateDate),
    // "中国 直辖市 上海" says only the city; a district name, when present, places the record.
    spatialScope: region && !/^中国/.test(region) ? region : undefined,
    // Numeric labels and SODA competition markers are the portal's bookkeeping, not topics.
    keywords: labels
      .map((label) => label.trim())
      .filter((label) => label && !/^\d+$/.test(label) && !/^SODA\d*$/i.test(label)),
    themes: {
      ...(typeof record.couThemeCls === 'string' && { couThemeCls: record.couThemeCls }),
      ...(typeof record.deptThemeCls === 'string' && { deptThemeCls: record.deptThemeCls }),
    },
    extras:
      typeof record.openRate === 'number' || typeof record.openRate === 'string'
        ? { openRate: record.openRate }
        : {},
  });
}
