/**
 * Tags a record with the HSODC smart-city areas: multi-label, from ordered rules (see rules/), each
 * decision carrying the id of the rule that made it. Pure: the same record always gets the same areas.
 */
import { allLanguages, foldText } from '../../catalog';
import type { AreaId, AreaReason, DatasetRecord } from '../../catalog-schema';
import { compileTerms, loadRules, type AreaRule, type TermMatcher } from './rules';

export type ClassifiableRecord = Pick<DatasetRecord, 'title' | 'categories' | 'publisher' | 'keywords'> &
  Partial<Pick<DatasetRecord, 'description'>>;

export interface Classification {
  areas: AreaId[];
  reasons: AreaReason[];
}

interface CompiledRule {
  rule: AreaRule;
  matches(facts: RecordFacts): boolean;
}

interface RecordFacts {
  categories: Set<string>;
  title: string;
  text: string;
  publisherId: string;
  publisherName: string;
}

function factsOf(record: ClassifiableRecord): RecordFacts {
  const title = foldText(`${allLanguages(record.title)} \n ${record.keywords.join(' \n ')}`);
  return {
    categories: new Set(record.categories.map((category) => `${category.scheme}:${category.id}`)),
    title,
    text: `${title} \n ${foldText(allLanguages(record.description))}`,
    publisherId: record.publisher.id,
    publisherName: foldText(allLanguages(record.publisher.name)),
  };
}

function compile(rule: AreaRule): CompiledRule {
  const checks: ((facts: RecordFacts) => boolean)[] = [];
  const { category, title, text, publisher } = rule.when;
  if (category) checks.push((facts) => category.some((id) => facts.categories.has(id)));
  if (title) {
    const matcher: TermMatcher = compileTerms(title);
    checks.push((facts) => matcher(facts.title));
  }
  if (text) {
    const matcher: TermMatcher = compileTerms(text);
    checks.push((facts) => matcher(facts.text));
  }
  if (publisher) {
    const names = publisher.map((entry) => foldText(entry));
    checks.push((facts) =>
      publisher.some((id, index) => facts.publisherId === id || facts.publisherName.includes(names[index]!)),
    );
  }
  if (!checks.length) throw new Error(`area rule ${rule.id} has no condition`);
  return { rule, matches: (facts) => checks.every((check) => check(facts)) };
}

export function createClassifier(
  rules: readonly AreaRule[] = loadRules(),
): (record: ClassifiableRecord) => Classification {
  const compiled = rules.map(compile);
  return (record) => {
    const facts = factsOf(record);
    const areas = new Set<AreaId>();
    const reasons: AreaReason[] = [];
    for (const { rule, matches } of compiled) {
      if (rule.fallback && reasons.length) continue;
      if (!matches(facts)) continue;
      for (const area of rule.areas) {
        const changes = rule.effect === 'add' ? !areas.has(area) : areas.has(area);
        if (!changes) continue;
        if (rule.effect === 'add') areas.add(area);
        else areas.delete(area);
        reasons.push({ area, effect: rule.effect, rule: rule.id });
      }
    }
    return { areas: [...areas].sort(), reasons };
  };
}
