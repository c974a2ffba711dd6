/**
 * The OpenAPI document as integrators' tools see it: Redocly lint (0 errors), swagger-parser (every $ref
 * resolves, the dataset schema's included) and openapi-typescript; the generated types are not stale.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { OPENAPI_DOCUMENT, ROUTES } from './index';

const tsx = join(__dirname, '../../node_modules/.bin/tsx');

describe('the OpenAPI document', () => {
  it('passes Redocly lint, swagger-parser validate and openapi-typescript', () => {
    const run = spawnSync(tsx, [join(__dirname, 'check-openapi.ts')], { encoding: 'utf8' });
    const report = JSON.parse(run.stdout);
    expect(
      report.redocly.problems.filter((problem: { severity: string }) => problem.severity === 'error'),
    ).toEqual([]);
    expect(report.redocly.warnings).toBe(0);
    expect(report.swaggerParser).toEqual({ ok: true });
    expect(report.openapiTypescript.ok).toBe(true);
    expect(run.status).toBe(0);
  });

  it('has its types generated from it (run `npm run gen:api` after changing a route module)', () => {
    const output = execFileSync(tsx, [join(__dirname, 'generate.ts'), '--check'], { encoding: 'utf8' });
    expect(output).toContain('up to date');
  });

  it('gives every operation a unique operationId, a tag and a security requirement', () => {
    const operations = Object.values(OPENAPI_DOCUMENT.paths).flatMap((methods) => Object.values(methods)) as {
      operationId: string;
      tags: string[];
      security: unknown[];
    }[];
    expect(operations).toHaveLength(ROUTES.length);
    expect(new Set(operations.map((operation) => operation.operationId)).size).toBe(ROUTES.length);
    for (const operation of operations) {
      expect(operation.tags.length).toBeGreaterThan(0);
      expect(Array.isArray(operation.security)).toBe(true);
    }
  });

  it('embeds the dataset schema by reference, its $defs as components (no dangling #/$defs)', () => {
    const text = JSON.stringify(OPENAPI_DOCUMENT);
    expect(text).not.toContain('#/$defs/');
    expect(OPENAPI_DOCUMENT.components.schemas.LocalizedText).toBeDefined();
    expect(JSON.stringify(OPENAPI_DOCUMENT.components.schemas.Dataset)).toContain(
      '#/components/schemas/LocalizedText',
    );
  });

  it('documents the curator Bearer scheme on the writes, and the refusals they really send', () => {
    const put = (
      OPENAPI_DOCUMENT.paths['/api/collections/{id}'] as Record<
        string,
        { security: unknown; responses: object }
      >
    ).put!;
    expect(put.security).toEqual([{ curatorToken: [] }]);
    expect(Object.keys(put.responses)).toEqual(
      expect.arrayContaining(['200', '400', '401', '403', '404', '412', '428', '429']),
    );
  });
});
