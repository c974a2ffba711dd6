/**
 * The concepts the counterpart engine knows: the hand-curated glossary (catalog/search/glossary.json)
 * joined with the learned term pairs (learned-terms.json). A learned pair extends the glossary concept
 * one of its sides already names, or becomes a concept of its own; the glossary wins on any conflict
 * (gen-terms.ts drops contradicted pairs). Every concept has a label in en, zh-Hant and zh-Hans.
 */
import type { LocalizedText } from '../../catalog-schema';
import { getGlossary } from '../search/glossary';
import { lightStem } from '../search/tokenize';
import learnedTerms from './learned-terms.json';

export interface ConceptLabel {
  id: string;
  label: Required<Pick<LocalizedText, 'en' | 'zh-Hant' | 'zh-Hans'>>;
  origin: 'glossary' | 'learned';
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
  for (const pair of learnedTerms.pairs) {
    const id = pair.concept ?? `learned:${pair.en}`;
    if (!concepts.has(id)) {
      concepts.set(id, {
        id,
        label: { en: pair.en, 'zh-Hant': pair.zhHant, 'zh-Hans': pair.zhHans },
        origin: 'learned',
      });
    }
    // Glossary entries keep their concept: a learned pair only fills what the glossary leaves open.
    if (!byWords.has(pair.en)) byWords.set(lightStem(pair.en), id);
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
