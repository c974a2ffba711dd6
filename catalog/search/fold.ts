/**
 * Folds text for matching: NFKC (full-width to ASCII), lower case, Traditional to Simplified Chinese.
 * The 繁→简 step is per character, from a table generated from opencc-js's HK→CN converter
 * (t2s-table.ts): per character, so the index and a query always fold the same character the same way
 * whatever surrounds it.
 */
import traditionalToSimplified from './t2s.generated.json';

/** BMP code → simplified code (0: unchanged), for the single-code-unit majority of the table. */
let bmpTable: Uint16Array | undefined;
let longer: Map<string, string> | undefined;
const HAN_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const NON_ASCII = /[^ -~\t\n\r]/;

function tables(): { map: Map<string, string>; bmp: Uint16Array } {
  if (!bmpTable || !longer) {
    bmpTable = new Uint16Array(0x10000);
    longer = new Map();
    for (const [from, to] of Object.entries(traditionalToSimplified as Record<string, string>)) {
      if (to.length === 1) bmpTable[from.charCodeAt(0)] = to.charCodeAt(0);
      else longer.set(from, to);
    }
  }
  return { map: longer, bmp: bmpTable };
}

export function toSimplified(text: string): string {
  if (!HAN_CHAR.test(text)) return text;
  const { map, bmp } = tables();
  let out = '';
  let from = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code < 0x3400) continue;
    const single = bmp[code]!;
    const replacement = single ? String.fromCharCode(single) : map.get(text[at]!);
    if (replacement === undefined) continue;
    out += text.slice(from, at) + replacement;
    from = at + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}

export function foldText(text: string): string {
  // NFKC only matters beyond ASCII (full-width letters, compatibility forms): skip it for plain text.
  const normalised = NON_ASCII.test(text) ? text.normalize('NFKC') : text;
  return toSimplified(normalised.toLowerCase());
}
