/**
 * `npm run eval:twins [-- --db <path>] [--errors]`: recall@5 and MRR of the counterpart engine on
 * fixtures/eval/twins.jsonl, HK→SH and SH→HK, dev and test apart. `--errors` lists the dev part's misses
 * only: the test part is for scoring, never for looking at item by item.
 */
import { dbArgument, openFixtureCatalogue } from './fixture-catalogue';
import { readTwins } from './sets';
import { DIRECTIONS, relatedFromCounterparts, scoreTwins, TWIN_MRR_DEPTH, type TwinsReport } from './twins';

export function formatTwinsReport(report: TwinsReport, engine: string): string {
  const lines = [
    `Counterparts (${engine}) on fixtures/eval/twins.jsonl: recall@5 and MRR (first ${TWIN_MRR_DEPTH})`,
    '',
    'part  direction  pairs  recall@5  MRR    errors',
  ];
  for (const split of ['dev', 'test'] as const) {
    for (const direction of DIRECTIONS) {
      const s = report[split][direction];
      lines.push(
        `${split.padEnd(5)} ${(direction === 'hkToSh' ? 'HK→SH' : 'SH→HK').padEnd(10)} ${String(s.pairs).padStart(5)}  ` +
          `${s.recallAt5.toFixed(3).padStart(8)}  ${s.mrr.toFixed(3)}  ${String(s.errors).padStart(6)}`,
      );
    }
  }
  lines.push('', 'target on the test part: recall@5 ≥ 0.800 in both directions');
  return lines.join('\n');
}

async function main(argv: readonly string[]): Promise<void> {
  const fixture = await openFixtureCatalogue(dbArgument(argv));
  try {
    const report = await scoreTwins(readTwins(), relatedFromCounterparts(fixture.catalogue.counterparts));
    console.log(formatTwinsReport(report, 'catalogue.counterparts.related()'));
    if (argv.includes('--errors')) {
      console.log('\nMisses of the dev part:');
      for (const miss of report.misses.dev) {
        console.log(
          `${miss.direction} ${miss.topic}: asked ${miss.asked}, wanted ${miss.wanted.join(' ')}\n` +
            `  got ${miss.got.slice(0, 5).join(' ') || '(nothing)'}${miss.error ? `\n  error: ${miss.error}` : ''}`,
        );
      }
    }
  } finally {
    fixture.close();
  }
}

if (require.main === module) void main(process.argv.slice(2));
