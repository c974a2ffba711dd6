/**
 * `npm run bench:gen -- --datasets 100000 [--db data/bench.db]`: a large catalogue for the search
 * benchmark, built from the fixture records: varied ids, titles mixed from real titles in all three
 * scripts, real categories and publishers, bboxes inside the record's city; tagged by the real rules.
 */
import { parseArgs } from 'node:util';
import { openCatalogue } from '../catalog';
import type { BBox, DatasetRecord } from '../catalog-schema';
import { createClassifier } from '../harvester/classify/classify';
import { loadSnapshot } from '../harvester/replay/snapshot';
import { connectorFor } from '../harvester/sources/registry';
import Papa from 'papaparse';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const BENCH_DB = 'data/bench.db';

function fixtureRecords(): DatasetRecord[] {
  const snapshot = loadSnapshot();
  const classify = createClassifier();
  const hk = connectorFor('datagovhk');
  const csdi = connectorFor('csdi');
  const sh = connectorFor('datash', { files: { datash: 'unused' } });
  const untagged = [
    ...[...snapshot.datagovhk.packages.entries()].map(([name, l]) =>
      hk.transform({ sourceId: name, payload: { en: l.en, 'zh-Hant': l.tc, 'zh-Hans': l.sc } }),
    ),
    ...[...snapshot.csdi.items.entries()].map(([id, item]) =>
      csdi.transform({ sourceId: id, payload: { search: { id }, item } }),
    ),
    ...Papa.parse<Record<string, string>>(
      readFileSync(join(__dirname, '../fixtures/portals/datash/catalogue-export.small.csv'), 'utf8').replace(
        /^\uFEFF/,
        '',
      ),
      { header: true, skipEmptyLines: true },
    ).data.map((row) => sh.transform({ sourceId: row['数据集ID']!, payload: row })),
  ];
  return untagged.map((record) => {
    const { areas, reasons } = classify(record);
    return { ...record, areas, areaReasons: reasons };
  });
}

/** A deterministic pseudo-random stream, so every run builds the same catalogue. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) & 0x7fffffff;
    return state / 0x7fffffff;
  };
}

const CITY_BOX: Record<string, BBox> = {
  'hong-kong': [113.84, 22.16, 114.42, 22.56],
  shanghai: [120.86, 30.68, 122.0, 31.86],
};

export function generate(count: number, path: string): void {
  rmSync(path, { force: true });
  const base = fixtureRecords();
  const next = random(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
  const catalogue = openCatalogue(path);
  const batch: DatasetRecord[] = [];
  const started = Date.now();
  for (let index = 0; index < count; index++) {
    const template = base[index % base.length]!;
    const donor = pick(base);
    const sourceId = `${template.sourceId}-g${index}`;
    const title = Object.fromEntries(
      Object.entries(template.title).map(([language, text]) => [
        language,
        `${text} ${Object.values(donor.title)[0]!.slice(0, 20)}`,
      ]),
    );
    const [minLon, minLat, maxLon, maxLat] = CITY_BOX[template.city]!;
    const lon = minLon + next() * (maxLon - minLon - 0.05);
    const lat = minLat + next() * (maxLat - minLat - 0.05);
    const size = 0.005 + next() * 0.05;
    const modified = new Date(Date.UTC(2015, 0, 1) + next() * 11 * 365 * 86_400_000).toISOString();
    batch.push({
      ...template,
      id: `${template.source}:${sourceId}`,
      sourceId,
      title,
      spatial: { ...template.spatial, bbox: [lon, lat, lon + size, lat + size] },
      modified,
    });
    if (batch.length === 5000 || index === count - 1) {
      catalogue.store.upsertRecords(batch, new Date().toISOString());
      batch.length = 0;
      process.stderr.write(`\r${index + 1}/${count}`);
    }
  }
  catalogue.db.pragma('wal_checkpoint(TRUNCATE)');
  catalogue.db.exec('ANALYZE');
  catalogue.close();
  process.stderr.write(
    `\nbuilt ${count} datasets in ${((Date.now() - started) / 1000).toFixed(0)} s at ${path}\n`,
  );
}

if (require.main === module) {
  const { values } = parseArgs({
    options: { datasets: { type: 'string', default: '100000' }, db: { type: 'string', default: BENCH_DB } },
  });
  generate(Number(values.datasets), values.db!);
}
