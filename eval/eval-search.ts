/**
 * `npm run eval:search [-- --db <path>] [--errors]`: recall@10 and nDCG@10 of the search on
 * fixtures/eval/search-topics.jsonl per script (en, zh-Hant, zh-Hans), each query asked of each city, dev and
 * test apart. `--errors` lists the dev part's misses only: the test part is for scoring.
 */
import { dbArgument, openFixtureCatalogue } from './fixture-catalogue';
import { readSearchTopics, SCRIPTS } from './sets';
import { scoreSearch, searchFromCatalogue, type SearchReport } from './search';

export function formatSearchReport(report: SearchReport): string {
  const lines = [
    'Search on fixtures/eval/search-topics.jsonl: each query per city, recall@10 and nDCG@10',
    '',
    'part  script   queries  recall@10  nDCG@10  errors',
  ];
  for (const split of ['dev', 'test'] as const) {
    for (const script of SCRIPTS) {
      const s = report[split][script];
      lines.push(
        `${split.padEnd(5)} ${script.padEnd(8)} ${String(s.queries).padStart(7)}  ${s.recallAt10.toFixed(3).padStart(9)}  ` +
          `${s.ndcgAt10.toFixed(3).padStart(7)}  ${String(s.errors).padStart(6)}`,
      );
    }
  }
  lines.push('', 'target on the test part: recall@10 ≥ 0.900 in each script');
  return lines.join('\n');
}

async function main(argv: readonly string[]): Promise<void> {
  const fixture = await openFixtureCatalogue(dbArgument(argv));
  try {
    const report = scoreSearch(readSearchTopics(), searchFromCatalogue(fixture.catalogue.search));
    console.log(formatSearchReport(report));
    if (argv.includes('--errors')) {
      console.log('\nMisses of the dev part:');
      for (const miss of report.misses.dev) {
        console.log(
          `${miss.script} ${miss.city} "${miss.q}" (${miss.topic}): missing ${miss.missing.join(' ')}` +
            (miss.error ? `\n  error: ${miss.error}` : ''),
        );
      }
    }
  } finally {
    fixture.close();
  }
}

if (require.main === module) void main(process.argv.slice(2));
