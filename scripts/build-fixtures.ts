/**
 * Rebuilds fixtures/portals/ and fixtures/files/ from the recorded samples in ../shared/samples (or the
 * directory given as the first argument). Run once after the samples change; the output is committed.
 * What is recorded and what is derived is written in each fixtures/.../SOURCES.md.
 */
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import Papa from 'papaparse';
import * as OpenCC from 'opencc-js';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const samples = resolve(process.argv[2] ?? join(__dirname, '../../shared/samples'));
const out = join(__dirname, '../fixtures');
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

type Json = Record<string, unknown>;
const readJson = (path: string) => JSON.parse(readFileSync(join(samples, path), 'utf8'));
const writeJsonl = (path: string, rows: unknown[]) =>
  writeFileSync(path, rows.map((row) => JSON.stringify(row)).join('\n') + '\n');
/** A stable UUID-shaped id from text, for the per-language group ids the recording does not have (sc). */
const uuidFrom = (text: string) => {
  const hex = createHash('sha1').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
};

function buildDatagovhk(): void {
  const dir = join(out, 'portals/datagovhk');
  mkdirSync(dir, { recursive: true });
  const projected: Json[] = readFileSync(join(samples, 'datagovhk/catalogue-sample.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  const full = readJson('datagovhk/package_show_en_hk-hyd-plis-lamppostdata.2025-07.json').result as Json;
  const en: Json[] = [];
  const tc: Json[] = [];
  const sc: Json[] = [];
  for (const record of projected) {
    const { locales, ...english } = record as Json & { locales: { tc: Json } };
    const local = locales.tc as Json & { organization: Json; groups: Json[] };
    en.push(english);
    const traditional = {
      ...english,
      title: local.title,
      notes: local.notes,
      organization: { ...(english.organization as Json), title: local.organization.title },
      groups: local.groups,
      tags: local.tags,
    };
    tc.push(traditional);
    const convert = (value: unknown) => (typeof value === 'string' ? toSimplified(value) : value);
    sc.push({
      ...traditional,
      title: convert(traditional.title),
      notes: convert(traditional.notes),
      organization: { ...(traditional.organization as Json), title: convert(local.organization.title) },
      groups: local.groups.map((group) => ({
        ...group,
        id: uuidFrom(`sc:${group.name}`),
        title: convert(group.title),
        display_name: convert(group.display_name),
      })),
    });
  }
  // The one whole recorded package_show, in all three languages (tc/sc text derived the same way).
  en.push(full);
  const fullTc = {
    ...full,
    title: '燈柱位置數據',
    notes: '路政署保養的公共照明燈柱的位置資料。API提供多種檔案格式下載。',
    groups: [
      {
        ...(full.groups as Json[])[0],
        id: 'a1d0c0de-1c3a-4a59-9c55-2f7e5b8b9c01',
        title: '城市管理及公共設施',
        display_name: '城市管理及公共設施',
      },
    ],
    organization: { ...(full.organization as Json), title: '路政署' },
  };
  tc.push(fullTc);
  sc.push({
    ...fullTc,
    title: toSimplified(fullTc.title),
    notes: toSimplified(fullTc.notes),
    groups: [
      {
        ...fullTc.groups[0],
        id: uuidFrom('sc:city-management'),
        title: '城市管理及公共设施',
        display_name: '城市管理及公共设施',
      },
    ],
    organization: { ...fullTc.organization, title: '路政署' },
  });
  writeJsonl(join(dir, 'package_show.en.jsonl'), en);
  writeJsonl(join(dir, 'package_show.tc.jsonl'), tc);
  writeJsonl(join(dir, 'package_show.sc.jsonl'), sc);
  copyFileSync(
    join(samples, 'datagovhk/filestore_categories_en.2025-10-24.json'),
    join(dir, 'categories.json'),
  );
  copyFileSync(
    join(samples, 'datagovhk/filestore_providers_en.2025-10-24.json'),
    join(dir, 'providers.json'),
  );
  console.log(`datagovhk: ${en.length} datasets in en, tc, sc`);
}

const CSDI_DEPARTMENT: Record<string, string> = {
  censtatd: 'hk-censtatd',
  lcsd: 'hk-lcsd',
  hko: 'hk-hko',
  fhb: 'hk-fhb',
  reo: 'hk-reo',
  td: 'hk-td',
  edb: 'hk-edb',
  landsd: 'hk-landsd',
  dh: 'hk-dh',
  dpo: 'hk-dpo',
  emsd: 'hk-emsd',
  ird: 'hk-ird',
  hhb: 'hk-hhb',
  immd: 'hk-immd',
};

/** HK district boxes (WGS84) to give each CSDI record a plausible extent inside Hong Kong. */
function hkBoxes(): number[][] {
  const entries = readJson('geo/district-bboxes.json') as { city: string; level: string; bbox: number[] }[];
  return entries
    .filter((entry) => entry.city.toLowerCase().includes('hong') && entry.level === 'district')
    .map((e) => e.bbox);
}

function buildCsdi(): void {
  const dir = join(out, 'portals/csdi');
  mkdirSync(dir, { recursive: true });
  const providers = new Map(
    (
      readJson('datagovhk/filestore_providers_en.2025-10-24.json').providers as { id: string; name: Json }[]
    ).map((p) => [p.id, p.name]),
  );
  const boxes = hkBoxes();
  const seen = new Map<
    string,
    { title: string; notes: string; tcTitle: string; tcNotes: string; groups: string[] }
  >();
  for (const line of readFileSync(join(samples, 'datagovhk/catalogue-sample.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)) {
    const record = JSON.parse(line);
    for (const resource of record.resources) {
      const match = /datasetId=([A-Za-z0-9_]+)/.exec(resource.url ?? '');
      if (match && !seen.has(match[1]!)) {
        seen.set(match[1]!, {
          title: record.title,
          notes: record.notes,
          tcTitle: record.locales.tc.title,
          tcNotes: record.locales.tc.notes,
          groups: record.groups.map((group: Json) => group.title),
        });
      }
    }
  }
  // The datasets behind the recorded CSDI data samples.
  seen.set('lcsd_rcd_1629267205215_31341', {
    title: 'Sports Centres',
    notes: 'Locations and facilities of LCSD sports centres.',
    tcTitle: '體育館',
    tcNotes: '康文署體育館的位置及設施。',
    groups: ['Recreation and Culture'],
  });
  seen.set('immd_rcd_1631500522085_50451', {
    title: 'Control Points',
    notes: 'Immigration control points and their opening hours.',
    tcTitle: '出入境管制站',
    tcNotes: '出入境管制站及其開放時間。',
    groups: ['Transportation'],
  });
  seen.set('td_rcd_1638844988873_41214', {
    title: 'Cycle Tracks',
    notes: 'Cycle tracks in Hong Kong.',
    tcTitle: '單車徑',
    tcNotes: '香港的單車徑。',
    groups: ['Transportation'],
  });
  seen.set('landsd_rcd_1637211194312_35158', {
    title: '3D Spatial Data Sheet Index',
    notes: 'Sheet index of the 3D spatial data.',
    tcTitle: '三維空間數據圖幅索引',
    tcNotes: '三維空間數據的圖幅索引。',
    groups: ['Development, Geography and Land Information'],
  });
  const items: Json[] = [];
  let index = 0;
  for (const [id, info] of seen) {
    const prefix = id.split('_')[0]!;
    const providerId = CSDI_DEPARTMENT[prefix];
    const provider = providerId ? (providers.get(providerId) as Json | undefined) : undefined;
    const [minX, minY, maxX, maxY] = boxes[index % boxes.length]!;
    const millis = Number(id.split('_')[2]) || 1_700_000_000_000 + index * 86_400_000;
    const layer = id.split('_')[0]!.toUpperCase();
    const base = 'https://portal.csdi.gov.hk';
    items.push({
      _index: 'metadata_v1',
      _id: id,
      _version: 3,
      found: true,
      _source: {
        fileid: id,
        title: info.title,
        description: info.notes,
        title_tc_s: info.tcTitle,
        description_tc_s: info.tcNotes,
        keywords_s: info.groups,
        contact_organizations_s: provider ? [provider.en] : [],
        apiso_OrganizationName_txt: provider ? provider.en : undefined,
        sys_created_dt: new Date(millis).toISOString(),
        sys_modified_dt: new Date(millis + 30 * 86_400_000).toISOString(),
        envelope_geo: [
          {
            type: 'envelope',
            coordinates: [
              [minX, maxY],
              [maxX, minY],
            ],
          },
        ],
        resources_nst: [
          {
            url_s: `${base}/server/services/common/${id}/MapServer/WFSServer?service=wfs&request=GetCapabilities`,
            url_type_s: 'WFS',
          },
          { url_s: `${base}/server/rest/services/common/${id}/FeatureServer/0`, url_type_s: 'FeatureServer' },
          {
            url_s: `${base}/csdi-webpage/file-api?dataset_id=${id}&format=geojson&layer_name=${layer}`,
            url_type_s: 'GeoJSON',
          },
        ],
        url_website_s: `${base}/geoportal/?lang=en&datasetId=${id}`,
        apiso_Language_s: 'eng',
      },
    });
    index++;
  }
  // One record whose extent was recorded in HK1980 Grid metres (EPSG:2326), the datum trap.
  const gridItem = structuredClone(items[items.length - 1]!) as Json & { _source: Json };
  gridItem._id = 'landsd_rcd_1637211194312_35159';
  gridItem._source = {
    ...gridItem._source,
    fileid: 'landsd_rcd_1637211194312_35159',
    title: 'Iconic Building Footprints (HK1980 Grid)',
    description: 'Building footprints whose metadata extent is given in HK1980 Grid coordinates.',
    title_tc_s: '標誌性建築物輪廓 (香港1980方格網)',
    description_tc_s: '元數據範圍以香港1980方格網座標提供的建築物輪廓。',
    envelope_geo: [
      {
        type: 'envelope',
        coordinates: [
          [833000, 817500],
          [837500, 814500],
        ],
      },
    ],
    apiso_CRS: 'EPSG:2326',
  };
  items.push(gridItem);
  writeJsonl(join(dir, 'items.jsonl'), items);
  console.log(`csdi: ${items.length} records`);
}

function buildDatash(): void {
  const dir = join(out, 'portals/datash');
  mkdirSync(dir, { recursive: true });
  copyFileSync(
    join(samples, 'shanghai/catalogue-export.xlsx'),
    join(dir, '上海市公共数据开放平台资源目录.xlsx'),
  );
  const csv = readFileSync(join(samples, 'shanghai/catalogue-export.csv'), 'utf8');
  const rows = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true }).data;
  // A small export for fast tests: every 数据领域 and id format, plus the first 240 rows.
  const picked = new Map<string, Record<string, string>>();
  for (const row of rows.slice(0, 240)) picked.set(row['数据集ID']!, row);
  const seenKinds = new Set<string>();
  for (const row of rows) {
    const id = row['数据集ID']!;
    const idKind = /^O\d{16}$/.test(id)
      ? 'O'
      : /^\d+$/.test(id)
        ? 'n'
        : /^[A-Z]{2}\d{10}$/.test(id)
          ? 'AA'
          : 'hex';
    for (const kind of [`d:${row['数据领域']}`, `i:${idKind}`, `f:${row['更新频率']}`]) {
      if (!seenKinds.has(kind)) {
        seenKinds.add(kind);
        picked.set(id, row);
      }
    }
  }
  const small = [...picked.values()];
  writeFileSync(join(dir, 'catalogue-export.small.csv'), '\uFEFF' + Papa.unparse(small));
  const byName = new Map<string, Record<string, string>[]>();
  for (const row of rows) {
    const list = byName.get(row['数据资源名称']!.trim()) ?? [];
    list.push(row);
    byName.set(row['数据资源名称']!.trim(), list);
  }
  const recorded = readJson('shanghai/search-api-records-2023.json').data as Json[];
  const apiRecords = recorded.flatMap((record) => {
    const rowsForName = byName.get(String(record.datasetName).trim());
    if (rowsForName?.length !== 1) return [];
    const row = rowsForName[0]!;
    const epoch = (text: string) => (text ? Date.parse(`${text.replace(' ', 'T')}+08:00`) : null);
    const { region: _region, ...keys } = record;
    return [
      {
        ...keys,
        datasetId: row['数据集ID'],
        datasetDesc: row['数据资源内容描述'],
        openType: row['开放属性'],
        dataUpdateCycle: row['更新频率'],
        createDate: epoch(row['首次发布日期']!),
        openDate: epoch(row['首次发布日期']!),
        updateDate: epoch(row['最近更新日期']!),
        dataResources: [],
      },
    ];
  });
  writeJsonl(join(dir, 'search-api.jsonl'), apiRecords);
  console.log(
    `datash: export ${rows.length} rows (small ${small.length}); search API ${apiRecords.length} records`,
  );
}

async function buildFiles(): Promise<void> {
  const dir = join(out, 'files');
  mkdirSync(dir, { recursive: true });
  const sports = readJson('csdi/wfs_geojson_lcsd_sports_centres_SC.geojson');
  copyFileSync(
    join(samples, 'csdi/wfs_geojson_lcsd_sports_centres_SC.geojson'),
    join(dir, 'sports-centres.wgs84.geojson'),
  );
  copyFileSync(
    join(samples, 'csdi/arcgis_rest_featureserver_query_f-json_landsd_3d_sheet_index.json'),
    join(dir, 'sheet-index.arcgis.json'),
  );
  const rows = (sports.features as { properties: Json; geometry: { coordinates: number[] } }[]).map((f) => ({
    name_en: f.properties.NameEN,
    name_tc: f.properties.NameTC,
    district_tc: f.properties.DistrictTC,
    address_tc: f.properties.AddressTC,
    longitude: f.geometry.coordinates[0],
    latitude: f.geometry.coordinates[1],
  }));
  writeFileSync(join(dir, 'sports-centres.utf8.csv'), Papa.unparse(rows));
  writeFileSync(join(dir, 'sports-centres.big5.csv'), iconv.encode(Papa.unparse(rows), 'big5'));
  const bus = readJson('shanghai/interface-nearby-bus-response.json').nearByTrafficLineStop as Json[];
  const busRows = bus.map((stop) => ({
    线路名称: stop.lineName,
    首站: stop.startStopName,
    站点编号: stop.stopId,
    经度: (stop.point as Json).lon,
    纬度: (stop.point as Json).lat,
  }));
  writeFileSync(join(dir, 'bus-stops.gb18030.csv'), iconv.encode(Papa.unparse(busRows), 'gb18030'));
  const control = readJson('csdi/fileapi_geojson_immd_control_points_CP.geojson');
  const grid = {
    type: 'FeatureCollection',
    crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::2326' } },
    features: (control.features as { properties: Json }[]).map((f) => ({
      type: 'Feature',
      properties: {
        NAME_EN: f.properties.NAME_EN,
        NAME_TC: f.properties.NAME_TC,
        LATITUDE: f.properties.LATITUDE,
        LONGITUDE: f.properties.LONGITUDE,
      },
      geometry: { type: 'Point', coordinates: [Number(f.properties.EASTING), Number(f.properties.NORTHING)] },
    })),
  };
  writeFileSync(join(dir, 'control-points.hk1980.geojson'), JSON.stringify(grid));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('sports centres');
  sheet.addRow(Object.keys(rows[0]!));
  for (const row of rows) sheet.addRow(Object.values(row));
  await workbook.xlsx.writeFile(join(dir, 'sports-centres.xlsx'));
  console.log(
    `files: ${rows.length} sports centres, ${busRows.length} bus stops, ${grid.features.length} control points`,
  );
}

buildDatagovhk();
buildCsdi();
buildDatash();
buildFiles().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
