/**
 * The Express app, from a factory so tests run it in process: security headers, compression, CORS for
 * reads, a per-IP rate limit, body limits, structured logs (bounded: server/logging.ts), the API routes, 405s for known paths, the
 * built web app, and one error handler that turns every failure into {error: {code, message}} without a
 * stack trace.
 */
import { ClusterMemoryStoreWorker } from '@express-rate-limit/cluster-memory-store';
import compression from 'compression';
import cors from 'cors';
import express, { type Express, type RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import helmet from 'helmet';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { pinoHttp } from 'pino-http';
import { CKAN_ACTION_PREFIXES, ROUTES } from '../catalog-schema/api';
import type { Catalogue } from '../catalog';
import type { ServerConfig } from './config';
import { ApiError, errorHandler } from './errors';
import {
  EXPOSED_HEADERS,
  errorBodyFor,
  methodNotAllowed,
  noStoreOnErrors,
  rateLimited,
} from './http-conventions';
import { boundedLogger } from './logging';
import { captureResponses, type ResponseObserver } from './response-capture';
import { ckanRoutes } from './routes/ckan';
import { collectionRoutes } from './routes/collections';
import { counterpartRoutes } from './routes/counterparts';
import { datasetRoutes } from './routes/datasets';
import { dcatRoutes } from './routes/dcat';
import { docsRoutes } from './routes/docs';
import { feedRoutes } from './routes/feeds';
import { metaRoutes } from './routes/meta';
import { previewRoutes } from './routes/preview';

export interface AppOptions {
  catalogue: Catalogue;
  config: ServerConfig;
  /** Tests: sees every finished response (the contract test checks each against the OpenAPI document). */
  observeResponses?: ResponseObserver;
}

/** Query strings with malformed percent-escapes (invalid UTF-8) are refused rather than guessed at. */
const strictEncoding: RequestHandler = (request, _response, next) => {
  const search = request.originalUrl.split('?')[1] ?? '';
  for (const part of search.split(/[&=]/)) {
    try {
      decodeURIComponent(part.replace(/\+/g, ' '));
    } catch {
      return next(
        new ApiError(
          400,
          'invalid_encoding',
          'the query string has a malformed percent-escape (it must be UTF-8)',
        ),
      );
    }
  }
  next();
};

/** ATLAS_TRUST_PROXY as Express takes it: a hop count, `true`, or names and addresses (`loopback`, ...). */
function trustProxyValue(setting: string): boolean | number | string {
  if (setting === 'true') return true;
  return /^\d+$/.test(setting) ? Number(setting) : setting;
}

const publicCache: RequestHandler = (request, response, next) => {
  if (request.method === 'GET' || request.method === 'HEAD')
    response.setHeader('Cache-Control', 'public, max-age=60');
  next();
};

export function createApp({ catalogue, config, observeResponses }: AppOptions): Express {
  const { logger } = boundedLogger({ level: config.logLevel });
  const app = express();
  app.disable('x-powered-by');
  app.set('etag', 'strong');
  app.set('query parser', 'simple');
  if (config.trustProxy) app.set('trust proxy', trustProxyValue(config.trustProxy));
  if (config.logLevel !== 'silent') app.use(pinoHttp({ logger }));
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          'img-src': ["'self'", 'data:', 'blob:', 'https:'],
          'connect-src': ["'self'"],
          // the explorer's map (MapLibre) runs its workers from blob: URLs
          'worker-src': ["'self'", 'blob:'],
        },
      },
    }),
  );
  app.use(compression());
  if (observeResponses) app.use(captureResponses(observeResponses));
  app.use(noStoreOnErrors);
  app.use(strictEncoding);
  if (config.rateLimitPerMinute > 0) {
    app.use(
      ['/api', '/catalog', '/catalog.jsonld', '/catalog.ttl', '/feeds'],
      rateLimit({
        windowMs: 60_000,
        limit: config.rateLimitPerMinute,
        // Workers of one server count together, so the limit holds per client whichever worker answers.
        store: config.clustered ? new ClusterMemoryStoreWorker() : undefined,
        standardHeaders: 'draft-7',
        legacyHeaders: false,
        handler: rateLimited(config),
      }),
    );
  }
  // Any site may read the catalogue (CKAN clients read with POST too); curation writes stay same-origin.
  app.use(
    [...CKAN_ACTION_PREFIXES],
    cors({ methods: ['GET', 'HEAD', 'POST'], exposedHeaders: EXPOSED_HEADERS }),
  );
  app.use(
    ['/api', '/catalog', '/catalog.jsonld', '/catalog.ttl', '/feeds'],
    cors({ methods: ['GET', 'HEAD'], exposedHeaders: EXPOSED_HEADERS }),
  );
  app.use(express.json({ limit: '100kb' }));
  app.use(publicCache);

  // before datasetRoutes: /api/datasets/{id}.ttl and .jsonld would otherwise be read as ids
  app.use(dcatRoutes(catalogue, config));
  app.use(datasetRoutes(catalogue));
  app.use(counterpartRoutes(catalogue));
  app.use(metaRoutes(catalogue));
  app.use(previewRoutes(catalogue, config));
  app.use(collectionRoutes(catalogue));
  app.use(ckanRoutes(catalogue, config));
  app.use(feedRoutes(catalogue, config));
  app.use(docsRoutes());
  app.use(methodNotAllowed(ROUTES));

  app.use('/api', (request, _response, next) =>
    next(new ApiError(404, 'not_found', `no route ${request.method} ${request.originalUrl.split('?')[0]}`)),
  );
  const webDist = config.webDistDir ? resolve(config.webDistDir) : undefined;
  if (webDist && existsSync(webDist)) {
    app.use(express.static(webDist, { index: 'index.html', maxAge: '1h' }));
    app.get(/^\/(?!api\/).*/, (_request, response) => response.sendFile(resolve(webDist, 'index.html')));
  }
  app.use((request, _response, next) =>
    next(new ApiError(404, 'not_found', `no route ${request.method} ${request.path}`)),
  );
  app.use(errorHandler((error) => logger.error({ err: error }, 'unhandled error'), errorBodyFor(config)));
  return app;
}
