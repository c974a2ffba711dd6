/**
 * How to get a Shanghai dataset, from what data.sh.gov.cn says of it (the record's extras): a data product
 * (files to download on the portal) or a data interface (an API to apply for), open or conditional, the
 * conditions, and how often it was viewed, downloaded and called.
 */
import type { DatasetRecord } from '../../../catalog-schema/types';

export interface ShanghaiAccess {
  kind?: 'product' | 'interface';
  access: DatasetRecord['access'];
  conditions?: string;
  status?: string;
  views?: number;
  downloads?: number;
  apiCalls?: number;
  portalPage: string;
}

const numberOf = (value: unknown) =>
  typeof value === 'number'
    ? value
    : typeof value === 'string' && /^\d+$/.test(value)
      ? Number(value)
      : undefined;
const textOf = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);

/** Undefined for records that are not Shanghai's. */
export function shanghaiAccess(record: DatasetRecord): ShanghaiAccess | undefined {
  if (record.city !== 'shanghai') return undefined;
  const extras = record.extras ?? {};
  const type = textOf(extras['数据资源类型']);
  const kind = type === '数据接口' ? 'interface' : type === '数据产品' ? 'product' : undefined;
  const found = {
    kind,
    conditions: textOf(extras['开放条件']),
    status: textOf(extras['数据资源状态']),
    views: numberOf(extras['浏览量']),
    downloads: numberOf(extras['下载量']),
    apiCalls: numberOf(extras['接口调用量']),
  };
  return {
    access: record.access,
    portalPage: record.landingPage,
    ...Object.fromEntries(Object.entries(found).filter(([, value]) => value !== undefined)),
  };
}
