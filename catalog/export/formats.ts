/**
 * Serialises unified records for `npm run export`: one JSON record a line, or one flat CSV row a record
 * (`dcat` is catalog/export/dcat-export.ts, which needs the public base URL).
 */
import Papa from 'papaparse';
import type { DatasetRecord } from '../../catalog-schema';

export const EXPORT_FORMATS = ['jsonl', 'csv', 'dcat'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export const CSV_COLUMNS = [
  'id',
  'source',
  'sourceId',
  'city',
  'title_en',
  'title_zh-Hant',
  'title_zh-Hans',
  'description_en',
  'description_zh-Hant',
  'description_zh-Hans',
  'publisher_id',
  'publisher_name',
  'areas',
  'categories',
  'keywords',
  'formats',
  'access',
  'updateFrequency',
  'issued',
  'modified',
  'bbox',
  'place',
  'landingPage',
] as const;

const list = (values: readonly string[]) => values.join('; ');

function csvRow(record: DatasetRecord): string[] {
  const name = record.publisher.name;
  return [
    record.id,
    record.source,
    record.sourceId,
    record.city,
    record.title.en ?? '',
    record.title['zh-Hant'] ?? '',
    record.title['zh-Hans'] ?? '',
    record.description?.en ?? '',
    record.description?.['zh-Hant'] ?? '',
    record.description?.['zh-Hans'] ?? '',
    record.publisher.id,
    name.en ?? name['zh-Hant'] ?? name['zh-Hans'] ?? '',
    list(record.areas),
    list(record.categories.map((category) => `${category.scheme}:${category.id}`)),
    list(record.keywords),
    list([...new Set(record.resources.map((resource) => resource.format))]),
    record.access,
    record.updateFrequency.normalized,
    record.issued ?? '',
    record.modified ?? '',
    record.spatial.bbox?.join(',') ?? '',
    record.spatial.place ?? '',
    record.landingPage,
  ];
}

/** Yields the output in chunks, so a large catalogue streams instead of building one string. */
export function* serialise(
  records: Iterable<DatasetRecord>,
  format: Exclude<ExportFormat, 'dcat'>,
): Generator<string> {
  if (format === 'jsonl') {
    for (const record of records) yield `${JSON.stringify(record)}\n`;
    return;
  }
  // A BOM so spreadsheet programs read the Chinese text as UTF-8.
  yield `\uFEFF${Papa.unparse([CSV_COLUMNS as unknown as string[]])}\r\n`;
  for (const record of records) yield `${Papa.unparse([csvRow(record)])}\r\n`;
}
