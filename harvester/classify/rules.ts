/**
 * Loads the area rules (data files beside this one) into one ordered list of compiled rules: category
 * rules, then keyword rules, then publisher hints (which only fire when nothing else did).
 */
import { foldText } from '../../catalog';
import { isAreaId, type AreaId } from '../../catalog-schema';
import categoriesFile from './rules/categories.json';
import keywordsFile from './rules/keywords.json';
import publishersFile from './rules/publishers.json';

export interface RuleConditions {
  /** `<scheme>:<category id>`; any of them. */
  category?: string[];
  /** Terms looked for in the title and keywords. */
  title?: string[];
  /** Terms looked for in the title, keywords and description. */
  text?: string[];
  /** A publisher id, or text inside the publisher's name. */
  publisher?: string[];
}

export interface AreaRule {
  id: string;
  effect: 'add' | 'remove';
  areas: AreaId[];
  when: RuleConditions;
  /** Publisher hints: only when no other rule fired for the record. */
  fallback?: boolean;
}

export interface TermMatcher {
  (foldedText: string): boolean;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Han terms match anywhere; other terms match whole words (plural s/es allowed; a trailing * any ending). */
export function compileTerms(terms: readonly string[]): TermMatcher {
  const han: string[] = [];
  const words: string[] = [];
  for (const term of terms) {
    const folded = foldText(term.trim());
    if (/\p{Script=Han}/u.test(folded)) han.push(folded);
    else if (folded.endsWith('*')) words.push(`${escapeRegex(folded.slice(0, -1))}[\\p{L}\\p{N}]*`);
    else words.push(`${escapeRegex(folded)}(?:e?s)?`);
  }
  const wordPattern = words.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{N}])`, 'u')
    : undefined;
  return (text) => han.some((term) => text.includes(term)) || (wordPattern?.test(text) ?? false);
}

function areasOf(values: readonly string[], where: string): AreaId[] {
  for (const value of values) {
    if (!isAreaId(value)) throw new Error(`${where}: unknown area "${value}"`);
  }
  return values as AreaId[];
}

export function loadRules(): AreaRule[] {
  const categoryRules = Object.entries(categoriesFile.map)
    .filter(([, areas]) => areas.length > 0)
    .map(([category, areas]): AreaRule => ({
      id: `category:${category}`,
      effect: 'add',
      areas: areasOf(areas, `categories.json ${category}`),
      when: { category: [category] },
    }));
  const keywordRules = keywordsFile.rules.map((rule): AreaRule => ({
    id: rule.id,
    effect: rule.effect as AreaRule['effect'],
    areas: areasOf(rule.areas, `keywords.json ${rule.id}`),
    when: rule.when,
  }));
  const publisherRules = Object.entries(publishersFile.map).map(([publisher, areas]): AreaRule => ({
    id: `publisher:${publisher}`,
    effect: 'add',
    areas: areasOf(areas, `publishers.json ${publisher}`),
    when: { publisher: [publisher] },
    fallback: true,
  }));
  return [...categoryRules, ...keywordRules, ...publisherRules];
}
