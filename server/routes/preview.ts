/** GET /api/datasets/{id}/preview?resource=<index>: a table or WGS84 GeoJSON of one of the dataset's resources. */
import { Router } from 'express';
import { previewResource } from '../../catalog-schema/api';
import type { Catalogue } from '../../catalog';
import type { ServerConfig } from '../config';
import { ApiError, notFound } from '../errors';
import { PreviewError } from '../preview/errors';
import { Previewer } from '../preview/previewer';
import type { Resolver } from '../preview/safe-fetch';
import { on } from '../route';

export function previewRoutes(catalogue: Catalogue, config: ServerConfig, resolver?: Resolver): Router {
  const router = Router();
  const previewer = new Previewer({
    allowHosts: config.previewAllowHosts,
    maxBytes: config.previewMaxBytes,
    timeoutMs: config.previewTimeoutMs,
    cacheDir: config.previewCacheDir,
    cacheTtlSeconds: config.previewCacheTtlSeconds,
    resolver: resolver ?? config.previewResolver,
  });
  on(router, previewResource, async (request, response, { query: { resource } }) => {
    const stored = catalogue.store.getDataset(String(request.params.id));
    if (!stored) throw notFound(`dataset ${request.params.id}`);
    if (resource !== undefined && resource >= stored.record.resources.length) {
      throw new ApiError(
        400,
        'invalid_parameter',
        `resource: this dataset has ${stored.record.resources.length} resources (0-based)`,
      );
    }
    try {
      response.json(await previewer.preview(stored.record, resource));
    } catch (error) {
      if (error instanceof PreviewError) throw new ApiError(error.status, error.code, error.message);
      throw error;
    }
  });
  return router;
}
