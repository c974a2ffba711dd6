/** What of a record the search index sees, and the stable hash that tells a changed record from an unchanged one. */
import { createHash } from 'node:crypto';
import type { DatasetRecord, LocalizedText } from '../catalog-schema';
import { indexText } from './search/tokenize';

export function allLanguages(text: LocalizedText | undefined): string {
  if (!text) return '';
  return [text.en, text['zh-Hant'], text['zh-Hans']].filter(Boolean).join(' \n ');
}

/** The best single label for sorting and display: English, else Traditional, else Simplified. */
export function firstLanguage(text: LocalizedText): string {
  return text.en ?? text['zh-Hant'] ?? text['zh-Hans'] ?? '';
}

export interface IndexedText {
  title: string;
  description: string;
  keywords: string;
  publisher: string;
}

export function indexedText(record: DatasetRecord): IndexedText {
  return {
    title: indexText(allLanguages(record.title)),
    description: indexText(allLanguages(record.description)),
    keywords: indexText(
      [...record.keywords, ...record.categories.map((category) => allLanguages(category.label))].join(' \n '),
    ),
    publisher: indexText(`${allLanguages(record.publisher.name)} \n ${record.publisher.id}`),
  };
}

/** JSON with object keys sorted, so equal records hash equally whatever order a transform built them in. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value))
    return `[${value.map((entry) => (entry === undefined ? 'null' : canonicalJson(entry))).join(',')}]`;
  const keys = Object.keys(value).sort();
  let out = '';
  for (const key of keys) {
    const entry = (value as Record<string, unknown>)[key];
    if (entry === undefined || typeof entry === 'function') continue;
    out += `${out ? ',' : ''}${JSON.stringify(key)}:${canonicalJson(entry)}`;
  }
  return `{${out}}`;
}

export function contentHash(record: DatasetRecord): string {
  return createHash('sha256').update(canonicalJson(record)).digest('hex').slice(0, 32);
}
