/** Validates records against dataset.schema.json (ajv, every error) plus the invariants a schema cannot say. */
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import schema from './dataset.schema.json';
import type { DatasetRecord } from './types';

export interface ValidationError {
  /** JSON Pointer into the record, '' for the record itself. */
  path: string;
  message: string;
}

export type ValidationResult = { ok: true; record: DatasetRecord } | { ok: false; errors: ValidationError[] };

function compiled(allErrors: boolean) {
  const ajv = new Ajv2020({ allErrors, strict: true, allowUnionTypes: true });
  addFormats(ajv, ['date', 'date-time', 'uri']);
  return ajv.compile<DatasetRecord>(schema);
}
// Most records are valid: check them with the validator that stops at the first error, and collect every
// error only for a record that fails.
const isValid = compiled(false);
const validateSchema = compiled(true);

function fromAjv(error: ErrorObject): ValidationError {
  const where = error.instancePath;
  switch (error.keyword) {
    case 'required':
      return { path: `${where}/${error.params.missingProperty}`, message: 'is required' };
    case 'additionalProperties':
      return { path: `${where}/${error.params.additionalProperty}`, message: 'is not a known field' };
    case 'enum':
      return { path: where, message: `must be one of ${error.params.allowedValues.join(', ')}` };
    default:
      return { path: where, message: error.message ?? error.keyword };
  }
}

/** anyOf failures repeat each branch's error; keep one line per path and message. */
function unique(errors: ValidationError[]): ValidationError[] {
  const seen = new Set<string>();
  return errors.filter((error) => {
    const key = `${error.path}\u0000${error.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function invariantErrors(record: DatasetRecord): ValidationError[] {
  const errors: ValidationError[] = [];
  if (record.id !== `${record.source}:${record.sourceId}`) {
    errors.push({ path: '/id', message: `must be "${record.source}:${record.sourceId}" (source:sourceId)` });
  }
  const bbox = record.spatial.bbox;
  if (bbox && (bbox[0] > bbox[2] || bbox[1] > bbox[3])) {
    errors.push({
      path: '/spatial/bbox',
      message: 'min must not exceed max ([minLon, minLat, maxLon, maxLat])',
    });
  }
  const { start, end } = record.temporal;
  if (start && end && start.slice(0, 10) > end.slice(0, 10)) {
    errors.push({ path: '/temporal', message: `start ${start} is after end ${end}` });
  }
  return errors;
}

export function validateRecord(candidate: unknown): ValidationResult {
  if (!isValid(candidate) && !validateSchema(candidate)) {
    return { ok: false, errors: unique((validateSchema.errors ?? []).map(fromAjv)) };
  }
  const errors = invariantErrors(candidate);
  return errors.length ? { ok: false, errors } : { ok: true, record: candidate };
}
