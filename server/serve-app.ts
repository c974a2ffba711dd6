/** One process serving a catalogue file over HTTP: the whole of `npm start --workers 1`, or one cluster worker. */
import cluster from 'node:cluster';
import { openCatalogue } from '../catalog';
import { createApp } from './app';
import { configFromEnv } from './config';
import type { ServeOptions } from './serve';

/** One process serving the catalogue; resolves when its server closes. */
export function serveInProcess({ db, port, onListening }: ServeOptions): Promise<void> {
  const cacheBytes = process.env.ATLAS_SEARCH_CACHE_BYTES;
  const catalogue = openCatalogue(db, {
    searchCacheBytes: cacheBytes === undefined ? undefined : Number(cacheBytes),
  });
  catalogue.search.search({ pageSize: 1 }); // build the facet index before taking traffic
  const config = { ...configFromEnv(), clustered: cluster.isWorker };
  const server = createApp({ catalogue, config }).listen(port, () => onListening?.());
  const stop = () => server.close(() => catalogue.close());
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  return new Promise((resolve) => server.on('close', resolve));
}
