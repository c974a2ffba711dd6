/** Catalogue export row (16 columns) → unified record, through the shared Shanghai mapping. Pure. */
import { shanghaiLocalToIso } from '../../normalize/dates';
import type { RawItem, UntaggedRecord } from '../types';
import type { ExportRow } from './export-source';
import { recordFromShanghai } from './shanghai-record';

const count = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : undefined);

export function transformExportRow(item: RawItem): UntaggedRecord {
  const row = item.payload as ExportRow;
  const numbers = {
    浏览量: count(row['浏览量']),
    下载量: count(row['下载量']),
    接口调用量: count(row['接口调用量']),
  };
  return recordFromShanghai({
    id: (row['数据集ID'] ?? '').trim(),
    name: (row['数据资源名称'] ?? '').trim(),
    description: row['数据资源内容描述']?.trim() || undefined,
    provider: (row['数据资源提供部门'] ?? '').trim(),
    domain: row['数据领域']?.trim() || undefined,
    openness: row['开放属性'] ?? '',
    resourceType: row['数据资源类型']?.trim() || undefined,
    frequency: row['更新频率'],
    issued: shanghaiLocalToIso(row['首次发布日期']),
    modified: shanghaiLocalToIso(row['最近更新日期']),
    keywords: [],
    themes: {},
    extras: {
      ...Object.fromEntries(Object.entries(numbers).filter(([, value]) => value !== undefined)),
      ...(row['开放条件'] && { 开放条件: row['开放条件'] }),
      ...(row['数据资源状态'] && { 数据资源状态: row['数据资源状态'] }),
    } as Record<string, string | number>,
  });
}
