/** The contract every other part imports: record types, validation, the area taxonomy, the database migrations. */
export * from './types';
export * from './validate';
export * from './areas';
export * from './migrations';
