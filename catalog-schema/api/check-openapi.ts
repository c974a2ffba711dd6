/**
 * Checks the generated OpenAPI document with three third-party tools, as an integrator would: Redocly
 * lint (rules in redocly.yaml), swagger-parser's validate (full $ref resolution) and openapi-typescript.
 * Prints one JSON line {redocly: {errors, warnings, problems}, swaggerParser, openapiTypescript}; exit 1
 * on any error. A child process, because these tools are ES modules the Jest runtime cannot load.
 */
import SwaggerParser from '@apidevtools/swagger-parser';
import { lintFromString, loadConfig } from '@redocly/openapi-core';
import openapiTS from 'openapi-typescript';
import { join } from 'node:path';
import { OPENAPI_DOCUMENT } from './index';

async function redocly() {
  const config = await loadConfig({ configPath: join(__dirname, '../../redocly.yaml') });
  const problems = await lintFromString({
    source: JSON.stringify(OPENAPI_DOCUMENT),
    absoluteRef: join(__dirname, 'openapi.json'),
    config,
  });
  const summary = problems.map((problem) => ({
    severity: problem.severity,
    rule: problem.ruleId,
    message: problem.message,
    at: problem.location[0]?.pointer,
  }));
  return {
    errors: summary.filter((problem) => problem.severity === 'error').length,
    warnings: summary.filter((problem) => problem.severity === 'warn').length,
    problems: summary,
  };
}

async function swaggerParser() {
  try {
    // validate() dereferences every $ref; it mutates its input, so give it a copy.
    await SwaggerParser.validate(structuredClone(OPENAPI_DOCUMENT) as never);
    return { ok: true };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

async function openapiTypescript() {
  try {
    const ast = await openapiTS(structuredClone(OPENAPI_DOCUMENT) as never);
    return { ok: true, nodes: ast.length };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

async function main() {
  const report = {
    redocly: await redocly(),
    swaggerParser: await swaggerParser(),
    openapiTypescript: await openapiTypescript(),
  };
  console.log(JSON.stringify(report));
  if (report.redocly.errors || !report.swaggerParser.ok || !report.openapiTypescript.ok) process.exit(1);
}

void main();
