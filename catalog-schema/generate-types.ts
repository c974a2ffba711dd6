/**
 * Generates types.generated.ts from dataset.schema.json, so the TypeScript types can never drift from the
 * schema. `--check` only compares and exits 1 when the file is stale (the test suite runs it).
 */
import { compile } from 'json-schema-to-typescript';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const GENERATED_TYPES_PATH = join(__dirname, 'types.generated.ts');

async function renderTypes(): Promise<string> {
  const schema = JSON.parse(readFileSync(join(__dirname, 'dataset.schema.json'), 'utf8'));
  return compile(schema, 'DatasetRecord', {
    bannerComment:
      '/* Generated from dataset.schema.json by `npm run gen:types`. Do not edit: change the schema instead. */',
    additionalProperties: false,
    unreachableDefinitions: true,
    format: false,
  });
}

renderTypes().then((source) => {
  if (process.argv.includes('--check')) {
    const current = readFileSync(GENERATED_TYPES_PATH, 'utf8');
    if (current !== source) {
      console.error('types.generated.ts is stale: run `npm run gen:types`');
      process.exit(1);
    }
    console.log('types.generated.ts is up to date');
    return;
  }
  writeFileSync(GENERATED_TYPES_PATH, source);
  console.log(`wrote ${GENERATED_TYPES_PATH}`);
});
