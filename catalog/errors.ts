/** Typed errors of the catalogue library: a stable code for programs, a message for people. */
export type CatalogErrorCode =
  | 'not_a_database'
  | 'schema_too_new'
  | 'unknown_dataset'
  | 'invalid_query'
  | 'query_too_long'
  | 'invalid_filter';

export class CatalogError extends Error {
  constructor(
    readonly code: CatalogErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'CatalogError';
  }
}
