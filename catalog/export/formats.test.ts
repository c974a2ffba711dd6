import Papa from 'papaparse';
import { makeRecord } from '../testing';
import { CSV_COLUMNS, serialise } from './formats';

const records = [
  makeRecord({
    sourceId: 'a',
    title: { en: 'Bus, "stops"', 'zh-Hant': '巴士站' },
    areas: ['mobility', 'living'],
  }),
  makeRecord({
    source: 'datash',
    sourceId: '123',
    title: { 'zh-Hans': '公交线路\n信息' },
    spatial: { bbox: [121, 31, 122, 32] },
  }),
];

describe('export formats', () => {
  it('jsonl: one unified record a line, round-tripping exactly', () => {
    const lines = [...serialise(records, 'jsonl')].join('').trimEnd().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual(records);
  });

  it('csv: a header and one properly quoted row a record', () => {
    const text = [...serialise(records, 'csv')].join('').replace(/^\uFEFF/, '');
    const parsed = Papa.parse<string[]>(text.trimEnd(), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([...CSV_COLUMNS]);
    const row = Object.fromEntries(CSV_COLUMNS.map((column, index) => [column, parsed[1]![index]]));
    expect(row).toMatchObject({
      id: 'datagovhk:a',
      title_en: 'Bus, "stops"',
      'title_zh-Hant': '巴士站',
      areas: 'mobility; living',
    });
    expect(parsed[2]![CSV_COLUMNS.indexOf('title_zh-Hans')]).toBe('公交线路\n信息');
    expect(parsed[2]![CSV_COLUMNS.indexOf('bbox')]).toBe('121,31,122,32');
  });
});
