/**
 * A scale snapshot for benchmarks, built from the recorded fixtures: every record is repeated under new
 * ids with varied titles until each portal reaches its target size (real portals: ~3,800 / ~1,150 / ~9,800).
 */
import ExcelJS from 'exceljs';
import {
  loadSnapshot,
  partialSearchIndex,
  type Json,
  type PortalSnapshot,
} from '../harvester/replay/snapshot';

export interface ScaleTargets {
  datagovhk: number;
  csdi: number;
  datash: number;
}

export const DEFAULT_TARGETS: ScaleTargets = { datagovhk: 4000, csdi: 1200, datash: 9800 };
export const SCALE_EXPORT_NAME = 'scale-export.xlsx';

const variant = (copy: number) => (copy === 0 ? '' : ` (${copy})`);

export async function scaleSnapshot(targets: ScaleTargets = DEFAULT_TARGETS): Promise<PortalSnapshot> {
  const snapshot = loadSnapshot();
  const hk = [...snapshot.datagovhk.packages.entries()];
  snapshot.datagovhk.packages = new Map();
  for (let index = 0; index < targets.datagovhk; index++) {
    const [name, languages] = hk[index % hk.length]!;
    const copy = Math.floor(index / hk.length);
    const newName = copy ? `${name}-v${copy}` : name;
    const cloned = structuredClone(languages);
    for (const result of Object.values(cloned) as Json[]) {
      result.name = newName;
      result.title = `${result.title}${variant(copy)}`;
    }
    snapshot.datagovhk.packages.set(newName, cloned);
  }
  snapshot.datagovhk.searchIndex = partialSearchIndex(snapshot.datagovhk.packages.keys());
  const csdi = [...snapshot.csdi.items.values()];
  snapshot.csdi.items = new Map();
  for (let index = 0; index < targets.csdi; index++) {
    const copy = Math.floor(index / csdi.length);
    const item = structuredClone(csdi[index % csdi.length]!) as Json & { _source: Json };
    const id = copy ? `${item._id}${copy}` : String(item._id);
    item._id = id;
    item._source = { ...item._source, fileid: id, title: `${item._source.title}${variant(copy)}` };
    snapshot.csdi.items.set(id, item);
  }
  const source = new ExcelJS.Workbook();
  await source.xlsx.load(
    snapshot.datash.files.get('上海市公共数据开放平台资源目录.xlsx') as unknown as ArrayBuffer,
  );
  const rows = source.worksheets[0]!.getSheetValues().slice(1) as unknown[][];
  const [header, ...data] = rows.map((row) => row.slice(1));
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('sheet1');
  sheet.addRow(header!);
  for (let index = 0; index < targets.datash; index++) {
    const copy = Math.floor(index / data.length);
    const row = [...data[index % data.length]!];
    if (copy) {
      row[2] = `${row[2]}${copy}`;
      row[3] = `${row[3]}${variant(copy)}`;
    }
    sheet.addRow(row);
  }
  snapshot.datash.files.set(SCALE_EXPORT_NAME, Buffer.from(await workbook.xlsx.writeBuffer()));
  return snapshot;
}
