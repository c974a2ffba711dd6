/**
 * A least-recently-used cache bounded in bytes whose entries hold for one data version only: the first
 * use with another version empties it, so nothing computed from old data is ever served.
 */
import { LRUCache } from 'lru-cache';

export class VersionedCache<Value extends object> {
  private version = '';
  private readonly entries: LRUCache<string, Value> | undefined;

  /** `maxBytes` 0 turns the cache off; `sizeOf` says roughly what an entry costs. */
  constructor(maxBytes: number, sizeOf: (value: Value, key: string) => number) {
    this.entries =
      maxBytes > 0
        ? new LRUCache({
            maxSize: maxBytes,
            sizeCalculation: (value, key) => Math.max(1, sizeOf(value, key)),
          })
        : undefined;
  }

  get(version: string, key: string): Value | undefined {
    return version === this.version ? this.entries?.get(key) : undefined;
  }

  set(version: string, key: string, value: Value): void {
    if (!this.entries) return;
    if (version !== this.version) {
      this.entries.clear();
      this.version = version;
    }
    this.entries.set(key, value);
  }

  /** Bytes held now (for tests and benchmarks). */
  get bytes(): number {
    return this.entries?.calculatedSize ?? 0;
  }
}
