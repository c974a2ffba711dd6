/** What of a record the search index sees, and the hash that tells a changed record from an unchanged one. */
import { hash } from 'node:crypto';
import type { DatasetRecord, LocalizedText } from '../catalog-schema';
import { indexVariants } from './search/tokenize';

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

const languagesOf = (text: LocalizedText | undefined) =>
  text ? [text.en, text['zh-Hant'], text['zh-Hans']] : [];

export function indexedText(record: DatasetRecord): IndexedText {
  return {
    title: indexVariants(languagesOf(record.title)),
    description: indexVariants(languagesOf(record.description)),
    keywords: indexVariants([
      ...record.keywords,
      ...record.categories.flatMap((category) => languagesOf(category.label)),
    ]),
    publisher: indexVariants([...languagesOf(record.publisher.name), record.publisher.id]),
  };
}

/**
 * The hash of a record's stored JSON. Transforms build records in a fixed key order, so the same portal
 * data always gives the same JSON; a change of our own code that reorders keys counts as one update.
 */
export function contentHash(recordJson: string): string {
  return hash('sha256', recordJson, 'hex').slice(0, 32);
}
