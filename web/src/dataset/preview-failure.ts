/**
 * A failed preview in plain words: the API's error code (server/preview/errors.ts) picks the sentence
 * (previewFailed_* in i18n.ts); the server's technical message ("www.chsc.hk: ENOTFOUND") is kept only as
 * a detail.
 */
import type { Language } from '../../../catalog-schema/types';
import { ApiError } from '../api';
import { isMessageKey, t } from '../i18n';

/** The sentence for a failed preview, and the server's message as a detail when there is one. */
export function previewFailure(error: unknown, language: Language): { sentence: string; detail?: string } {
  const key = `previewFailed_${error instanceof ApiError ? error.code : 'unknown'}`;
  const sentence = t(language, isMessageKey(key) ? key : 'previewFailed_unknown');
  const detail = error instanceof Error && error.message ? error.message : undefined;
  return { sentence, ...(detail && { detail }) };
}
