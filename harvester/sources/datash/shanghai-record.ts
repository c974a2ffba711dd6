/**
 * The one mapping from a Shanghai dataset (read from the export or the search API) to a unified record,
 * so the two ways in cannot drift apart. Pure.
 */
import type { Category } from '../../../catalog-schema';
import { placeFromText } from '../../geo/places';
import { normalizeFrequency } from '../../normalize/frequency';
import { TransformError, type UntaggedRecord } from '../types';
import { DATASH_TERMS } from './config';

export const SOURCE = 'datash';

/** What both the export and the API say about a dataset, already in Shanghai's own words. */
export interface ShanghaiDataset {
  id: string;
  name: string;
  description?: string;
  provider: string;
  /** 数据领域 */
  domain?: string;
  /** 开放属性: 无条件开放 / 有条件开放 */
  openness: string;
  /** 数据资源类型: 数据产品 / 数据接口 */
  resourceType?: string;
  frequency?: string;
  issued?: string;
  modified?: string;
  /** 空间范围, when the source has it. */
  spatialScope?: string;
  keywords: string[];
  /** Further classifications (scheme → value), e.g. the API's couThemeCls. */
  themes: Record<string, string>;
  extras: Record<string, string | number>;
}

const ACCESS: Record<string, UntaggedRecord['access']> = {
  无条件开放: 'open',
  有条件开放: 'conditional',
  '1': 'open',
  '2': 'conditional',
};

/** The portal's detail page: type=cp for 数据产品, type=jk for 数据接口 (as the portal links them). */
export function shanghaiLandingPage(id: string, resourceType?: string): string {
  const type = resourceType === '数据接口' ? 'jk' : 'cp';
  return `https://data.sh.gov.cn/view/detail/index.html?type=${type}&&id=${encodeURIComponent(id)}&&companyFlag=0`;
}

export function recordFromShanghai(dataset: ShanghaiDataset): UntaggedRecord {
  if (!dataset.id) throw new TransformError('missing_id', 'no 数据集ID');
  if (!dataset.name) throw new TransformError('missing_title', `dataset ${dataset.id} has no 数据资源名称`);
  const access = ACCESS[dataset.openness.trim()];
  if (!access)
    throw new TransformError(
      'unknown_openness',
      `开放属性 "${dataset.openness}" is neither 无条件开放 nor 有条件开放`,
    );
  const place = placeFromText('shanghai', [dataset.spatialScope, dataset.name, dataset.provider]);
  const categories: Category[] = [
    ...(dataset.domain ? [{ scheme: SOURCE, id: dataset.domain, label: { 'zh-Hans': dataset.domain } }] : []),
    ...Object.entries(dataset.themes)
      .filter(([, value]) => value)
      .map(([scheme, value]) => ({ scheme: `${SOURCE}-${scheme}`, id: value, label: { 'zh-Hans': value } })),
  ];
  return {
    id: `${SOURCE}:${dataset.id}`,
    source: SOURCE,
    sourceId: dataset.id,
    city: 'shanghai',
    title: { 'zh-Hans': dataset.name },
    ...(dataset.description && { description: { 'zh-Hans': dataset.description } }),
    publisher: { id: dataset.provider || 'unknown', name: { 'zh-Hans': dataset.provider || '未知' } },
    categories,
    keywords: dataset.keywords,
    resources: [],
    spatial: { bbox: place.bbox, place: place.name },
    temporal: {},
    updateFrequency: normalizeFrequency(dataset.frequency),
    ...(dataset.issued && { issued: dataset.issued }),
    ...(dataset.modified && { modified: dataset.modified }),
    access,
    landingPage: shanghaiLandingPage(dataset.id, dataset.resourceType),
    links: [],
    license: DATASH_TERMS,
    extras: {
      ...(dataset.resourceType && { 数据资源类型: dataset.resourceType }),
      ...dataset.extras,
    },
  };
}
