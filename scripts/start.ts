/**
 * `npm start [-- --workers N]`: serve the explorer and the API on PORT (default 8080) with one worker
 * process per core (ATLAS_WORKERS or --workers changes it). The explorer is built first when its build is
 * missing or stale; an empty catalogue is first seeded from the bundled snapshot, offline, through the
 * real harvester.
 */
import { parseArgs } from 'node:util';
import { defaultDbPath, openCatalogue } from '../catalog';
import { harvest } from '../harvester/harvest';
import { summarize } from '../harvester/run';
import { defaultWorkerCount, serve } from '../server/serve';
import { runCli } from '../catalog/run-cli';
import { buildWeb, webBuildIsStale } from './web-build';

runCli(async () => {
  const { values } = parseArgs({ options: { workers: { type: 'string' } } });
  const workers = Number(values.workers ?? process.env.ATLAS_WORKERS ?? defaultWorkerCount());
  if (!Number.isInteger(workers) || workers < 1)
    throw Object.assign(new Error('--workers must be a whole number ≥ 1'), { code: 'usage' });
  if (webBuildIsStale()) {
    console.log('Building the web explorer (web/dist)...');
    buildWeb();
  }
  const db = defaultDbPath();
  const probe = openCatalogue(db);
  const empty = probe.search.search({ pageSize: 1 }).total === 0;
  probe.close();
  if (empty) {
    console.log(`The catalogue at ${db} is empty: harvesting the bundled snapshot (offline)...`);
    for (const result of await harvest({ db, offline: true, mode: 'full' })) console.log(summarize(result));
  }
  const port = Number(process.env.PORT ?? 8080);
  await serve({
    db,
    port,
    workers,
    onListening: () =>
      console.log(
        `HK·SH Open Data Atlas: http://localhost:${port}/  (API docs: /api/docs; catalogue ${db}; ${workers} worker${workers > 1 ? 's' : ''})`,
      ),
  });
});
