import { spawnSync } from 'node:child_process';
import { openCatalogue } from '../catalog';
import { tempDbPath } from '../catalog/testing';
import { HARVEST_CLI, TSX } from './testing';

const harvestCli = (...args: string[]) =>
  spawnSync(TSX, [HARVEST_CLI, ...args], { encoding: 'utf8', timeout: 60_000 });

describe('npm run harvest', () => {
  it('harvests the bundled snapshot offline and prints the results as JSON with --json', () => {
    const db = tempDbPath();
    const run = harvestCli('--offline', '--source', 'csdi', '--db', db, '--json');
    expect(run.status).toBe(0);
    const [result] = JSON.parse(run.stdout);
    expect(result).toMatchObject({ source: 'csdi', status: 'succeeded', mode: 'full', created: 75 });
    const catalogue = openCatalogue(db);
    expect(catalogue.search.search({ source: ['csdi'] }).total).toBe(75);
    catalogue.close();
  });

  it('prints one summary line per source, and with --dry-run writes nothing', () => {
    const db = tempDbPath();
    const run = harvestCli('--offline', '--source', 'csdi', '--db', db, '--dry-run');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^csdi\s+dry run\s+created 75, updated 0/m);
    const catalogue = openCatalogue(db);
    expect(catalogue.search.search({}).total).toBe(0);
    catalogue.close();
  });

  it('refuses bad arguments with exit code 2 and a message naming the choices', () => {
    const run = harvestCli('--source', 'nowhere');
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(
      /error \[usage\]: --source must be one of datagovhk, csdi, datash; got "nowhere"/,
    );
    const badFile = harvestCli('--file', 'datash');
    expect(badFile.status).toBe(2);
    expect(badFile.stderr).toMatch(/--file takes <source>=<value>/);
  });
});
