/**
 * Curation: collections are public to read; writes need `Authorization: Bearer <curator token>` (401
 * without one, 403 with a wrong one), and edits need If-Match with the collection's ETag (412 when it is
 * stale, 428 when it is missing). Every change lands in the audit log, and so does every refused attempt
 * (401, 403, 412, 428); reading the log needs a curator token too. Curators also set dataset areas.
 * Exports are safe to open: Markdown text is literal and links only http(s); CSV cells cannot start a
 * spreadsheet formula.
 */
import { Router, type Request, type RequestHandler, type Response } from 'express';
import Papa from 'papaparse';
import {
  auditLog,
  createCollection,
  deleteCollection,
  exportCollection,
  getCollection,
  listCollections,
  replaceCollection,
  setDatasetArea,
} from '../../catalog-schema/api';
import { CSV_FORMULA_START, markdownLink, markdownText } from '../../catalog-schema/output-safety';
import {
  CurationError,
  firstLanguage,
  unknownTokenLabel,
  type Catalogue,
  type Collection,
  type CollectionInput,
} from '../../catalog';
import { ApiError, notFound } from '../errors';
import { on, type BodyOf } from '../route';

type CollectionBody = BodyOf<typeof createCollection>;

const inputOf = (body: CollectionBody): CollectionInput => ({
  title: body.title,
  description: body.description ?? '',
  ...(body.area && { area: body.area }),
  items: body.items.map((item, index) => ({
    datasetId: item.datasetId,
    note: item.note ?? '',
    position: item.position ?? index + 1,
  })),
});

const etagOf = (collection: Collection) => `"v${collection.version}"`;

function expectedVersion(request: Request): number {
  const header = request.get('If-Match');
  if (!header) throw new ApiError(428, 'precondition_required', 'send If-Match with the ETag you last read');
  const version = /^(?:W\/)?"v(\d+)"$/.exec(header.trim())?.[1];
  if (!version)
    throw new ApiError(412, 'precondition_failed', "If-Match does not match the collection's ETag");
  return Number(version);
}

/** The API's answer for an error of the curation store (others pass through). */
function asApiError(error: unknown): unknown {
  if (!(error instanceof CurationError)) return error;
  const status = { version_mismatch: 412, not_found: 404, exists: 409, unknown_datasets: 400 }[error.code];
  return new ApiError(
    status,
    error.code === 'version_mismatch' ? 'precondition_failed' : error.code,
    error.message,
  );
}

/** The refusals the audit log records: who may act, and whether they acted on the current version. */
const AUDITED_REFUSALS = new Set([401, 403, 412, 428]);

function exported(
  collection: Collection,
  catalogue: Catalogue,
  format: 'csv' | 'json' | 'md',
): { type: string; body: string } {
  const rows = collection.items.map((item) => {
    const record = catalogue.store.getDataset(item.datasetId)?.record;
    return {
      position: item.position,
      datasetId: item.datasetId,
      title: record ? firstLanguage(record.title) : '',
      city: record?.city ?? '',
      areas: record?.areas.join('; ') ?? '',
      landingPage: record?.landingPage ?? '',
      note: item.note,
    };
  });
  if (format === 'json')
    return { type: 'application/json', body: JSON.stringify({ ...collection, items: rows }, null, 2) };
  if (format === 'csv')
    return {
      type: 'text/csv; charset=utf-8',
      body: `\uFEFF${Papa.unparse(rows, { escapeFormulae: CSV_FORMULA_START })}`,
    };
  const lines = [
    `# ${markdownText(firstLanguage(collection.title))}`,
    '',
    markdownText(collection.description),
    '',
    '| # | Dataset | City | Areas | Note |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.position} | ${markdownLink(row.title || row.datasetId, row.landingPage)} | ${markdownText(row.city)} | ${markdownText(row.areas)} | ${markdownText(row.note)} |`,
    ),
  ];
  return { type: 'text/markdown; charset=utf-8', body: `${lines.join('\n')}\n` };
}

export function collectionRoutes(catalogue: Catalogue): Router {
  const router = Router();
  const { curation } = catalogue;
  const now = () => new Date().toISOString();

  const refuse = (request: Request, curator: string, error: ApiError) => {
    if (AUDITED_REFUSALS.has(error.status))
      curation.recordRefusal(
        {
          curator,
          target: `${request.method} ${request.originalUrl.split('?')[0]}`,
          status: error.status,
          code: error.code,
          message: error.message,
        },
        now(),
      );
    return error;
  };

  const requireCurator: RequestHandler = (request, response, next) => {
    const header = request.get('Authorization');
    const token = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
    if (!token) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="atlas-curation"');
      const error = new ApiError(401, 'unauthorized', 'this needs Authorization: Bearer <curator token>');
      return next(refuse(request, '(no token)', error));
    }
    const curator = curation.curatorForToken(token);
    if (!curator) {
      const error = new ApiError(403, 'forbidden', "that token is not a curator's");
      return next(refuse(request, unknownTokenLabel(token), error));
    }
    response.locals.curator = curator;
    next();
  };

  /** A curator's action; a refusal it meets (412, 428) is audited before it reaches the caller. */
  const audited = <T>(request: Request, response: Response, action: () => T): T => {
    try {
      return action();
    } catch (error) {
      const answer = asApiError(error);
      throw answer instanceof ApiError ? refuse(request, String(response.locals.curator), answer) : answer;
    }
  };

  on(router, listCollections, (_request, response) => {
    response.json({ items: curation.listCollections() });
  });

  on(router, getCollection, (request, response) => {
    const collection = curation.getCollection(String(request.params.id));
    if (!collection) throw notFound(`collection ${request.params.id}`);
    response.setHeader('ETag', etagOf(collection));
    response.json(collection);
  });

  on(router, exportCollection, (request, response, { query: { format = 'json' } }) => {
    const collection = curation.getCollection(String(request.params.id));
    if (!collection) throw notFound(`collection ${request.params.id}`);
    const { type, body } = exported(collection, catalogue, format);
    response.type(type).setHeader('Content-Disposition', `attachment; filename="${collection.id}.${format}"`);
    response.send(body);
  });

  on(router, auditLog, requireCurator, (_request, response, { query: { target } }) => {
    response.setHeader('Cache-Control', 'no-store');
    response.json({ items: curation.auditLog(target) });
  });

  on(router, createCollection, requireCurator, (request, response, { body }) => {
    if (!body.id) throw new ApiError(400, 'invalid_body', 'id: is required when creating a collection');
    const id = body.id;
    const created = audited(request, response, () =>
      curation.createCollection(id, inputOf(body), response.locals.curator, now()),
    );
    response
      .status(201)
      .setHeader('ETag', etagOf(created))
      .setHeader('Location', `/api/collections/${created.id}`)
      .json(created);
  });

  on(router, replaceCollection, requireCurator, (request, response, { body }) => {
    const id = String(request.params.id);
    if (body.id && body.id !== id) throw new ApiError(400, 'invalid_body', 'id: does not match the URL');
    const updated = audited(request, response, () =>
      curation.updateCollection(id, inputOf(body), expectedVersion(request), response.locals.curator, now()),
    );
    response.setHeader('ETag', etagOf(updated)).json(updated);
  });

  on(router, deleteCollection, requireCurator, (request, response) => {
    audited(request, response, () =>
      curation.deleteCollection(
        String(request.params.id),
        expectedVersion(request),
        response.locals.curator,
        now(),
      ),
    );
    response.status(204).end();
  });

  on(router, setDatasetArea, requireCurator, (request, response, { body }) => {
    audited(request, response, () =>
      curation.setArea(
        String(request.params.id),
        body.area,
        body.effect,
        body.note ?? '',
        response.locals.curator,
        now(),
      ),
    );
    response.json(catalogue.store.getDataset(String(request.params.id))!.record);
  });

  return router;
}
