/**
 * Serves a catalogue file over HTTP with one or more worker processes (Node's cluster module): SQLite
 * serves many readers at once, so a search for one user never waits behind another's on a 2-core machine.
 * The primary only forks, restarts a worker that dies, keeps the shared rate-limit counts and stops them all.
 */
import { ClusterMemoryStorePrimary } from '@express-rate-limit/cluster-memory-store';
import cluster from 'node:cluster';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { openCatalogue } from '../catalog';
import { createApp } from './app';
import { configFromEnv } from './config';

export interface ServeOptions {
  db: string;
  port: number;
  /** Worker processes; 1 serves from this process. Default: one per core. */
  workers?: number;
  /** Called once every worker listens. */
  onListening?: () => void;
}

/** A worker that dies this often in a minute is not restarted again (a crash loop would only burn CPU). */
const MAX_RESTARTS_PER_MINUTE = 5;

const STOP_GRACE_MS = 10_000;

export const defaultWorkerCount = () => availableParallelism();

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

export function serve(options: ServeOptions): Promise<void> {
  const workers = options.workers ?? defaultWorkerCount();
  if (workers <= 1) return serveInProcess(options);
  new ClusterMemoryStorePrimary().init();
  cluster.setupPrimary({ exec: join(__dirname, 'serve-worker.ts') });
  const env = { ATLAS_DB: options.db, PORT: String(options.port) };
  let listening = 0;
  let stopping = false;
  const restarts: number[] = [];
  const fork = () => {
    const worker = cluster.fork(env);
    worker.on('listening', () => {
      if (++listening === workers) options.onListening?.();
    });
  };
  for (let at = 0; at < workers; at++) fork();
  return new Promise((resolve) => {
    cluster.on('exit', (worker, code, signal) => {
      if (stopping) {
        if (!Object.keys(cluster.workers ?? {}).length) resolve();
        return;
      }
      const now = Date.now();
      restarts.push(now);
      while (restarts[0]! < now - 60_000) restarts.shift();
      console.error(`worker ${worker.process.pid} exited (${signal ?? code})`);
      if (restarts.length <= MAX_RESTARTS_PER_MINUTE) fork();
      else if (!Object.keys(cluster.workers ?? {}).length) resolve();
    });
    const stop = () => {
      stopping = true;
      for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
      // A worker still answering a slow client after this long is stopped outright.
      setTimeout(() => {
        for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
      }, STOP_GRACE_MS).unref();
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
