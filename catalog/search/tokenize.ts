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

const OTHER = 0;
const WORD = 1;
const HAN = 2;
/** What each BMP character beyond ASCII is, filled in as met: the regex is too slow to run per character. */
const nonAsciiKinds = new Uint8Array(0x10000);

function kindOf(code: number): number {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39) ? WORD : OTHER;
  if (isHan(code)) return HAN;
  if (code > 0xffff) return WORD_CHAR.test(String.fromCodePoint(code)) ? WORD : OTHER;
  let known = nonAsciiKinds[code]!;
  if (!known) {
    known = WORD_CHAR.test(String.fromCharCode(code)) ? WORD + 1 : OTHER + 1;
    nonAsciiKinds[code] = known;
  }
  return known - 1;
}

/**
 * Calls `piece` with the bounds of each run of Han characters or of word characters in folded text,
 * skipping punctuation, symbols and control characters. One pass over code points, no copies: this runs
 * on every field of every record harvested.
 */
function scanPieces(folded: string, piece: (start: number, end: number, han: boolean) => void): void {
  let start = -1;
  let han = false;
  for (let at = 0; at < folded.length;) {
    const code = folded.codePointAt(at)!;
    const kind = kindOf(code);
    if (start >= 0 && (kind === OTHER || (kind === HAN) !== han)) {
      piece(start, at, han);
      start = -1;
    }
    if (kind !== OTHER && start < 0) {
      start = at;
      han = kind === HAN;
    }
    at += code > 0xffff ? 2 : 1;
  }
  if (start >= 0) piece(start, folded.length, han);
}

/** Folds and splits text into Han runs and words. */
export function pieces(text: string): Piece[] {
  const folded = foldText(text);
  const out: Piece[] = [];
  scanPieces(folded, (start, end, han) => out.push({ text: folded.slice(start, end), han }));
  return out;
}

/** Folds English plurals: buses → bus, facilities → facility, parks → park. */
export function lightStem(word: string): string {
  if (word.length <= 3 || word.charCodeAt(word.length - 1) !== 0x73 /* s */) return word;
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(?:s|x|ch|sh)es$/.test(word)) return word.slice(0, -2);
  if (!word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Overlapping bigrams of a Han run plus its last character alone, each passed to `token`. */
function hanTokens(run: string, token: (text: string) => void): void {
  let previous = -1;
  for (let at = 0; at < run.length;) {
    const next = at + (run.charCodeAt(at) >= 0xd800 && run.charCodeAt(at) <= 0xdbff ? 2 : 1);
    if (previous >= 0) token(run.slice(previous, next));
    previous = at;
    at = next;
  }
  if (previous >= 0) token(run.slice(previous));
}

/**
 * The index text of several versions of one field (its languages): each distinct folded version once, so
 * 繁 and 简 texts that fold to the same words are neither stored twice nor counted twice by bm25.
 */
export function indexVariants(texts: readonly (string | undefined)[]): string {
  const tokens: string[] = [];
  const push = (token: string) => tokens.push(token);
  const seen = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    const folded = foldText(text);
    if (seen.has(folded)) continue;
    seen.add(folded);
    scanPieces(folded, (start, end, han) => {
      const piece = folded.slice(start, end);
      if (han) hanTokens(piece, push);
      else tokens.push(lightStem(piece));
    });
  }
  return tokens.join(' ');
}

/** One FTS5 phrase matching the piece wherever it occurs; always quoted, so no operator can get through. */
export function phraseFor(piece: Piece): string {
  const chars = Array.from(piece.text);
  if (piece.han && chars.length === 1) return `"${piece.text}"*`;
  if (piece.han) {
    const tokens: string[] = [];
    hanTokens(piece.text, (token) => tokens.push(token));
    return `"${tokens.slice(0, -1).join(' ')}"`;
  }
  return `"${piece.text.split(' ').map(lightStem).join(' ')}"`;
}
