import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { openCatalogue } from '../catalog';
import { makeRecord, tempDbPath } from '../catalog/testing';

const tsx = join(__dirname, '../node_modules/.bin/tsx');
const exportScript = join(__dirname, 'export.ts');
const run = (...args: string[]) => spawnSync(tsx, [exportScript, ...args], { encoding: 'utf8' });

describe('npm run export', () => {
  const db = tempDbPath();
  beforeAll(() => {
    const catalogue = openCatalogue(db);
    catalogue.store.upsertRecords(
      [makeRecord({ sourceId: 'a' }), makeRecord({ sourceId: 'b' })],
      '2026-11-01T00:00:00Z',
    );
    catalogue.close();
  });

  it('prints the catalogue as jsonl by default and as csv on request', () => {
    const jsonl = run('--db', db);
    expect(jsonl.status).toBe(0);
    expect(
      jsonl.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual(['datagovhk:a', 'datagovhk:b']);
    const csv = run('--db', db, '--format', 'csv');
    expect(csv.stdout.trim().split('\r\n')).toHaveLength(3);
  });

  it('prints DCAT-AP JSON-LD from the same builder as the server', () => {
    const dcat = spawnSync(tsx, [exportScript, '--db', db, '--format', 'dcat'], {
      encoding: 'utf8',
      env: { ...process.env, ATLAS_PUBLIC_URL: 'https://atlas.example.org/' },
    });
    expect(dcat.status).toBe(0);
    expect(dcat.stdout).toContain('"@id":"https://atlas.example.org/api/datasets/datagovhk%3Aa"');
    const nodes = JSON.parse(dcat.stdout)['@graph'] as { '@type'?: string }[];
    expect(nodes.filter((node) => node['@type'] === 'dcat:Catalog')).toHaveLength(1);
    expect(nodes.filter((node) => node['@type'] === 'dcat:Dataset')).toHaveLength(2);
  });

  it('says what is wrong, without a stack trace, for a bad format or a file that is not a catalogue', () => {
    const badFormat = run('--db', db, '--format', 'xml');
    expect(badFormat.status).toBe(2);
    expect(badFormat.stderr).toMatch(/--format must be one of jsonl, csv, dcat/);
    const notDb = tempDbPath('notes.txt');
    writeFileSync(notDb, 'hello');
    const wrongFile = run('--db', notDb);
    expect(wrongFile.stderr).toMatch(/\[not_a_database\].*not a SQLite database/);
    expect(wrongFile.stderr).not.toMatch(/at .*\.ts:\d+/);
  });
});
