/** The seeded rule that puts each evaluation item in the dev part (about 40%) or the scoring-only test part. */
import { createHash } from 'node:crypto';

export const SPLIT_SEED = 'hksh-eval-1';
export const DEV_SHARE = 0.4;
export type Split = 'dev' | 'test';

/**
 * dev when the first 32 bits of SHA-256("hksh-eval-1:" + topic), read as an unsigned big-endian integer and
 * divided by 2^32, are below 0.4; test otherwise. Keyed on the topic so every item of one topic falls in the
 * same part (no topic is half seen).
 */
export function splitOf(topic: string): Split {
  const digest = createHash('sha256').update(`${SPLIT_SEED}:${topic}`).digest();
  return digest.readUInt32BE(0) / 2 ** 32 < DEV_SHARE ? 'dev' : 'test';
}
