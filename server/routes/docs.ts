/**
 * /api/openapi.json (generated from the route contracts) and /api/docs, Swagger UI served from the
 * swagger-ui-dist package in node_modules: no CDN, so the docs work offline, and no inline script, so
 * the page keeps the app's Content-Security-Policy (script-src 'self').
 */
import { Router } from 'express';
import { dirname, join } from 'node:path';
import { apiDocsAsset, apiDocsPage, OPENAPI_DOCUMENT, openApiDocument } from '../../catalog-schema/api';
import { notFound } from '../errors';
import { on } from '../route';

const SWAGGER_UI_DIR = dirname(require.resolve('swagger-ui-dist/package.json'));
const ASSETS_PATH = '/api/docs/assets';
/** The package's files the page loads; nothing else in the folder is served. */
const PACKAGE_ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css',
  'swagger-ui-bundle.js': 'text/javascript',
  'favicon-32x32.png': 'image/png',
};
const INIT_SCRIPT = `window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });\n`;

const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${OPENAPI_DOCUMENT.info.title}</title>
<link rel="icon" type="image/png" href="${ASSETS_PATH}/favicon-32x32.png">
<link rel="stylesheet" href="${ASSETS_PATH}/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="${ASSETS_PATH}/swagger-ui-bundle.js"></script>
<script src="${ASSETS_PATH}/init.js"></script>
</body>
</html>
`;

export function docsRoutes(): Router {
  const router = Router();
  const document = JSON.stringify(OPENAPI_DOCUMENT);
  on(router, openApiDocument, (_request, response) => {
    response.type('application/json').send(document);
  });
  on(router, apiDocsPage, (_request, response) => {
    response.type('html').send(PAGE);
  });
  on(router, apiDocsAsset, (request, response) => {
    const file = String(request.params.file);
    if (file === 'init.js') return response.type('text/javascript').send(INIT_SCRIPT);
    const type = Object.hasOwn(PACKAGE_ASSETS, file) ? PACKAGE_ASSETS[file] : undefined;
    if (!type) throw notFound(`docs asset ${file}`);
    response.type(type);
    response.sendFile(join(SWAGGER_UI_DIR, file), { maxAge: '1d' });
  });
  return router;
}
