/** The SQLite catalogue: open a file, write through the store, read through search. */
import { openDatabase, type Db, type OpenOptions } from './db';
import { CatalogSearch } from './search/search';
import { CatalogStore } from './store';
import { CurationStore } from './curation';
import { CounterpartStore } from './counterparts/storage';

export * from './errors';
export * from './store';
export * from './search/search';
export * from './curation';
export * from './counterparts';
export { openDatabase, applyMigrations, defaultDbPath, type Db } from './db';
export { contentHash, allLanguages, firstLanguage } from './record-text';
export { foldText } from './search/fold';

export interface Catalogue {
  db: Db;
  store: CatalogStore;
  search: CatalogSearch;
  curation: CurationStore;
  counterparts: CounterpartStore;
  close(): void;
}

export interface CatalogueOptions extends OpenOptions {
  /** Bytes of recent search results kept per data version (default 16 MiB; 0 turns this and the text-match cache off). */
  searchCacheBytes?: number;
}

export function openCatalogue(path?: string, options: CatalogueOptions = {}): Catalogue {
  const db = openDatabase(path, options);
  const store = new CatalogStore(db);
  return {
    db,
    store,
    search: new CatalogSearch(db, store, { resultCacheBytes: options.searchCacheBytes }),
    curation: new CurationStore(db, store),
    counterparts: new CounterpartStore(db, store),
    close: () => db.close(),
  };
}
