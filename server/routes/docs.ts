/** /api/openapi.json and a self-contained docs page rendered from it (no CDN: the product runs offline). */
import { Router } from 'express';
import { OPENAPI } from '../openapi';

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[char]!);

function docsPage(): string {
  const sections = Object.entries(OPENAPI.paths).flatMap(([path, operations]) =>
    Object.entries(
      operations as Record<
        string,
        {
          summary: string;
          parameters?: { name: string; in: string; description?: string }[];
          responses: Record<string, { description: string }>;
        }
      >,
    ).map(
      ([method, operation]) =>
        `<section><h3><code>${method.toUpperCase()} ${escapeHtml(path)}</code></h3><p>${escapeHtml(operation.summary)}</p>` +
        (operation.parameters?.length
          ? `<ul>${operation.parameters.map((parameter) => `<li><code>${escapeHtml(parameter.name)}</code> (${parameter.in})${parameter.description ? `: ${escapeHtml(parameter.description)}` : ''}</li>`).join('')}</ul>`
          : '') +
        `<p class="responses">${Object.entries(operation.responses)
          .map(([status, response]) => `<b>${status}</b> ${escapeHtml(response.description)}`)
          .join(' · ')}</p></section>`,
    ),
  );
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(OPENAPI.info.title)}</title>
<style>body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1b1f24}
section{border-top:1px solid #ddd;padding:.5rem 0}code{background:#f3f4f6;padding:0 .25rem}.responses{color:#555;font-size:13px}</style></head>
<body><h1>${escapeHtml(OPENAPI.info.title)}</h1><p>${escapeHtml(OPENAPI.info.description)}</p>
<p>Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI ${OPENAPI.openapi}).</p>${sections.join('\n')}</body></html>`;
}

export function docsRoutes(): Router {
  const router = Router();
  const page = docsPage();
  router.get('/api/openapi.json', (_request, response) => {
    response.json(OPENAPI);
  });
  router.get('/api/docs', (_request, response) => {
    response.type('html').send(page);
  });
  return router;
}
