/** Finished previews on disk, keyed by what was fetched, for a configurable time. Errors are never cached. */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

export class PreviewCache {
  constructor(
    private readonly dir: string,
    private readonly ttlSeconds: number,
  ) {}

  private pathFor(key: string): string {
    return join(this.dir, `${createHash('sha256').update(key).digest('hex')}.json`);
  }

  async get<T>(key: string): Promise<T | undefined> {
    if (this.ttlSeconds <= 0) return undefined;
    try {
      const entry = JSON.parse(await readFile(this.pathFor(key), 'utf8')) as { storedAt: number; value: T };
      return Date.now() - entry.storedAt < this.ttlSeconds * 1000 ? entry.value : undefined;
    } catch {
      return undefined;
    }
  }

  async set(key: string, value: unknown): Promise<void> {
    if (this.ttlSeconds <= 0) return;
    await mkdir(this.dir, { recursive: true });
    const path = this.pathFor(key);
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify({ storedAt: Date.now(), value }));
    await rename(temporary, path);
  }
}
