/**
 * The concepts the counterpart engine knows: the hand-curated glossary (catalog/search/glossary.json) and
 * this module's own curated concepts (concepts.json), joined with the learned term pairs (learned-terms.json). A learned pair extends the glossary concept
 * one of its sides already names, or becomes a concept of its own; the glossary wins on any conflict
 * (gen-terms.ts drops contradicted pairs). Every concept has a label in en, zh-Hant and zh-Hans.
 */
import type { LocalizedText } from '../../catalog-schema';
import { getGlossary } from '../search/glossary';
import { lightStem, pieces } from '../search/tokenize';
import curated from './concepts.json';
import learnedTerms from './learned-terms.json';

export interface ConceptLabel {
  id: string;
  label: Required<Pick<LocalizedText, 'en' | 'zh-Hant' | 'zh-Hans'>>;
  origin: 'glossary' | 'curated' | 'learned';
}

export interface Lexicon {
  concepts: Map<string, ConceptLabel>;
  /** Stemmed English words, space-joined → concept id. */
  byWords: Map<string, string>;
  maxWords: number;
  /** Folded (Simplified) Han terms → concept id. */
  byHan: Map<string, string>;
  maxHanChars: number;
  stopwords: Set<string>;
}

function loadLexicon(): Lexicon {
  const glossary = getGlossary();
  const concepts = new Map<string, ConceptLabel>();
  for (const concept of glossary.concepts) {
    const label = (learnedTerms.conceptLabels as Record<string, ConceptLabel['label']>)[concept.id];
    if (label) concepts.set(concept.id, { id: concept.id, label, origin: 'glossary' });
  }
  const byWords = new Map([...glossary.byWords].map(([words, concept]) => [words, concept.id]));
  const byHan = new Map([...glossary.byHan].map(([term, concept]) => [term, concept.id]));
  let { maxWords, maxHanChars } = glossary;
  for (const entry of curated.concepts) {
    concepts.set(entry.id, { id: entry.id, label: entry.label, origin: 'curated' });
    for (const term of [...entry.en, ...entry.zh]) {
      const termPieces = pieces(term);
      if (!termPieces.length) continue;
      if (termPieces.every((piece) => !piece.han)) {
        const key = termPieces.map((piece) => lightStem(piece.text)).join(' ');
        if (!byWords.has(key)) byWords.set(key, entry.id);
        maxWords = Math.max(maxWords, termPieces.length);
      } else if (termPieces.length === 1 && !byHan.has(termPieces[0]!.text)) {
        byHan.set(termPieces[0]!.text, entry.id);
        maxHanChars = Math.max(maxHanChars, Array.from(termPieces[0]!.text).length);
      }
    }
  }
  for (const pair of learnedTerms.pairs) {
    const id = pair.concept ?? `learned:${pair.en}`;
    if (!concepts.has(id)) {
      concepts.set(id, {
        id,
        label: { en: pair.enWord, 'zh-Hant': pair.zhHant, 'zh-Hans': pair.zhHans },
        origin: 'learned',
      });
    }
    // Curated entries keep their concept: a learned pair only fills what they leave open.
    if (!byWords.has(pair.en)) byWords.set(pair.en, id);
    if (!byHan.has(pair.zhHans)) byHan.set(pair.zhHans, id);
    maxHanChars = Math.max(maxHanChars, Array.from(pair.zhHans).length);
    maxWords = Math.max(maxWords, 1);
  }
  return { concepts, byWords, maxWords, byHan, maxHanChars, stopwords: glossary.stopwords };
}

let lexicon: Lexicon | undefined;

export function getLexicon(): Lexicon {
  lexicon ??= loadLexicon();
  return lexicon;
}
