/**
 * `npm run harvest -- [--source datagovhk|csdi|datash]... [--endpoint <source>=<baseUrl>]...
 *   [--file datash=<path|url>] [--offline] [--dry-run] [--db <path>] [--mode full|incremental|auto]
 *   [--grace-days <n>] [--rate <requests per second per host, 0 = no limit>] [--json]`
 * Prints a summary line per source (with --json: the full results as JSON, for scripts); progress goes
 * to stderr. Exits 1 when a source failed, 2 on bad arguments.
 */
import { SingleBar, Presets } from 'cli-progress';
import { parseArgs } from 'node:util';
import { defaultDbPath } from '../catalog';
import { runCli } from '../catalog/run-cli';
import { harvest } from './harvest';
import { summarize } from './run';
import { isSourceName, SOURCE_NAMES, type SourceName } from './sources/registry';

class UsageError extends Error {
  readonly code = 'usage';
}

function pairs(values: string[] | undefined, flag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values ?? []) {
    const [name, ...rest] = value.split('=');
    const target = rest.join('=');
    if (!name || !target || !isSourceName(name)) {
      throw new UsageError(
        `${flag} takes <source>=<value> with a source among ${SOURCE_NAMES.join(', ')}; got "${value}"`,
      );
    }
    out[name] = target;
  }
  return out;
}

function progressReporter(): ((source: string, done: number, total: number) => void) & { stop(): void } {
  if (process.stderr.isTTY) {
    let bar: SingleBar | undefined;
    let current = '';
    const report = (source: string, done: number, total: number) => {
      if (source !== current) {
        bar?.stop();
        bar = new SingleBar(
          { format: `${source.padEnd(10)} [{bar}] {value}/{total}`, stream: process.stderr },
          Presets.shades_classic,
        );
        bar.start(total, 0);
        current = source;
      }
      bar!.setTotal(total);
      bar!.update(done);
    };
    return Object.assign(report, { stop: () => bar?.stop() });
  }
  let lastLine = 0;
  const report = (source: string, done: number, total: number) => {
    if (done === total || Date.now() - lastLine > 2000) {
      lastLine = Date.now();
      process.stderr.write(`${source}: ${done}/${total}\n`);
    }
  };
  return Object.assign(report, { stop: () => undefined });
}

runCli(async () => {
  const { values } = parseArgs({
    options: {
      source: { type: 'string', multiple: true },
      endpoint: { type: 'string', multiple: true },
      file: { type: 'string', multiple: true },
      offline: { type: 'boolean', default: false },
      'dry-run': { type: 'boolean', default: false },
      db: { type: 'string' },
      mode: { type: 'string', default: 'auto' },
      'grace-days': { type: 'string' },
      rate: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const sources = values.source?.map((name) => {
    if (!isSourceName(name))
      throw new UsageError(`--source must be one of ${SOURCE_NAMES.join(', ')}; got "${name}"`);
    return name as SourceName;
  });
  if (!['full', 'incremental', 'auto'].includes(values.mode!))
    throw new UsageError('--mode must be full, incremental or auto');
  const graceDays = values['grace-days'] === undefined ? undefined : Number(values['grace-days']);
  if (graceDays !== undefined && !(graceDays >= 0)) throw new UsageError('--grace-days must be a number ≥ 0');
  const rate = values.rate === undefined ? undefined : Number(values.rate);
  if (rate !== undefined && !(rate >= 0)) throw new UsageError('--rate must be a number ≥ 0 (0: no limit)');
  const progress = progressReporter();
  const results = await harvest({
    db: values.db ?? defaultDbPath(),
    sources,
    endpoints: pairs(values.endpoint, '--endpoint'),
    files: pairs(values.file, '--file'),
    offline: values.offline,
    dryRun: values['dry-run'],
    mode: values.mode as 'full' | 'incremental' | 'auto',
    graceDays,
    ...(rate !== undefined && { http: { requestsPerSecond: rate } }),
    onProgress: progress,
  });
  progress.stop();
  if (values.json) console.log(JSON.stringify(results, null, 2));
  else for (const result of results) console.log(summarize(result));
  return results.some((result) => result.status === 'failed') ? 1 : 0;
});
