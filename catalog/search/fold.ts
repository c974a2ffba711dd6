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
const HAN_CHAR = /[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]/g;

export function toSimplified(text: string): string {
  const map = (table ??= buildTraditionalToSimplified());
  return text.replace(HAN_CHAR, (char) => map.get(char) ?? char);
}

export function foldText(text: string): string {
  return toSimplified(text.normalize('NFKC').toLowerCase());
}
