import Papa from 'papaparse';
import { CSV_FORMULA_START, httpUrl, markdownLink, xmlSafeText } from './output-safety';

describe('output safety rules', () => {
  it.each([
    ['javascript:alert(1)', undefined],
    ['JavaScript:alert(1)', undefined],
    [' javascript:alert(1)', undefined],
    ['data:text/html,<script>alert(1)</script>', undefined],
    ['vbscript:msgbox(1)', undefined],
    ['ftp://files.example/a.csv', undefined],
    ['//evil.example/x', undefined],
    ['not a url', undefined],
    ['HTTPS://Data.gov.hk/x', 'https://data.gov.hk/x'],
    ['http://a.hk/p q', 'http://a.hk/p%20q'],
  ])('httpUrl(%j) is %j', (value, expected) => {
    expect(httpUrl(value)).toBe(expected);
  });

  it('drops what XML 1.0 forbids and keeps the rest, astral characters included', () => {
    expect(xmlSafeText('a\uFFFEb\uFFFFc\u0000d\u001Fe\uD800f\uDC00g\t\n\r 😀 中')).toBe(
      'abcdefg\t\n\r 😀 中',
    );
  });

  it('defuses every formula-leading cell, line breaks included', () => {
    const cells = ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '=a\n=b', 'plain'];
    const csv = Papa.unparse(
      cells.map((cell) => [cell]),
      { escapeFormulae: CSV_FORMULA_START },
    );
    const parsed = Papa.parse<string[]>(csv).data.map((row) => row[0]);
    expect(parsed).toEqual(["'=1+1", "'+1", "'-1", "'@SUM(A1)", "'\t=1", "'\r=1", "'=a\n=b", 'plain']);
  });

  it('makes a link only of http(s) URLs', () => {
    expect(markdownLink('x', 'javascript:alert(1)')).toBe('x (javascript:alert(1))');
    expect(markdownLink('<b>', 'https://a.hk/(1)')).toBe('[&lt;b&gt;](https://a.hk/%281%29)');
  });
});
