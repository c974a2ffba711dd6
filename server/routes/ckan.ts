/**
 * CKAN-compatible action API: package_list, package_show, package_search (q, fq, rows, start, sort) and
 * group_list, in CKAN's {help, success, result} envelope, answering GET with query parameters and POST
 * with a JSON body as CKAN does (ckanapi and ckan.js post by default).
 */
import { Router, type Request, type Response } from 'express';
import { AREA_IDS, AREAS, type DatasetRecord } from '../../catalog-schema';
import type { Catalogue, SearchParams, Sort } from '../../catalog';
import { ckanGroup, ckanName, ckanPackage } from '../ckan-shape';
import type { ServerConfig } from '../config';
import { publicBaseUrl } from '../public-url';

const ACTIONS = ['package_list', 'package_show', 'package_search', 'group_list'] as const;
type Action = (typeof ACTIONS)[number];
const MAX_ROWS = 1000;
const PAGE = 100;

class CkanError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
  ) {
    super(message);
  }
}

const helpUrl = (request: Request, config: ServerConfig, action: string) =>
  `${publicBaseUrl(config, request)}/api/3/action/help_show?name=${action}`;

function parameters(request: Request): Record<string, unknown> {
  const body =
    request.method === 'POST' && request.body && typeof request.body === 'object' ? request.body : {};
  return { ...request.query, ...body };
}

function integer(value: unknown, name: string, fallback: number, max: number): number {
  if (value === undefined || value === '') return fallback;
  const number = Number(value);
  if (!Number.isInteger(number) || number < 0)
    throw new CkanError(409, 'Validation Error', `${name}: Must be a natural number`);
  return Math.min(number, max);
}

/** The CKAN fq fields we can answer, mapped onto our filters. */
const FQ_FIELDS: Record<string, keyof SearchParams> = {
  groups: 'area',
  organization: 'publisher',
  res_format: 'format',
  city: 'city',
  source: 'source',
  access: 'access',
};

function filtersFromFq(fq: unknown): Partial<SearchParams> {
  if (fq === undefined || fq === '') return {};
  if (typeof fq !== 'string' || fq.length > 2000)
    throw new CkanError(409, 'Validation Error', 'fq: must be a string of field:value terms');
  const filters: Record<string, string[]> = {};
  for (const match of fq.matchAll(/(?:^|\s)\+?([a-z_]+):(?:"([^"]*)"|(\S+))/g)) {
    const field = FQ_FIELDS[match[1]!];
    if (!field)
      throw new CkanError(
        409,
        'Search Query Error',
        `fq: field "${match[1]}" is not supported; use ${Object.keys(FQ_FIELDS).join(', ')}`,
      );
    (filters[field] ??= []).push(match[2] ?? match[3]!);
  }
  return filters as Partial<SearchParams>;
}

const SORTS: Record<string, Sort> = {
  'score desc': 'relevance',
  'metadata_modified desc': 'modified',
  'title_string asc': 'title',
  'name asc': 'title',
};

function search(catalogue: Catalogue, params: Record<string, unknown>) {
  const rows = integer(params.rows, 'rows', 10, MAX_ROWS);
  const start = integer(params.start, 'start', 0, 1_000_000);
  const sortKey = String(params.sort ?? 'score desc')
    .trim()
    .replace(/\s+/g, ' ');
  const sort = SORTS[sortKey];
  if (!sort)
    throw new CkanError(409, 'Validation Error', `sort: use one of ${Object.keys(SORTS).join(', ')}`);
  const q = params.q === undefined || params.q === '*:*' ? undefined : String(params.q);
  const base: SearchParams = { ...filtersFromFq(params.fq), ...(q && { q }), sort };
  const results: DatasetRecord[] = [];
  let count = 0;
  // Our pages are at most 100 long: read the pages that cover [start, start + rows).
  for (let page = Math.floor(start / PAGE) + 1; results.length < rows; page++) {
    const found = catalogue.search.search({ ...base, page, pageSize: PAGE });
    count = found.total;
    const offset = page === Math.floor(start / PAGE) + 1 ? start % PAGE : 0;
    results.push(...found.items.slice(offset, offset + rows - results.length));
    if (found.items.length < PAGE) break;
  }
  if (rows === 0) count = catalogue.search.search({ ...base, pageSize: 1 }).total;
  return { count, sort: sortKey, results: results.map(ckanPackage), facets: {}, search_facets: {} };
}

function findPackage(catalogue: Catalogue, id: string): DatasetRecord | undefined {
  const direct = catalogue.store.getDataset(id);
  if (direct) return direct.record;
  const row = catalogue.db
    .prepare<[string], { id: string }>(
      "SELECT id FROM datasets WHERE lower(source || '-' || source_id) = ? LIMIT 1",
    )
    .get(id.toLowerCase());
  return row ? catalogue.store.getDataset(row.id)?.record : undefined;
}

function run(catalogue: Catalogue, action: Action, params: Record<string, unknown>): unknown {
  switch (action) {
    case 'package_list': {
      const limit = integer(params.limit, 'limit', Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
      const offset = integer(params.offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
      const names: string[] = [];
      for (const record of catalogue.store.iterateRecords()) names.push(ckanName(record));
      return names.sort().slice(offset, offset + limit);
    }
    case 'package_show': {
      const id = params.id ?? params.name_or_id;
      if (typeof id !== 'string' || !id) throw new CkanError(409, 'Validation Error', 'id: Missing value');
      const record = findPackage(catalogue, id);
      if (!record) throw new CkanError(404, 'Not Found Error', 'Not found');
      return ckanPackage(record);
    }
    case 'package_search':
      return search(catalogue, params);
    case 'group_list': {
      const allFields =
        params.all_fields === true || params.all_fields === 'true' || params.all_fields === 'True';
      if (!allFields) return [...AREA_IDS];
      const counts = new Map(
        catalogue.search.search({ pageSize: 1 }).facets.area.map((entry) => [entry.value, entry.count]),
      );
      return AREAS.map((area) => ({ ...ckanGroup(area.id), package_count: counts.get(area.id) ?? 0 }));
    }
  }
}

export function ckanRoutes(catalogue: Catalogue, config: ServerConfig): Router {
  const router = Router();
  const handle = (request: Request, response: Response) => {
    const action = request.params.action as Action;
    const help = helpUrl(request, config, action);
    if (!(ACTIONS as readonly string[]).includes(action)) {
      response.status(400).json({
        help,
        success: false,
        error: {
          __type: 'Bad request - Action name not known',
          message: `Action name not known: ${action}`,
        },
      });
      return;
    }
    try {
      response.json({ help, success: true, result: run(catalogue, action, parameters(request)) });
    } catch (error) {
      if (!(error instanceof CkanError)) {
        const { code, message } = error as { code?: string; message: string };
        if (code === 'invalid_query' || code === 'query_too_long' || code === 'invalid_filter') {
          response
            .status(409)
            .json({ help, success: false, error: { __type: 'Search Query Error', message } });
          return;
        }
        throw error;
      }
      response
        .status(error.status)
        .json({ help, success: false, error: { __type: error.type, message: error.message } });
    }
  };
  router.get('/api/3/action/:action', handle);
  router.post('/api/3/action/:action', handle);
  return router;
}
