/** Our records in CKAN's package shape, so CKAN clients (ckanapi, ckan.js) read the Atlas unchanged. */
import { AREAS, type DatasetRecord, type LocalizedText } from '../catalog-schema';
import { bboxPolygon } from '../catalog-schema/bbox-polygon';

const first = (text: LocalizedText | undefined) => text?.en ?? text?.['zh-Hant'] ?? text?.['zh-Hans'] ?? '';

/** CKAN names are lower-case letters, digits, - and _: `<source>-<sourceId>`, lower-cased. */
export function ckanName(record: Pick<DatasetRecord, 'source' | 'sourceId'>): string {
  return `${record.source}-${record.sourceId}`.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
}

export function ckanGroup(areaId: string) {
  const area = AREAS.find((candidate) => candidate.id === areaId)!;
  return {
    id: area.id,
    name: area.id,
    title: area.label.en,
    display_name: area.label.en,
    description: area.scope,
    type: 'group',
    state: 'active',
    image_display_url: '',
    is_organization: false,
  };
}

export function ckanPackage(record: DatasetRecord): Record<string, unknown> {
  const name = ckanName(record);
  return {
    id: record.id,
    name,
    title: first(record.title),
    notes: first(record.description),
    url: record.landingPage,
    state: 'active',
    type: 'dataset',
    private: false,
    isopen: record.access === 'open',
    // records harvested before the licence was required have none
    license_id: record.license?.id ?? null,
    license_title: record.license ? first(record.license.title) : null,
    license_url: record.license?.url ?? null,
    metadata_created: record.issued ?? null,
    metadata_modified: record.modified ?? null,
    organization: {
      id: record.publisher.id,
      name: record.publisher.id,
      title: first(record.publisher.name),
      type: 'organization',
      is_organization: true,
      state: 'active',
    },
    owner_org: record.publisher.id,
    groups: record.areas.map(ckanGroup),
    tags: record.keywords.map((keyword) => ({ name: keyword, display_name: keyword, state: 'active' })),
    num_tags: record.keywords.length,
    resources: record.resources.map((resource, position) => ({
      // CKAN keeps a resource's own fields at its top level: the portal's (schema, datePublished, ...) go back there
      ...resource.extras,
      id: `${record.id}#${position}`,
      package_id: record.id,
      position,
      name: resource.name,
      url: resource.url,
      format: resource.format,
      description: resource.description ?? '',
      state: 'active',
    })),
    num_resources: record.resources.length,
    extras: [
      { key: 'city', value: record.city },
      { key: 'source', value: record.source },
      { key: 'access', value: record.access },
      { key: 'update_frequency', value: record.updateFrequency.raw || record.updateFrequency.normalized },
      ...(record.spatial.bbox
        ? [{ key: 'spatial', value: JSON.stringify(bboxPolygon(record.spatial.bbox)) }]
        : []),
      { key: 'title_translated', value: JSON.stringify(record.title) },
    ],
  };
}
