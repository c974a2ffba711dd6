/** The first sheet of an XLSX workbook as a table preview. */
import ExcelJS from 'exceljs';
import { PreviewError } from '../errors';
import { tableFromRows, type TablePreview } from './table';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().replace('T00:00:00.000Z', '');
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value);
}

export async function readXlsx(body: Buffer, maxRows: number): Promise<TablePreview> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(body as unknown as ArrayBuffer);
  } catch (error) {
    throw new PreviewError('unreadable', `the workbook could not be read: ${(error as Error).message}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new PreviewError('unreadable', 'the workbook has no sheet');
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    if (rows.length <= maxRows) rows.push((row.values as ExcelJS.CellValue[]).slice(1).map(cellText));
  });
  const [header = [], ...data] = rows;
  return tableFromRows(header, data.slice(0, maxRows), sheet.actualRowCount - 1 > maxRows);
}
