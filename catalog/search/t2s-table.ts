/**
 * Builds the 繁→简 character table the search folds text with, from opencc-js's HK→CN converter. Run at
 * build time (`npm run gen:fold`), not on every start: converting every Han code point takes ~80 ms.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';

const HAN_RANGES: ReadonlyArray<[number, number]> = [
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xf900, 0xfaff],
];

/** Traditional character → its Simplified form, for every character the converter changes. */
export function buildTraditionalToSimplified(): Record<string, string> {
  const convert = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const chars: string[] = [];
  for (const [from, to] of HAN_RANGES) {
    for (let code = from; code <= to; code++) chars.push(String.fromCharCode(code));
  }
  // One char a line: the converter's phrase rules cannot reach across lines.
  const converted = convert(chars.join('\n')).split('\n');
  const table: Record<string, string> = {};
  chars.forEach((char, index) => {
    const simplified = converted[index];
    if (simplified && simplified !== char) table[char] = simplified;
  });
  return table;
}

export const GENERATED_TABLE_PATH = join(__dirname, 't2s.generated.json');

if (require.main === module) {
  const path = GENERATED_TABLE_PATH;
  writeFileSync(path, `${JSON.stringify(buildTraditionalToSimplified())}\n`);
  console.log(`wrote ${path}`);
}
