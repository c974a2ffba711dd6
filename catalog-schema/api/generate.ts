/**
 * Generates openapi.generated.ts (the TypeScript types of every path, operation and component) from the
 * OpenAPI document with openapi-typescript. The server's request and response types and the web
 * client both use it. `--check` only compares and exits 1 when the file is stale (the test suite runs it).
 */
import openapiTS, { astToString } from 'openapi-typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { OPENAPI_DOCUMENT } from './index';

export const GENERATED_PATH = join(__dirname, 'openapi.generated.ts');

async function render(): Promise<string> {
  const ast = await openapiTS(structuredClone(OPENAPI_DOCUMENT) as never, { exportType: false });
  return (
    '/* Generated from catalog-schema/api by `npm run gen:api`. Do not edit: change the route modules instead. */\n' +
    astToString(ast)
  );
}

void render().then((source) => {
  if (process.argv.includes('--check')) {
    const current = readFileSync(GENERATED_PATH, 'utf8');
    if (current !== source) {
      console.error('openapi.generated.ts is stale: run `npm run gen:api`');
      process.exit(1);
    }
    console.log('openapi.generated.ts is up to date');
    return;
  }
  writeFileSync(GENERATED_PATH, source);
  console.log(`wrote ${GENERATED_PATH}`);
});
