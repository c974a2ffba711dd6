/** The catalogue API: search with facets and the map filter, one record. */
import { createHash } from 'node:crypto';
import { Router } from 'express';
import { AREA_IDS, CITIES, ACCESS_LEVELS } from '../../catalog-schema';
import { MAX_PAGE_SIZE, SORTS, type Catalogue, type SearchParams, type SearchResult } from '../../catalog';
import { notFound } from '../errors';
import { noQueryParameters, queryValidator } from '../validation';

const LIST_PARAMETERS = ['city', 'area', 'source', 'format', 'publisher', 'access', 'bbox'];
const list = (items: Record<string, unknown>, maxItems = 20) => ({ type: 'array', items, maxItems });

export const SEARCH_QUERY_SCHEMA = {
  type: 'object',
  additionalProperties: false,
  properties: {
    q: { type: 'string', maxLength: 500 },
    city: list({ enum: CITIES }),
    area: list({ enum: AREA_IDS }),
    source: list({ type: 'string', pattern: '^[a-z][a-z0-9-]{1,31}$' }),
    format: list({ type: 'string', pattern: '^[A-Za-z0-9._+-]{1,32}$' }),
    publisher: list({ type: 'string', minLength: 1, maxLength: 200 }, 50),
    access: list({ enum: ACCESS_LEVELS }),
    bbox: { type: 'array', items: { type: 'number' }, minItems: 4, maxItems: 4 },
    bboxRelation: { enum: ['intersects', 'within'] },
    modifiedSince: {
      type: 'string',
      pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})?)?$',
    },
    sort: { enum: SORTS },
    page: { type: 'integer', minimum: 1, maximum: 10_000 },
    pageSize: { type: 'integer', minimum: 1, maximum: MAX_PAGE_SIZE },
  },
} as const;

const searchQuery = queryValidator<SearchParams>(SEARCH_QUERY_SCHEMA, LIST_PARAMETERS);
/** A cached search result is serialised, and its ETag computed, once. */
const serialised = new WeakMap<SearchResult, { body: Buffer; etag: string }>();
function serialise(result: SearchResult): { body: Buffer; etag: string } {
  let entry = serialised.get(result);
  if (!entry) {
    const body = Buffer.from(JSON.stringify(result));
    entry = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
    serialised.set(result, entry);
  }
  return entry;
}

export function datasetRoutes(catalogue: Catalogue): Router {
  const router = Router();

  router.get('/api/datasets', (request, response) => {
    const { body, etag } = serialise(catalogue.search.search(searchQuery(request)));
    response.setHeader('ETag', etag);
    response.type('application/json').send(body);
  });

  router.get('/api/datasets/:id', (request, response) => {
    noQueryParameters(request);
    const stored = catalogue.store.getDataset(request.params.id);
    if (!stored) throw notFound(`dataset ${request.params.id}`);
    if (stored.record.modified)
      response.setHeader('Last-Modified', new Date(stored.record.modified).toUTCString());
    response.json({ ...stored.record, status: stored.status });
  });

  return router;
}
