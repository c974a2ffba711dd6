import { ckanTimestampToIso, dayMonthYearToIso, epochMsToShanghaiIso, shanghaiLocalToIso } from './dates';
import { normalizeFrequency } from './frequency';
import { normalizeFormat, normalizeUrl } from './resources';

describe('dates', () => {
  it('reads CKAN timestamps as UTC', () => {
    expect(ckanTimestampToIso('2021-07-02T03:33:14.581271')).toBe('2021-07-02T03:33:14.581Z');
    expect(ckanTimestampToIso('2025-06-24T16:32:03')).toBe('2025-06-24T16:32:03Z');
    expect(ckanTimestampToIso('yesterday')).toBeUndefined();
    expect(ckanTimestampToIso(null)).toBeUndefined();
  });

  it('reads DD/MM/YYYY, refusing impossible dates', () => {
    expect(dayMonthYearToIso('24/06/2026')).toBe('2026-06-24');
    expect(dayMonthYearToIso('1/2/2020')).toBe('2020-02-01');
    expect(dayMonthYearToIso('31/02/2020')).toBeUndefined();
    expect(dayMonthYearToIso('2020-01-01')).toBeUndefined();
  });

  it('reads Shanghai local times with their +08:00 offset', () => {
    expect(shanghaiLocalToIso('2026-04-23 09:16:34')).toBe('2026-04-23T09:16:34+08:00');
    expect(shanghaiLocalToIso('2026-04-23')).toBe('2026-04-23');
    expect(shanghaiLocalToIso('')).toBeUndefined();
    expect(epochMsToShanghaiIso(Date.parse('2026-04-23T01:16:34Z'))).toBe('2026-04-23T09:16:34+08:00');
    expect(epochMsToShanghaiIso('1776906994000')).toBe('2026-04-23T09:16:34+08:00');
  });
});

describe('update frequency', () => {
  it.each([
    ['Quarterly', 'quarterly'],
    ['As and when necessary', 'irregular'],
    ['AS AND WHEN THERE ARE NEW ENTRIES', 'irregular'],
    ['Every 10 Minutes', 'realtime'],
    ['Real-Time', 'realtime'],
    ['Hourly and when there is update', 'realtime'],
    ['Annually', 'yearly'],
    ['Every six months', 'yearly'],
    ['One-off', 'static'],
    ['No longer being updated', 'static'],
    ['Daily (updated to previous calendar day)', 'daily'],
    ['Weekly (every Monday)', 'weekly'],
    ['每年', 'yearly'],
    ['不定期更新', 'irregular'],
    ['每天', 'daily'],
    ['即时', 'realtime'],
    ['静态数据', 'static'],
    ['每季度', 'quarterly'],
    ['每星期', 'weekly'],
    ['每半年', 'yearly'],
    ['', 'unknown'],
    ['After updating of registration records', 'unknown'],
  ])('%j → %s', (raw, normalized) => {
    expect(normalizeFrequency(raw)).toEqual({ raw, normalized });
  });
});

describe('resources', () => {
  it('upper-cases formats and guesses a missing one from the URL', () => {
    expect(normalizeFormat('GeoJSON')).toBe('GEOJSON');
    expect(normalizeFormat(' csv ')).toBe('CSV');
    expect(normalizeFormat('', 'https://x.gov.hk/data/file.xlsx?x=1')).toBe('XLSX');
    expect(normalizeFormat(null, 'https://x.gov.hk/api')).toBe('UNKNOWN');
    expect(normalizeFormat('Esri REST')).toBe('ARCGIS');
  });

  it('keeps URLs with placeholders by encoding them, drops what is not a web URL', () => {
    expect(
      normalizeUrl('https://www.hongkongairport.com/flightinfo-rest/rest/flights/past?date=<date>&lang=en'),
    ).toBe('https://www.hongkongairport.com/flightinfo-rest/rest/flights/past?date=%3Cdate%3E&lang=en');
    expect(normalizeUrl('mailto:x@y')).toBeUndefined();
    expect(normalizeUrl('not a url')).toBeUndefined();
    expect(normalizeUrl(null)).toBeUndefined();
  });
});
