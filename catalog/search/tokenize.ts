/**
 * Turns folded text into the tokens the FTS5 index stores, and query text into safe FTS5 phrases.
 * Chinese has no spaces, so a run of Han characters is indexed as overlapping bigrams (公交车 → 公交 交车)
 * plus its last character alone: any two-character word is one token, any longer word a phrase of
 * bigrams, and any single character a prefix of some token. Other scripts are indexed as words,
 * plural-folded here and then stemmed by FTS5's porter tokenizer (which alone stems bus → bu but
 * buses → buse), so English is case- and plural-insensitive on both sides.
 */
import { foldText } from './fold';

export interface Piece {
  text: string;
  han: boolean;
}

const isHan = (code: number) =>
  (code >= 0x4e00 && code <= 0x9fff) ||
  (code >= 0x3400 && code <= 0x4dbf) ||
  (code >= 0xf900 && code <= 0xfaff) ||
  (code >= 0x20000 && code <= 0x2ffff);
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const isWordChar = (code: number, char: string) =>
  (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) || (code > 0x7f && WORD_CHAR.test(char));

/**
 * Folds and splits text into Han runs and words, dropping punctuation, symbols and control characters.
 * One pass over code points: this runs on every field of every record harvested.
 */
export function pieces(text: string): Piece[] {
  return foldedPieces(foldText(text));
}

/** pieces() of text that is already folded. */
function foldedPieces(folded: string): Piece[] {
  const out: Piece[] = [];
  let current = '';
  let currentHan = false;
  const flush = () => {
    if (current) out.push({ text: current, han: currentHan });
    current = '';
  };
  for (const char of folded) {
    const code = char.codePointAt(0)!;
    if (isHan(code)) {
      if (!currentHan) flush();
      currentHan = true;
      current += char;
    } else if (isWordChar(code, char)) {
      if (currentHan) flush();
      currentHan = false;
      current += char;
    } else {
      flush();
    }
  }
  flush();
  return out;
}

/** Folds English plurals: buses → bus, facilities → facility, parks → park. */
export function lightStem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:s|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function hanTokens(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length === 1) return chars;
  const tokens: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
  tokens.push(chars[chars.length - 1]!);
  return tokens;
}

/**
 * The index text of several versions of one field (its languages): each distinct folded version once, so
 * 繁 and 简 texts that fold to the same words are neither stored twice nor counted twice by bm25.
 */
export function indexVariants(texts: readonly (string | undefined)[]): string {
  const folded = new Set(texts.filter((text): text is string => !!text).map(foldText));
  return [...folded]
    .flatMap((text) => foldedPieces(text))
    .flatMap((piece) => (piece.han ? hanTokens(piece.text) : [lightStem(piece.text)]))
    .join(' ');
}

/** One FTS5 phrase matching the piece wherever it occurs; always quoted, so no operator can get through. */
export function phraseFor(piece: Piece): string {
  const chars = Array.from(piece.text);
  if (piece.han && chars.length === 1) return `"${piece.text}"*`;
  if (piece.han) return `"${hanTokens(piece.text).slice(0, -1).join(' ')}"`;
  return `"${piece.text.split(' ').map(lightStem).join(' ')}"`;
}
