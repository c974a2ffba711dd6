/**
 * How each portal answers, on its real paths, from a PortalSnapshot: CKAN's action API and filestore
 * (DATA.GOV.HK), Esri Geoportal's REST search and item (CSDI), the Shanghai search API and export file.
 */
import type { CkanLanguageCode, Json, PortalSnapshot } from './snapshot';

export interface ReplayRequest {
  method: string;
  url: URL;
  body: unknown;
}

export interface ReplayResponse {
  status: number;
  contentType: string;
  body: string | Buffer;
  headers?: Record<string, string>;
}

const json = (body: unknown, status = 200): ReplayResponse => ({
  status,
  contentType: 'application/json;charset=utf-8',
  body: JSON.stringify(body),
});

const NOT_FOUND_PAGE =
  '<!DOCTYPE html><html lang="en"><head><title>Dataset not found - DATA.GOV.HK</title></head>' +
  '<body><h1>404 Dataset not found</h1></body></html>';

const CKAN_LANGUAGES = { 'en-data': 'en', 'tc-data': 'tc', 'sc-data': 'sc' } as const;

/** CKAN's package_search without a query: whole records, `rows` (at most 1,000) from `start`, by name. */
function search(portal: PortalSnapshot['datagovhk'], language: CkanLanguageCode, url: URL) {
  const rows = Math.min(1000, Math.max(0, Number(url.searchParams.get('rows') ?? 10) || 0));
  const start = Math.max(0, Number(url.searchParams.get('start') ?? 0) || 0);
  const found = [...portal.searchIndex].filter((name) => portal.packages.has(name)).sort();
  return {
    count: found.length,
    sort: 'score desc, metadata_modified desc',
    facets: {},
    search_facets: {},
    results: found.slice(start, start + rows).map((name) => portal.packages.get(name)![language]),
  };
}

function datagovhk(snapshot: PortalSnapshot, request: ReplayRequest): ReplayResponse | undefined {
  const portal = snapshot.datagovhk;
  const path = request.url.pathname;
  const action = /^\/(en-data|tc-data|sc-data)\/api\/3\/action\/([a-z_]+)$/.exec(path);
  if (action) {
    const language = CKAN_LANGUAGES[action[1] as keyof typeof CKAN_LANGUAGES];
    const help = `https://data.gov.hk/${action[1]}/api/3/action/help_show?name=${action[2]}`;
    if (action[2] === 'package_list') {
      return json({
        help,
        success: true,
        result: [...portal.packages.keys(), ...portal.listedButMissing].sort(),
      });
    }
    if (action[2] === 'package_show') {
      const id = request.url.searchParams.get('id');
      if (!id)
        return json(
          { help, success: false, error: { message: 'Missing value: id', __type: 'Validation Error' } },
          409,
        );
      const found = portal.packages.get(id)?.[language];
      // The real portal answers an unknown id with its HTML page and status 200.
      return found
        ? json({ help, success: true, result: found })
        : { status: 200, contentType: 'text/html; charset=utf-8', body: NOT_FOUND_PAGE };
    }
    if (action[2] === 'package_search')
      return json({ help, success: true, result: search(portal, language, request.url) });
    return undefined;
  }
  const filestore = /^\/filestore\/json\/(categories|providers)_(en|tc|sc)\.json$/.exec(path);
  if (filestore) return json(filestore[1] === 'categories' ? portal.categories : portal.providers);
  if (path === '/filestore/feeds/data_rss_en.xml') {
    const items = portal.changeFeed
      .map(
        (entry) =>
          `<item><title>${entry.title}</title><link>https://data.gov.hk/en-data/dataset/${entry.name}/resource/00000000-0000-0000-0000-000000000000</link>` +
          `<description>${entry.title}</description><pubDate>${entry.pubDate.toUTCString().replace('GMT', '-0000')}</pubDate></item>`,
      )
      .join('');
    return {
      status: 200,
      contentType: 'application/xml',
      body:
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Information on Data Files</title>' +
        `<link>https://data.gov.hk</link><generator>DATA.GOV.HK</generator>${items}</channel></rss>`,
    };
  }
  return undefined;
}

function geoportalSearchResult(item: Json): Json {
  const source = item._source as Json;
  const envelope = (source.envelope_geo as { coordinates: number[][] }[] | undefined)?.[0]?.coordinates;
  const id = String(item._id);
  return {
    id,
    title: source.title,
    description: source.description,
    published: source.sys_created_dt,
    updated: source.sys_modified_dt,
    links: [
      {
        rel: 'alternate',
        type: 'application/json',
        href: `https://portal.csdi.gov.hk/geoportal/rest/metadata/item/${id}`,
      },
      ...((source.resources_nst as { url_s: string; url_type_s: string }[] | undefined) ?? []).map(
        (resource) => ({
          rel: 'related',
          dctype: resource.url_type_s,
          href: resource.url_s,
        }),
      ),
    ],
    categories: ((source.keywords_s as string[] | undefined) ?? []).map((term) => ({
      scheme: 'keywords',
      term,
    })),
    ...(envelope && {
      bbox: { xmin: envelope[0]![0], ymin: envelope[1]![1], xmax: envelope[1]![0], ymax: envelope[0]![1] },
    }),
  };
}

function csdi(snapshot: PortalSnapshot, request: ReplayRequest): ReplayResponse | undefined {
  const path = request.url.pathname;
  if (path === '/geoportal/rest/metadata/search') {
    const start = Math.max(1, Number(request.url.searchParams.get('start') ?? 1) || 1);
    const num = Math.min(100, Math.max(0, Number(request.url.searchParams.get('num') ?? 10) || 10));
    const all = [...snapshot.csdi.items.values()];
    const page = all.slice(start - 1, start - 1 + num);
    const nextStart = start - 1 + num < all.length ? start + num : -1;
    return json({
      start,
      num,
      total: all.length,
      nextStart,
      sourceType: 'Geoportal',
      sourceKey: null,
      results: page.map(geoportalSearchResult),
    });
  }
  const item = /^\/geoportal\/rest\/metadata\/item\/([^/]+)$/.exec(path);
  if (item) {
    const found = snapshot.csdi.items.get(decodeURIComponent(item[1]!));
    return found ? json(found) : json({ _index: 'metadata_v1', _id: item[1], found: false }, 404);
  }
  return undefined;
}

function datash(snapshot: PortalSnapshot, request: ReplayRequest): ReplayResponse | undefined {
  const path = request.url.pathname;
  if (path === '/yys/es/v1/dataset/search' && request.method === 'POST') {
    const body = (request.body ?? {}) as { pageNum?: number; pageSize?: number; datasetKeyword?: string };
    const pageSize = Math.min(100, Math.max(1, Number(body.pageSize) || 10));
    const pageNum = Math.max(1, Number(body.pageNum) || 1);
    const records = snapshot.datash.apiRecords.filter(
      (record) => !body.datasetKeyword || String(record.datasetName).includes(body.datasetKeyword),
    );
    const totalPageNum = Math.ceil(records.length / pageSize);
    return json({
      code: 200,
      message: 'success',
      data: {
        content: records.slice((pageNum - 1) * pageSize, pageNum * pageSize),
        currentPage: pageNum,
        totalPageNum,
        totalElements: records.length,
      },
    });
  }
  const file = /^\/datash\/([^/]+)$/.exec(path);
  if (file) {
    const body = snapshot.datash.files.get(decodeURIComponent(file[1]!));
    if (!body) return undefined;
    const contentType = file[1]!.endsWith('.csv')
      ? 'text/csv; charset=utf-8'
      : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
    return { status: 200, contentType, body };
  }
  return undefined;
}

const FILE_TYPES: Record<string, string> = {
  csv: 'text/csv',
  geojson: 'application/geo+json',
  json: 'application/json',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function files(snapshot: PortalSnapshot, request: ReplayRequest): ReplayResponse | undefined {
  const file = /^\/files\/([^/]+)$/.exec(request.url.pathname);
  const body = file ? snapshot.files.get(decodeURIComponent(file[1]!)) : undefined;
  if (!file || !body) return undefined;
  const extension = file[1]!.split('.').pop()!;
  return { status: 200, contentType: FILE_TYPES[extension] ?? 'application/octet-stream', body };
}

export function route(snapshot: PortalSnapshot, request: ReplayRequest): ReplayResponse {
  return (
    datagovhk(snapshot, request) ??
    csdi(snapshot, request) ??
    datash(snapshot, request) ??
    files(snapshot, request) ?? {
      status: 404,
      contentType: 'text/plain',
      body: `no replay for ${request.method} ${request.url.pathname}`,
    }
  );
}
