import { datasetQuads } from '../catalog/export/dcat';
import { dcatJsonLdExport } from '../catalog/export/dcat-export';
import { jsonLdToNTriples, shaclViolations } from '../catalog/export/dcat-testing';
import { toNTriples } from '../catalog/export/rdf-serialise';
import type { DatasetRecord } from '../catalog-schema';
import { harvestRig, type HarvestRig } from '../harvester/testing';

const BASE = 'https://atlas.example.org';
let rig: HarvestRig;
let records: DatasetRecord[];
beforeAll(async () => {
  rig = await harvestRig();
  await rig.run();
  const catalogue = rig.open();
  records = [...catalogue.store.iterateRecords()];
  catalogue.close();
}, 120_000);
afterAll(() => rig.close());

describe('DCAT-AP of the whole harvested snapshot (the three portals, replayed)', () => {
  it('has 0 SHACL violations for the whole export and for every dataset on its own', async () => {
    expect(new Set(records.map((record) => record.source))).toEqual(new Set(['datagovhk', 'csdi', 'datash']));
    const exported = await jsonLdToNTriples(JSON.parse([...dcatJsonLdExport(records, BASE)].join('')));
    const graphs: Record<string, string> = { 'whole export': exported };
    for (const record of records) graphs[record.id] = toNTriples(datasetQuads(BASE, record));
    const violations = shaclViolations(graphs);
    expect(Object.keys(violations)).toHaveLength(records.length + 1);
    const failing = Object.entries(violations).filter(([, found]) => found.length);
    expect(failing.slice(0, 3)).toEqual([]);
    const datasetNodes = exported.match(
      / <http:\/\/www.w3.org\/1999\/02\/22-rdf-syntax-ns#type> <http:\/\/www.w3.org\/ns\/dcat#Dataset> \./g,
    );
    expect(datasetNodes).toHaveLength(records.length);
  }, 300_000);
});
