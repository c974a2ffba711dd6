/**
 * A dataset's text as the counterpart engine sees it: concepts (glossary and learned, in any script),
 * English words (plural-folded) and Han bigrams (繁/简 folded), each counted with its field's weight.
 * Work is bounded: each field's text is cut to a few thousand characters and a few hundred pieces.
 */
import type { DatasetRecord, LocalizedText } from '../../catalog-schema';
import { lightStem, pieces, type Piece } from '../search/tokenize';
import { getLexicon, type Lexicon } from './lexicon';

/** Feature keys: `c:` a concept id, `w:` an English word, `h:` a Han bigram. */
export type FeatureCounts = Map<string, number>;

export interface TextFeatures {
  counts: FeatureCounts;
  concepts: Set<string>;
}

interface Field {
  texts: string[];
  weight: number;
  maxChars: number;
}

export const FIELD_LIMITS = {
  titleChars: 400,
  descriptionChars: 3000,
  keywordChars: 600,
  piecesPerField: 300,
};

const languages = (text: LocalizedText | undefined) =>
  text ? [text.en, text['zh-Hant'], text['zh-Hans']].filter((value): value is string => !!value) : [];

const NUMERIC = /^[0-9]+$/;

function addConceptsInHan(run: string, lexicon: Lexicon, add: (key: string) => void): void {
  const chars = Array.from(run);
  for (let at = 0; at < chars.length;) {
    let length = Math.min(lexicon.maxHanChars, chars.length - at);
    for (; length >= 2; length--) {
      const concept = lexicon.byHan.get(chars.slice(at, at + length).join(''));
      if (concept) {
        add(`c:${concept}`);
        break;
      }
    }
    at += length >= 2 ? length : 1;
  }
  for (let at = 0; at + 1 < chars.length; at++) add(`h:${chars[at]}${chars[at + 1]}`);
}

/** English words of consecutive pieces: the longest glossary phrase first, then each word alone. */
function addWords(words: Piece[], lexicon: Lexicon, add: (key: string) => void): void {
  const stems = words.map((word) => lightStem(word.text));
  for (let at = 0; at < stems.length;) {
    let matched = 0;
    for (let count = Math.min(lexicon.maxWords, stems.length - at); count >= 1; count--) {
      const concept = lexicon.byWords.get(stems.slice(at, at + count).join(' '));
      if (concept) {
        add(`c:${concept}`);
        matched = count;
        break;
      }
    }
    at += matched || 1;
  }
  for (const [index, stem] of stems.entries()) {
    const word = words[index]!.text;
    if (stem.length < 2 || NUMERIC.test(stem) || lexicon.stopwords.has(word)) continue;
    add(`w:${stem}`);
  }
}

function addField(field: Field, lexicon: Lexicon, counts: FeatureCounts): void {
  const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + field.weight);
  const seen = new Set<string>();
  for (const text of field.texts) {
    const found = pieces(text.slice(0, field.maxChars)).slice(0, FIELD_LIMITS.piecesPerField);
    const key = found.map((piece) => piece.text).join(' ');
    // 繁 and 简 versions of one text fold alike: count them once.
    if (seen.has(key)) continue;
    seen.add(key);
    let words: Piece[] = [];
    for (const piece of found) {
      if (!piece.han) {
        words.push(piece);
        continue;
      }
      addWords(words, lexicon, add);
      words = [];
      if (!lexicon.stopwords.has(piece.text)) addConceptsInHan(piece.text, lexicon, add);
    }
    addWords(words, lexicon, add);
  }
}

export function textFeatures(record: DatasetRecord): TextFeatures {
  const lexicon = getLexicon();
  const counts: FeatureCounts = new Map();
  const fields: Field[] = [
    { texts: languages(record.title), weight: 3, maxChars: FIELD_LIMITS.titleChars },
    {
      texts: [...record.keywords, ...record.categories.flatMap((category) => languages(category.label))],
      weight: 1,
      maxChars: FIELD_LIMITS.keywordChars,
    },
    { texts: languages(record.description), weight: 0.5, maxChars: FIELD_LIMITS.descriptionChars },
  ];
  // Keywords are many short texts: bound their number too.
  fields[1]!.texts = fields[1]!.texts.slice(0, 40);
  for (const field of fields) addField(field, lexicon, counts);
  const concepts = new Set(
    [...counts.keys()].filter((key) => key.startsWith('c:')).map((key) => key.slice(2)),
  );
  return { counts, concepts };
}

/** The features of a short free text (a twins topic), as the engine would see it in a title. */
export function topicFeatures(text: string): FeatureCounts {
  const counts: FeatureCounts = new Map();
  addField({ texts: [text], weight: 1, maxChars: FIELD_LIMITS.titleChars }, getLexicon(), counts);
  return counts;
}

/** Whether the title alone says anything (a title of digits or punctuation only does not). */
export function hasUsableTitle(record: DatasetRecord): boolean {
  return languages(record.title).some((text) =>
    pieces(text.slice(0, FIELD_LIMITS.titleChars)).some((piece) => piece.han || !NUMERIC.test(piece.text)),
  );
}
