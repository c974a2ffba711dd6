/** Delimited text (CSV, TSV) and arrays of objects as a table preview: the first rows, column types, simple stats. */
import Papa from 'papaparse';

export type ColumnType = 'integer' | 'number' | 'date' | 'boolean' | 'string' | 'empty';

export interface Column {
  name: string;
  type: ColumnType;
  nonEmpty: number;
  distinct: number;
  min?: number | string;
  max?: number | string;
  mean?: number;
  top?: { value: string; count: number }[];
}

export interface TablePreview {
  kind: 'table';
  columns: Column[];
  rows: string[][];
  truncated: boolean;
  encoding?: string;
}

const INTEGER = /^[-+]?\d{1,15}$/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/;
const DATE = /^\d{4}[-/]\d{1,2}[-/]\d{1,2}([ T]\d{1,2}:\d{2}(:\d{2})?)?$|^\d{1,2}\/\d{1,2}\/\d{4}$/;
const BOOLEAN = /^(true|false|yes|no|y|n|是|否)$/i;

function describeColumn(name: string, values: string[]): Column {
  const present = values.map((value) => value.trim()).filter((value) => value !== '');
  const distinctValues = new Map<string, number>();
  for (const value of present) distinctValues.set(value, (distinctValues.get(value) ?? 0) + 1);
  const base = { name, nonEmpty: present.length, distinct: distinctValues.size };
  if (!present.length) return { ...base, type: 'empty' };
  const all = (pattern: RegExp) => present.every((value) => pattern.test(value.replace(/,/g, '')));
  if (all(INTEGER) || all(NUMBER)) {
    const numbers = present.map((value) => Number(value.replace(/,/g, '')));
    return {
      ...base,
      type: all(INTEGER) ? 'integer' : 'number',
      min: Math.min(...numbers),
      max: Math.max(...numbers),
      mean: Math.round((numbers.reduce((sum, value) => sum + value, 0) / numbers.length) * 1000) / 1000,
    };
  }
  if (present.every((value) => DATE.test(value))) {
    const sorted = [...present].sort();
    return { ...base, type: 'date', min: sorted[0], max: sorted[sorted.length - 1] };
  }
  if (present.every((value) => BOOLEAN.test(value))) return { ...base, type: 'boolean' };
  const top = [...distinctValues]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([value, count]) => ({ value: value.slice(0, 80), count }));
  return { ...base, type: 'string', top };
}

export function tableFromRows(header: string[], rows: string[][], truncated: boolean): TablePreview {
  const width = Math.max(header.length, ...rows.map((row) => row.length));
  const names = Array.from({ length: width }, (_, index) => header[index]?.trim() || `column_${index + 1}`);
  const padded = rows.map((row) => names.map((_, index) => row[index] ?? ''));
  const columns = names.map((name, index) =>
    describeColumn(
      name,
      padded.map((row) => row[index]!),
    ),
  );
  return { kind: 'table', columns, rows: padded, truncated };
}

/** Parses at most maxRows data rows; papaparse stops there rather than reading the rest. */
export function readDelimited(text: string, maxRows: number, bodyTruncated: boolean): TablePreview {
  const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), {
    preview: maxRows + 1,
    skipEmptyLines: 'greedy',
    delimiter: '',
  });
  const [header = [], ...rows] = parsed.data;
  // A read cut short may end mid-row: drop that partial last row.
  const complete = bodyTruncated && rows.length && rows.length < maxRows ? rows.slice(0, -1) : rows;
  const moreRows = parsed.data.length > maxRows || bodyTruncated;
  return tableFromRows(header, complete.slice(0, maxRows), moreRows);
}

/** JSON that is an array of flat objects (or holds one) as a table. */
export function readJsonTable(value: unknown, maxRows: number): TablePreview | undefined {
  const array = Array.isArray(value)
    ? value
    : value && typeof value === 'object'
      ? Object.values(value).find(
          (entry) => Array.isArray(entry) && entry.length && typeof entry[0] === 'object',
        )
      : undefined;
  if (!Array.isArray(array) || !array.length || typeof array[0] !== 'object' || array[0] === null)
    return undefined;
  const header = [...new Set(array.slice(0, maxRows).flatMap((row) => Object.keys(row as object)))];
  const cell = (entry: unknown) =>
    entry === null || entry === undefined
      ? ''
      : typeof entry === 'object'
        ? JSON.stringify(entry)
        : String(entry);
  const rows = array
    .slice(0, maxRows)
    .map((row) => header.map((key) => cell((row as Record<string, unknown>)[key])));
  return tableFromRows(header, rows, array.length > maxRows);
}
