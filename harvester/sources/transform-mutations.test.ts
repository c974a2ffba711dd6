/**
 * Real portals drift: a field goes missing, turns null or empty, changes type, or a list of one comes back
 * as a bare object. Every transform, fed recorded payloads altered in one place at a time, must give a
 * record the schema accepts or refuse with a TransformError whose code says why. Any other exception would
 * quarantine the record with a JavaScript error as its only reason.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Papa from 'papaparse';
import { validateRecord } from '../../catalog-schema';
import { createClassifier } from '../classify/classify';
import { FIXTURES_DIR, loadSnapshot, type Json } from '../replay/snapshot';
import { DATAGOVHK } from './ckan/config';
import { transformCkan } from './ckan/transform';
import { transformApiRecord } from './datash/api-transform';
import { transformExportRow } from './datash/export-transform';
import { CSDI } from './geoportal/config';
import { transformGeoportal } from './geoportal/transform';
import { TransformError, type RawItem, type UntaggedRecord } from './types';

type Mutation = [string, (value: unknown) => unknown];

const MUTATIONS: Mutation[] = [
  ['deleted', () => undefined],
  ['null', () => null],
  ['empty', (value) => (typeof value === 'string' ? '' : Array.isArray(value) ? [] : {})],
  ['blank', () => '   '],
  ['a number', () => 42],
  ['wrapped in a list', (value) => [value]],
  ['unwrapped from its list', (value) => (Array.isArray(value) ? value[0] : value)],
];

/** The export reader gives every cell as text (export-source.ts), so a row's cells only change as text. */
const TEXT_MUTATIONS = MUTATIONS.filter(([name]) => ['deleted', 'empty', 'blank'].includes(name));

const isContainer = (value: unknown): value is Json => !!value && typeof value === 'object';

/** Copies of `payload` with one node changed; nodes are object keys and the first item of each list. */
function* mutants(
  payload: unknown,
  depth: number,
  mutations: Mutation[],
  path = '',
): Generator<[string, unknown]> {
  if (!isContainer(payload) || depth === 0) return;
  const keys = Array.isArray(payload) ? (payload.length ? ['0'] : []) : Object.keys(payload);
  for (const key of keys) {
    const here = `${path}/${key}`;
    const replace = (value: unknown) => {
      if (Array.isArray(payload)) return [value, ...payload.slice(1)].filter((item) => item !== undefined);
      const copy: Json = { ...payload };
      if (value === undefined) delete copy[key];
      else copy[key] = value;
      return copy;
    };
    for (const [name, mutate] of mutations) yield [`${here} ${name}`, replace(mutate(payload[key]))];
    for (const [label, child] of mutants(payload[key], depth - 1, mutations, here)) {
      yield [label, replace(child)];
    }
  }
}

const classify = createClassifier();

/** Runs every mutant through the transform; returns the unexpected outcomes and the refusal codes seen. */
function survey(
  transform: (item: RawItem) => UntaggedRecord,
  items: RawItem[],
  depth: number,
  mutations = MUTATIONS,
) {
  const unexpected: string[] = [];
  const refusals = new Set<string>();
  for (const item of items) {
    for (const [label, payload] of mutants(item.payload, depth, mutations)) {
      try {
        const record = transform({ sourceId: item.sourceId, payload });
        const { areas, reasons } = classify(record);
        const validation = validateRecord({ ...record, areas, areaReasons: reasons });
        if (!validation.ok) {
          const errors = validation.errors.map((error) => `${error.path} ${error.message}`);
          unexpected.push(`${item.sourceId} ${label}: invalid record (${errors.join('; ')})`);
        }
      } catch (error) {
        if (error instanceof TransformError) refusals.add(error.code);
        else unexpected.push(`${item.sourceId} ${label}: ${String(error)}`);
      }
    }
  }
  return { unexpected, refusals: [...refusals].sort() };
}

const snapshot = loadSnapshot();
const SAMPLE = 12;

describe('transforms on recorded payloads altered in one place', () => {
  it('DATA.GOV.HK: a valid record or a TransformError, never a crash', () => {
    const items = [...snapshot.datagovhk.packages].slice(0, SAMPLE).map(([name, found]) => ({
      sourceId: name,
      payload: { en: found.en, 'zh-Hant': found.tc, 'zh-Hans': found.sc },
    }));
    // language → package field → resource/group/organisation → its fields
    const { unexpected, refusals } = survey((item) => transformCkan(DATAGOVHK, item), items, 4);
    expect(unexpected).toEqual([]);
    expect(refusals).toEqual(['missing_language', 'missing_name']);
  });

  it('CSDI: a valid record or a TransformError, never a crash', () => {
    const items = [...snapshot.csdi.items].slice(0, SAMPLE).map(([id, item]) => ({
      sourceId: id,
      payload: {
        search: {
          id,
          title: (item._source as Json).title,
          updated: (item._source as Json).sys_modified_dt,
          links: [
            { rel: 'related', dctype: 'WFS', href: `https://portal.csdi.gov.hk/server/${id}/WFSServer` },
          ],
        },
        item,
      },
    }));
    // search/item → _source → its fields → resource/envelope → their fields
    const { unexpected, refusals } = survey((item) => transformGeoportal(CSDI, item), items, 5);
    expect(unexpected).toEqual([]);
    // the search result's title stands in for a missing one, so one change never leaves none
    expect(refusals).toEqual(['missing_source']);
  });

  it('Shanghai search API and catalogue export: a valid record or a TransformError, never a crash', () => {
    const apiItems = snapshot.datash.apiRecords
      .slice(0, SAMPLE)
      .map((record) => ({ sourceId: String(record.datasetId), payload: record }));
    const api = survey(transformApiRecord, apiItems, 2);
    expect(api.unexpected).toEqual([]);
    expect(api.refusals).toEqual(['missing_id', 'missing_title', 'unknown_openness']);

    const csv = readFileSync(join(FIXTURES_DIR, 'portals/datash/catalogue-export.small.csv'), 'utf8');
    const rows = Papa.parse<Json>(csv.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    const rowItems = rows
      .slice(0, SAMPLE)
      .map((row) => ({ sourceId: String(row['数据集ID']), payload: row }));
    const exported = survey(transformExportRow, rowItems, 1, TEXT_MUTATIONS);
    expect(exported.unexpected).toEqual([]);
    expect(exported.refusals).toEqual(['missing_id', 'missing_title', 'unknown_openness']);
  });
});
