import {
  MAX_SHORTLIST,
  cleanIds,
  decodeShortlist,
  encodeShortlist,
  parseStored,
  shortlistLink,
  toggleId,
} from './shortlist-ids';

describe('the shortlist ids', () => {
  it('round-trip through a shareable link, commas and percent signs inside ids included', () => {
    const ids = ['datagovhk:hk-td-tis_5-traffic-speed-map', 'datash:AQ1002018038', 'csdi:odd,id%2C'];
    const link = shortlistLink('http://127.0.0.1:8080', ids);
    const params = new URL(link).searchParams;
    expect(params.get('view')).toBe('shortlist');
    expect(decodeShortlist(params.get('shortlist'))).toEqual(ids);
    expect(encodeShortlist(['a:b', 'c:d'])).toBe('a:b,c:d');
  });

  it('drops what is not a dataset id, duplicates and anything past the cap', () => {
    expect(decodeShortlist('datash:A1,,javascript alert(1),datash:A1,%E0%A4%A,x:y')).toEqual([
      'datash:A1',
      'x:y',
    ]);
    expect(decodeShortlist(null)).toEqual([]);
    const many = Array.from({ length: MAX_SHORTLIST + 5 }, (_, index) => `datash:${index}`);
    expect(cleanIds(many)).toHaveLength(MAX_SHORTLIST);
  });

  it('reads a stored list defensively', () => {
    expect(parseStored('["datash:A1", 3, "datash:A2"]')).toEqual(['datash:A1', 'datash:A2']);
    expect(parseStored('{"not": "a list"}')).toEqual([]);
    expect(parseStored('not json')).toEqual([]);
    expect(parseStored(null)).toEqual([]);
  });

  it('toggles one id, new ones last', () => {
    expect(toggleId(['a:1'], 'b:2')).toEqual(['a:1', 'b:2']);
    expect(toggleId(['a:1', 'b:2'], 'a:1')).toEqual(['b:2']);
  });
});
