import { join } from 'node:path';
import type { FetchContext } from '../types';
import { EXPORT_COLUMNS, readExport } from './export-source';

const DIR = join(__dirname, '../../../fixtures/portals/datash');
// Reading from a path needs no HTTP client.
const offline = {} as FetchContext;

describe('Shanghai catalogue export reader', () => {
  let fromXlsx: Record<string, string>[];
  beforeAll(async () => {
    fromXlsx = await readExport(join(DIR, '上海市公共数据开放平台资源目录.xlsx'), offline);
  });

  it('reads every row of the recorded .xlsx with all 16 columns', () => {
    expect(fromXlsx).toHaveLength(7919);
    for (const row of fromXlsx) expect(Object.keys(row).sort()).toEqual([...EXPORT_COLUMNS].sort());
  });

  it('keeps every Chinese character whole, wherever the stream cuts its chunks', () => {
    const broken = fromXlsx.filter((row) => Object.values(row).some((value) => value.includes('\uFFFD')));
    expect(broken).toEqual([]);
  });

  it('gives the same rows as the CSV export of the same catalogue', async () => {
    const fromCsv = await readExport(join(DIR, 'catalogue-export.small.csv'), offline);
    const byId = new Map(fromXlsx.map((row) => [row['数据集ID'], row]));
    expect(fromCsv).toHaveLength(250);
    for (const row of fromCsv) expect(byId.get(row['数据集ID'])).toEqual(row);
  });
});
