/**
 * Curation: collections are public to read; writes need `Authorization: Bearer <curator token>` (401
 * without one, 403 with a wrong one), and edits need If-Match with the collection's ETag (412 when it is
 * stale, 428 when it is missing). Every change lands in the audit log. Curators also set dataset areas.
 */
import { Router, type Request, type RequestHandler } from 'express';
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
import {
  CurationError,
  firstLanguage,
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

function curationError(error: unknown): never {
  if (error instanceof CurationError) {
    const status = { version_mismatch: 412, not_found: 404, exists: 409, unknown_datasets: 400 }[error.code];
    throw new ApiError(
      status,
      error.code === 'version_mismatch' ? 'precondition_failed' : error.code,
      error.message,
    );
  }
  throw error;
}

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
  if (format === 'csv') return { type: 'text/csv; charset=utf-8', body: `\uFEFF${Papa.unparse(rows)}` };
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  const lines = [
    `# ${firstLanguage(collection.title)}`,
    '',
    collection.description,
    '',
    '| # | Dataset | City | Areas | Note |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map(
      (row) =>
        `| ${row.position} | [${cell(row.title || row.datasetId)}](${row.landingPage}) | ${row.city} | ${row.areas} | ${cell(row.note)} |`,
    ),
  ];
  return { type: 'text/markdown; charset=utf-8', body: `${lines.join('\n')}\n` };
}

export function collectionRoutes(catalogue: Catalogue): Router {
  const router = Router();
  const { curation } = catalogue;
  const now = () => new Date().toISOString();

  const requireCurator: RequestHandler = (request, response, next) => {
    const header = request.get('Authorization');
    const token = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1];
    if (!token) {
      response.setHeader('WWW-Authenticate', 'Bearer realm="atlas-curation"');
      return next(new ApiError(401, 'unauthorized', 'this needs Authorization: Bearer <curator token>'));
    }
    const curator = curation.curatorForToken(token);
    if (!curator) return next(new ApiError(403, 'forbidden', "that token is not a curator's"));
    response.locals.curator = curator;
    next();
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

  on(router, auditLog, (_request, response, { query: { target } }) => {
    response.json({ items: curation.auditLog(target) });
  });

  on(router, createCollection, requireCurator, (_request, response, { body }) => {
    if (!body.id) throw new ApiError(400, 'invalid_body', 'id: is required when creating a collection');
    try {
      const created = curation.createCollection(body.id, inputOf(body), response.locals.curator, now());
      response
        .status(201)
        .setHeader('ETag', etagOf(created))
        .setHeader('Location', `/api/collections/${created.id}`)
        .json(created);
    } catch (error) {
      curationError(error);
    }
  });

  on(router, replaceCollection, requireCurator, (request, response, { body }) => {
    const id = String(request.params.id);
    if (body.id && body.id !== id) throw new ApiError(400, 'invalid_body', 'id: does not match the URL');
    const version = expectedVersion(request);
    try {
      const updated = curation.updateCollection(id, inputOf(body), version, response.locals.curator, now());
      response.setHeader('ETag', etagOf(updated)).json(updated);
    } catch (error) {
      curationError(error);
    }
  });

  on(router, deleteCollection, requireCurator, (request, response) => {
    const version = expectedVersion(request);
    try {
      curation.deleteCollection(String(request.params.id), version, response.locals.curator, now());
      response.status(204).end();
    } catch (error) {
      curationError(error);
    }
  });

  on(router, setDatasetArea, requireCurator, (request, response, { body }) => {
    try {
      curation.setArea(
        String(request.params.id),
        body.area,
        body.effect,
        body.note ?? '',
        response.locals.curator,
        now(),
      );
    } catch (error) {
      curationError(error);
    }
    response.json(catalogue.store.getDataset(String(request.params.id))!.record);
  });

  return router;
}
