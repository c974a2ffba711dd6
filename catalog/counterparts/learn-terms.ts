/**
 * Learns English ⇄ Chinese term pairs from aligned texts (DATA.GOV.HK's English and 繁體 title of one
 * dataset): English words and Han n-grams that occur in the same aligned units far more often than apart,
 * by the Dice coefficient, kept only when each is the other's best partner (competitive linking) and seen
 * together often enough. Han n-grams count as words only when their neighbours vary on both sides
 * (accessor variety, over the aligned and any further Chinese text). Pure: texts in, pairs with evidence out.
 */
import { toSimplified } from '../search/fold';
import { lightStem, pieces } from '../search/tokenize';

export interface AlignedUnit {
  /** The dataset the unit comes from, kept as evidence. */
  datasetId: string;
  en: string;
  zh: string;
}

export interface LearnSettings {
  /** Units in which both must occur together. */
  minJoint: number;
  minDice: number;
  /** Han n-gram lengths considered. */
  minHanChars: number;
  maxHanChars: number;
  /** English words and Han terms never paired (words that say nothing about the data). */
  stopwords: ReadonlySet<string>;
  /** Evidence kept per pair. */
  examples: number;
  /**
   * Distinct characters (or run edges) a term must be seen next to on each side: a fragment that
   * straddles two words (產活 of 生產活動) always has the same neighbour, a word has several.
   */
  minVariety: number;
}

export interface LearnedPair {
  /** Stemmed English word (as the engine matches it), and as first written. */
  en: string;
  enWord: string;
  /** The Han term folded to Simplified, and as first written in the Traditional corpus. */
  zhHans: string;
  zhHant: string;
  joint: number;
  enCount: number;
  zhCount: number;
  dice: number;
  examples: string[];
}

const ENGLISH_WORD = /^[a-z][a-z-]{2,}$/;
/** Particles and conjunctions that end or join words: no term contains them. */
const GRAMMAR_CHAR = /[的及和与或之]/;

function englishWords(
  text: string,
  stopwords: ReadonlySet<string>,
  surface: Map<string, string>,
): Set<string> {
  const words = new Set<string>();
  for (const piece of pieces(text)) {
    if (piece.han) continue;
    const word = lightStem(piece.text);
    if (!ENGLISH_WORD.test(word) || stopwords.has(word) || stopwords.has(piece.text)) continue;
    words.add(word);
    if (!surface.has(word)) surface.set(word, piece.text);
  }
  return words;
}

/** Han n-grams of the folded text, each with the Traditional spelling it had at first sight. */
function hanTerms(
  text: string,
  settings: LearnSettings,
  spelling: Map<string, string>,
  wordLike?: ReadonlySet<string>,
): Set<string> {
  const terms = new Set<string>();
  // Runs in the original script, so the Traditional spelling can be kept; folding is per character.
  const runs = text.normalize('NFKC').match(HAN_RUN) ?? [];
  for (const run of runs) {
    const chars = Array.from(run);
    for (let length = settings.minHanChars; length <= settings.maxHanChars; length++) {
      for (let start = 0; start + length <= chars.length; start++) {
        const original = chars.slice(start, start + length).join('');
        const folded = toSimplified(original);
        if (
          settings.stopwords.has(folded) ||
          GRAMMAR_CHAR.test(folded) ||
          (wordLike && !wordLike.has(folded))
        )
          continue;
        terms.add(folded);
        if (!spelling.has(folded)) spelling.set(folded, original);
      }
    }
  }
  return terms;
}

const round = (value: number) => Math.round(value * 1000) / 1000;
const HAN_RUN = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+/g;

/** Folded n-grams whose left and right neighbours (a run's edge counts once per edge) vary enough. */
function wordLikeTerms(texts: readonly string[], settings: LearnSettings): Set<string> {
  const left = new Map<string, Set<string>>();
  const right = new Map<string, Set<string>>();
  const note = (table: Map<string, Set<string>>, term: string, neighbour: string) => {
    let seen = table.get(term);
    if (!seen) table.set(term, (seen = new Set()));
    if (seen.size < settings.minVariety) seen.add(neighbour === '' ? `edge${seen.size}` : neighbour);
  };
  for (const text of texts) {
    for (const run of toSimplified(text.normalize('NFKC')).match(HAN_RUN) ?? []) {
      const chars = Array.from(run);
      for (let length = settings.minHanChars; length <= settings.maxHanChars; length++) {
        for (let start = 0; start + length <= chars.length; start++) {
          const term = chars.slice(start, start + length).join('');
          note(left, term, chars[start - 1] ?? '');
          note(right, term, chars[start + length] ?? '');
        }
      }
    }
  }
  const words = new Set<string>();
  for (const [term, neighbours] of left) {
    if (neighbours.size >= settings.minVariety && (right.get(term)?.size ?? 0) >= settings.minVariety)
      words.add(term);
  }
  return words;
}

export function learnTermPairs(
  units: readonly AlignedUnit[],
  settings: LearnSettings,
  /** Further Chinese text for the word test only (e.g. Shanghai's titles). */
  monolingual: readonly string[] = [],
): LearnedPair[] {
  const wordLike = wordLikeTerms([...units.map((unit) => unit.zh), ...monolingual], settings);
  const enCount = new Map<string, number>();
  const zhCount = new Map<string, number>();
  const joint = new Map<string, Map<string, string[]>>();
  const spelling = new Map<string, string>();
  const surface = new Map<string, string>();
  for (const unit of units) {
    const words = englishWords(unit.en, settings.stopwords, surface);
    const terms = hanTerms(unit.zh, settings, spelling, wordLike);
    for (const word of words) enCount.set(word, (enCount.get(word) ?? 0) + 1);
    for (const term of terms) zhCount.set(term, (zhCount.get(term) ?? 0) + 1);
    for (const word of words) {
      let row = joint.get(word);
      if (!row) joint.set(word, (row = new Map()));
      for (const term of terms) {
        const seen = row.get(term);
        if (seen) seen.push(unit.datasetId);
        else row.set(term, [unit.datasetId]);
      }
    }
  }
  const dice = (word: string, term: string, together: number) =>
    (2 * together) / (enCount.get(word)! + zhCount.get(term)!);
  // A shorter term wins a tie: n-grams that straddle two words (口統計於) tie with the word inside them,
  // and a term is matched inside longer Han runs anyway (普查 inside 人口普查).
  const better = (a: { dice: number; term: string }, b: { dice: number; term: string }) =>
    a.dice > b.dice + 1e-9 ||
    (Math.abs(a.dice - b.dice) <= 1e-9 &&
      (a.term.length < b.term.length || (a.term.length === b.term.length && a.term < b.term)));

  const bestTermOf = new Map<string, { term: string; dice: number; ids: string[] }>();
  const bestWordOf = new Map<string, { word: string; dice: number }>();
  for (const [word, row] of joint) {
    for (const [term, ids] of row) {
      if (ids.length < settings.minJoint) continue;
      const score = dice(word, term, ids.length);
      const currentTerm = bestTermOf.get(word);
      if (!currentTerm || better({ dice: score, term }, currentTerm))
        bestTermOf.set(word, { term, dice: score, ids });
      const currentWord = bestWordOf.get(term);
      if (
        !currentWord ||
        score > currentWord.dice + 1e-9 ||
        (Math.abs(score - currentWord.dice) <= 1e-9 && word < currentWord.word)
      )
        bestWordOf.set(term, { word, dice: score });
    }
  }
  const pairs: LearnedPair[] = [];
  for (const [word, best] of bestTermOf) {
    if (best.dice < settings.minDice) continue;
    // The term's best word may differ only by a shorter sub-term having been preferred; require the link.
    if (bestWordOf.get(best.term)?.word !== word) continue;
    pairs.push({
      en: word,
      enWord: surface.get(word)!,
      zhHans: best.term,
      zhHant: spelling.get(best.term)!,
      joint: best.ids.length,
      enCount: enCount.get(word)!,
      zhCount: zhCount.get(best.term)!,
      dice: round(best.dice),
      examples: [...new Set(best.ids)].sort().slice(0, settings.examples),
    });
  }
  return pairs.sort((a, b) => (a.en < b.en ? -1 : 1));
}
