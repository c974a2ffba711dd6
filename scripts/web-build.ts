/**
 * `npm start` serves the explorer from web/dist: this builds it (vite, offline, about a second) when the
 * build is missing or older than any of its sources, so a fresh clone or a pull needs no extra command.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const WEB = join(__dirname, '../web');
const BUILT = join(WEB, 'dist/index.html');
const SOURCES = ['src', 'public', 'index.html', 'vite.config.mts'].map((name) => join(WEB, name));

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newestChange(join(path, name))));
}

export function webBuildIsStale(): boolean {
  if (!existsSync(BUILT)) return true;
  const built = statSync(BUILT).mtimeMs;
  return SOURCES.some((source) => existsSync(source) && newestChange(source) > built);
}

export function buildWeb(): void {
  const vite = join(dirname(require.resolve('vite/package.json')), 'bin/vite.js');
  const run = spawnSync(
    process.execPath,
    [vite, 'build', '--config', join(WEB, 'vite.config.mts'), '--logLevel', 'warn'],
    {
      stdio: 'inherit',
    },
  );
  if (run.status !== 0) throw new Error(`building the web explorer failed (vite exited with ${run.status})`);
}
