/**
 * Builds the FTS5 MATCH expression for a user's query. Every term becomes a quoted phrase made of
 * folded letters and digits only, so quotes, operators, control characters and emoji in user text
 * can never reach FTS5. A term that names a glossary concept matches any of the concept's terms.
 */
import { SEARCH_LIMITS } from '../../catalog-schema/api/search-limits';
import { CatalogError } from '../errors';
import { getGlossary, type Concept } from './glossary';
import { lightStem, phraseFor, pieces, type Piece } from './tokenize';

// The API contract's bounds on q (one definition).
export const MAX_QUERY_CHARS = SEARCH_LIMITS.maxQueryChars;
export const MAX_QUERY_TERMS = SEARCH_LIMITS.maxQueryTerms;

/** A term of the query: the alternatives any of which satisfies it. */
export interface QueryTerm {
  text: string;
  concept?: string;
  alternatives: Piece[][];
  stopword: boolean;
}

function conceptTerm(text: string, concept: Concept): QueryTerm {
  return { text, concept: concept.id, alternatives: concept.alternatives, stopword: false };
}

function plainTerm(piece: Piece, stopwords: Set<string>): QueryTerm {
  return { text: piece.text, alternatives: [[piece]], stopword: stopwords.has(piece.text) };
}

/** Longest glossary match inside a Han run; unmatched stretches become plain terms. */
function hanTerms(run: string): QueryTerm[] {
  const { byHan, maxHanChars, stopwords } = getGlossary();
  const chars = Array.from(run);
  const terms: QueryTerm[] = [];
  let pending = '';
  const flush = () => {
    if (pending) terms.push(plainTerm({ text: pending, han: true }, stopwords));
    pending = '';
  };
  for (let i = 0; i < chars.length;) {
    let matched = false;
    for (let length = Math.min(maxHanChars, chars.length - i); length >= 2; length--) {
      const candidate = chars.slice(i, i + length).join('');
      const concept = byHan.get(candidate);
      if (concept) {
        flush();
        terms.push(conceptTerm(candidate, concept));
        i += length;
        matched = true;
        break;
      }
    }
    if (!matched) pending += chars[i++];
  }
  flush();
  return terms;
}

/** Splits a query into terms, matching the longest glossary phrases first. */
export function parseQuery(query: string): QueryTerm[] {
  if (query.length > MAX_QUERY_CHARS) {
    throw new CatalogError('query_too_long', `q is ${query.length} characters; at most ${MAX_QUERY_CHARS}`);
  }
  const { byWords, maxWords, stopwords } = getGlossary();
  const queryPieces = pieces(query);
  const terms: QueryTerm[] = [];
  for (let i = 0; i < queryPieces.length;) {
    const piece = queryPieces[i]!;
    if (piece.han) {
      terms.push(...hanTerms(piece.text));
      i++;
      continue;
    }
    let matched = false;
    for (let count = Math.min(maxWords, queryPieces.length - i); count >= 1; count--) {
      const words = queryPieces.slice(i, i + count);
      if (words.some((word) => word.han)) continue;
      const concept = byWords.get(words.map((word) => lightStem(word.text)).join(' '));
      if (concept) {
        terms.push(conceptTerm(words.map((word) => word.text).join(' '), concept));
        i += count;
        matched = true;
        break;
      }
    }
    if (!matched) terms.push(plainTerm(queryPieces[i++]!, stopwords));
  }
  const meaningful = terms.filter((term) => !term.stopword);
  const kept = meaningful.length ? meaningful : terms;
  if (kept.length > MAX_QUERY_TERMS) {
    throw new CatalogError('invalid_query', `q has ${kept.length} terms; at most ${MAX_QUERY_TERMS}`);
  }
  return kept;
}

/** Consecutive words form one phrase; a Han run is its own phrase; the parts must all match. */
function alternativeExpression(alternative: Piece[]): string {
  const parts: string[] = [];
  let words: string[] = [];
  const flushWords = () => {
    if (words.length) parts.push(phraseFor({ text: words.join(' '), han: false }));
    words = [];
  };
  for (const piece of alternative) {
    if (piece.han) {
      flushWords();
      parts.push(phraseFor(piece));
    } else {
      words.push(piece.text);
    }
  }
  flushWords();
  return parts.length === 1 ? parts[0]! : `(${parts.join(' AND ')})`;
}

/** The FTS5 tokens of an alternative that is one phrase: a Han run (bigrams) or a run of words. */
function phraseTokens(alternative: Piece[]): string[] | undefined {
  if (alternative.every((piece) => !piece.han)) return alternative.map((piece) => lightStem(piece.text));
  if (alternative.length !== 1) return undefined;
  const phrase = phraseFor(alternative[0]!);
  return phrase.endsWith('*') ? undefined : phrase.slice(1, -1).split(' ');
}

const containsRun = (longer: string[], shorter: string[]) =>
  shorter.length < longer.length &&
  longer.some((_, start) => shorter.every((token, offset) => longer[start + offset] === token));

/**
 * An alternative that contains another as a contiguous run of tokens can only match where that one
 * already does (停车场 where 停车 does, "parking space" where "parking" does): dropping it leaves the
 * matches unchanged and saves FTS5 the phrase work.
 */
function withoutSubsumed(alternatives: Piece[][], typed: string): Piece[][] {
  const tokens = alternatives.map(phraseTokens);
  // What the user typed always stays: it matches nothing new, but it ranks the exact phrase first.
  const typedTokens = phraseTokens(pieces(typed))?.join(' ');
  return alternatives.filter((_, index) => {
    const mine = tokens[index];
    if (!mine || mine.join(' ') === typedTokens) return true;
    return !tokens.some((other, otherIndex) => otherIndex !== index && other && containsRun(mine, other));
  });
}

function termExpression(term: QueryTerm): string {
  const alternatives = [...new Set(withoutSubsumed(term.alternatives, term.text).map(alternativeExpression))];
  return alternatives.length === 1 ? alternatives[0]! : `(${alternatives.join(' OR ')})`;
}

/** The MATCH expression, or null when the query has nothing to search for. */
export function buildMatchExpression(query: string): string | null {
  const terms = parseQuery(query);
  return terms.length ? terms.map(termExpression).join(' AND ') : null;
}
