/**
 * Folds text for matching: NFKC (full-width to ASCII), lower case, Traditional to Simplified Chinese.
 * The 繁→简 step is a per-character table built once from opencc-js's HK→CN converter: per character,
 * so the index and a query always fold the same character the same way whatever surrounds it.
 */
import * as OpenCC from 'opencc-js';

const HAN_RANGES: ReadonlyArray<[number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

function buildTraditionalToSimplified(): Map<string, string> {
  const convert = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const chars: string[] = [];
  for (const [from, to] of HAN_RANGES) {
    for (let code = from; code <= to; code++) chars.push(String.fromCharCode(code));
  }
  // One char a line: the converter's phrase rules cannot reach across lines.
  const converted = convert(chars.join('\n')).split('\n');
  const table = new Map<string, string>();
  chars.forEach((char, index) => {
    const simplified = converted[index];
    if (simplified && simplified !== char) table.set(char, simplified);
  });
  return table;
}

let table: Map<string, string> | undefined;
/** BMP code → simplified code (0: unchanged), for the single-code-unit majority of the table. */
let bmpTable: Uint16Array | undefined;
const HAN_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/;
const NON_ASCII = /[^ -~\t\n\r]/;

function tables(): { map: Map<string, string>; bmp: Uint16Array } {
  if (!table || !bmpTable) {
    table = buildTraditionalToSimplified();
    bmpTable = new Uint16Array(0x10000);
    for (const [from, to] of table) if (to.length === 1) bmpTable[from.charCodeAt(0)] = to.charCodeAt(0);
  }
  return { map: table, bmp: bmpTable };
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
