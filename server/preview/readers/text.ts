/**
 * Text of unknown encoding: a BOM or valid UTF-8 wins; otherwise Big5 and GB18030 are both tried and the
 * one with fewer undecodable characters kept (ties go to the resource's language hint). Text that none of
 * them decodes cleanly is refused rather than shown as replacement characters.
 */
import iconv from 'iconv-lite';
import { PreviewError } from '../errors';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'big5' | 'gb18030';

const badCharacters = (text: string) => (text.match(/\uFFFD/g) ?? []).length;

export function decodeText(body: Buffer, languageHint?: string): { text: string; encoding: TextEncoding } {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf)
    return { text: body.subarray(3).toString('utf8'), encoding: 'utf-8' };
  if (body[0] === 0xff && body[1] === 0xfe)
    return { text: iconv.decode(body.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8' };
  } catch {
    // A truncated read may cut the last UTF-8 character: accept UTF-8 when only the tail is broken.
    const tolerant = new TextDecoder('utf-8').decode(body);
    if (badCharacters(tolerant.slice(0, -2)) === 0)
      return { text: tolerant.replace(/\uFFFD+$/, ''), encoding: 'utf-8' };
  }
  const big5 = iconv.decode(body, 'big5');
  const gb = iconv.decode(body, 'gb18030');
  const preferBig5 = languageHint === 'zh-Hant' || languageHint === 'hong-kong';
  const [first, second] = preferBig5
    ? [
        { text: big5, encoding: 'big5' as const },
        { text: gb, encoding: 'gb18030' as const },
      ]
    : [
        { text: gb, encoding: 'gb18030' as const },
        { text: big5, encoding: 'big5' as const },
      ];
  const best = badCharacters(second.text) < badCharacters(first.text) ? second : first;
  const bad = badCharacters(best.text);
  if (bad > 2 && bad > best.text.length * 0.005) {
    throw new PreviewError('unreadable', 'the text is not valid UTF-8, Big5 or GB18030');
  }
  return best;
}
