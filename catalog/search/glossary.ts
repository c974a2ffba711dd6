/** Loads glossary.json into lookup tables keyed by folded text, for query expansion across languages. */
import glossaryFile from './glossary.json';
import { lightStem, pieces, type Piece } from './tokenize';

export interface Concept {
  id: string;
  /** Every term of the concept, each as the pieces a query or the index would see. */
  alternatives: Piece[][];
}

export interface Glossary {
  concepts: Concept[];
  /** Stemmed English words (space-joined) → concept. */
  byWords: Map<string, Concept>;
  maxWords: number;
  /** Folded Han terms → concept. */
  byHan: Map<string, Concept>;
  maxHanChars: number;
  stopwords: Set<string>;
}

function loadGlossary(): Glossary {
  const byWords = new Map<string, Concept>();
  const byHan = new Map<string, Concept>();
  let maxWords = 1;
  let maxHanChars = 1;
  const concepts = glossaryFile.concepts.map((entry) => {
    const concept: Concept = { id: entry.id, alternatives: [] };
    const seen = new Set<string>();
    for (const term of [...entry.en, ...entry.zh]) {
      const termPieces = pieces(term);
      const key = termPieces.map((piece) => piece.text).join(' ');
      if (!termPieces.length || seen.has(key)) continue;
      seen.add(key);
      concept.alternatives.push(termPieces);
      if (termPieces.every((piece) => !piece.han)) {
        byWords.set(termPieces.map((piece) => lightStem(piece.text)).join(' '), concept);
        maxWords = Math.max(maxWords, termPieces.length);
      } else if (termPieces.length === 1) {
        byHan.set(key, concept);
        maxHanChars = Math.max(maxHanChars, Array.from(key).length);
      }
    }
    return concept;
  });
  const stopwords = new Set(glossaryFile.stopwords.words.flatMap((word) => pieces(word).map((p) => p.text)));
  return { concepts, byWords, maxWords, byHan, maxHanChars, stopwords };
}

let glossary: Glossary | undefined;

export function getGlossary(): Glossary {
  glossary ??= loadGlossary();
  return glossary;
}
