/**
 * `npm start`: serve the explorer and the API on PORT (default 8080). The explorer is built first when its
 * build is missing or stale; an empty catalogue is first seeded from the bundled snapshot, offline, through
 * the real harvester.
 */
import { defaultDbPath, openCatalogue } from '../catalog';
import { harvest } from '../harvester/harvest';
import { summarize } from '../harvester/run';
import { createApp } from '../server/app';
import { configFromEnv } from '../server/config';
import { runCli } from '../catalog/run-cli';
import { buildWeb, webBuildIsStale } from './web-build';

runCli(async () => {
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
  const catalogue = openCatalogue(db);
  const port = Number(process.env.PORT ?? 8080);
  // Links in feeds, DCAT and CKAN answers: ATLAS_PUBLIC_URL, else http://localhost:${PORT} (configFromEnv).
  const config = configFromEnv();
  const server = createApp({ catalogue, config }).listen(port, () => {
    console.log(`HK·SH Open Data Atlas: http://localhost:${port}/  (API docs: /api/docs; catalogue ${db})`);
    console.log(`Links are built from ${config.publicBaseUrl ?? 'the trusted proxy (ATLAS_TRUST_PROXY)'}`);
  });
  const stop = () => server.close(() => catalogue.close());
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  await new Promise<void>((resolve) => server.on('close', resolve));
});
