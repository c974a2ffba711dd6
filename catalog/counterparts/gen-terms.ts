/**
 * `npm run gen:terms`: learns English ⇄ Chinese term pairs from DATA.GOV.HK's aligned English and 繁體
 * titles and descriptions (the bundled recordings), resolves them against the hand-curated glossary
 * (which wins), labels every concept in en / zh-Hant / zh-Hans, and writes learned-terms.json with the
 * evidence of each pair. A test regenerates it and fails when the file is stale.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import Papa from 'papaparse';
import glossaryFile from '../search/glossary.json';
import { toSimplified } from '../search/fold';
import { getGlossary } from '../search/glossary';
import { lightStem, pieces } from '../search/tokenize';
import { learnTermPairs, type AlignedUnit, type LearnSettings } from './learn-terms';

export const LEARNED_TERMS_PATH = join(__dirname, 'learned-terms.json');
const CORPUS_DIR = join(__dirname, '../../fixtures/portals/datagovhk');
const CORPUS_FILES = ['package_show.en.jsonl', 'package_show.tc.jsonl'];
/** Shanghai's titles and descriptions: more Chinese for the word test (not aligned, never paired). */
const SHANGHAI_FILE = join(__dirname, '../../fixtures/portals/datash/catalogue-export.small.csv');

/** Words too general to pair, beyond the glossary's own stopwords. */
const EXTRA_STOPWORDS = [
  // function words and words of every catalogue entry
  'about',
  'above',
  'after',
  'all',
  'also',
  'any',
  'are',
  'been',
  'being',
  'below',
  'between',
  'both',
  'can',
  'each',
  'etc',
  'from',
  'has',
  'have',
  'here',
  'how',
  'its',
  'into',
  'latest',
  'more',
  'most',
  'new',
  'not',
  'one',
  'only',
  'other',
  'over',
  'per',
  'please',
  'refer',
  'same',
  'such',
  'than',
  'that',
  'their',
  'them',
  'there',
  'these',
  'this',
  'those',
  'through',
  'under',
  'up',
  'various',
  'was',
  'were',
  'what',
  'when',
  'where',
  'which',
  'who',
  'will',
  'within',
  'hong',
  'kong',
  'hksar',
  'government',
  'provide',
  'provided',
  'providing',
  'include',
  'including',
  'list',
  'detail',
  'format',
  'file',
  'http',
  'https',
  'www',
  'json',
  'csv',
  'xml',
  'api',
  'machine',
  'readable',
  'version',
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'year',
  'month',
  'latest',
  '香港',
  '政府',
  '特别行政区',
  '提供',
  '包括',
  '有关',
  '以及',
  '及其',
  '可读格式',
  '请参阅',
  '按此',
];

export const LEARN_SETTINGS: LearnSettings = {
  minJoint: 3,
  minDice: 0.8,
  minHanChars: 2,
  maxHanChars: 4,
  stopwords: new Set([
    ...glossaryFile.stopwords.words.map((word) => toSimplified(word.toLowerCase())),
    ...EXTRA_STOPWORDS,
  ]),
  examples: 3,
  minVariety: 3,
};

interface PackageLine {
  name: string;
  title?: string;
  notes?: string;
}

function readPackages(file: string): Map<string, PackageLine> {
  const lines = readFileSync(join(CORPUS_DIR, file), 'utf8').split('\n').filter(Boolean);
  return new Map(lines.map((line) => JSON.parse(line) as PackageLine).map((pkg) => [pkg.name, pkg]));
}

/** Title with title, description with description, of every dataset recorded in both languages. */
export function alignedUnits(): AlignedUnit[] {
  const [english, chinese] = CORPUS_FILES.map(readPackages) as [
    Map<string, PackageLine>,
    Map<string, PackageLine>,
  ];
  const units: AlignedUnit[] = [];
  for (const [name, en] of [...english].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const zh = chinese.get(name);
    if (!zh) continue;
    const datasetId = `datagovhk:${name}`;
    if (en.title && zh.title) units.push({ datasetId, en: en.title, zh: zh.title });
    if (en.notes && zh.notes && en.notes !== en.title)
      units.push({ datasetId, en: en.notes.slice(0, 2000), zh: zh.notes.slice(0, 2000) });
  }
  return units;
}

export function shanghaiTexts(): string[] {
  const rows = Papa.parse<Record<string, string>>(
    readFileSync(SHANGHAI_FILE, 'utf8').replace(/^\uFEFF/, ''),
    {
      header: true,
      skipEmptyLines: true,
    },
  ).data;
  return rows.flatMap((row) => [row['数据资源名称'] ?? '', (row['数据资源内容描述'] ?? '').slice(0, 2000)]);
}

export interface LearnedTermsFile {
  description: string;
  corpus: { files: string[]; alignedUnits: number };
  settings: Omit<LearnSettings, 'stopwords'>;
  /** Every glossary concept's label in the three scripts (its first English and first Chinese term). */
  conceptLabels: Record<string, { en: string; 'zh-Hant': string; 'zh-Hans': string }>;
  pairs: Array<{
    en: string;
    enWord: string;
    zhHans: string;
    zhHant: string;
    /** The glossary concept it extends, or null: a concept of its own (`learned:<en>`). */
    concept: string | null;
    evidence: { joint: number; enCount: number; zhCount: number; dice: number; examples: string[] };
  }>;
  /** Pairs the glossary contradicts (its English and Chinese sides are different concepts there). */
  overruled: Array<{ en: string; zhHans: string; glossaryEn: string; glossaryZh: string }>;
}

export function buildLearnedTerms(): LearnedTermsFile {
  const glossary = getGlossary();
  const toTraditional = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const toHans = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const conceptLabels: LearnedTermsFile['conceptLabels'] = {};
  for (const entry of glossaryFile.concepts) {
    const zh = entry.zh[0]!;
    conceptLabels[entry.id] = { en: entry.en[0]!, 'zh-Hant': toTraditional(zh), 'zh-Hans': toHans(zh) };
  }
  const units = alignedUnits();
  const pairs: LearnedTermsFile['pairs'] = [];
  const overruled: LearnedTermsFile['overruled'] = [];
  for (const pair of learnTermPairs(units, LEARN_SETTINGS, shanghaiTexts())) {
    const enConcept = glossary.byWords.get(pair.en)?.id;
    const zhKey = pieces(pair.zhHans)
      .map((piece) => piece.text)
      .join(' ');
    const zhConcept = glossary.byHan.get(zhKey)?.id ?? glossary.byWords.get(lightStem(zhKey))?.id;
    if (enConcept && zhConcept && enConcept !== zhConcept) {
      overruled.push({ en: pair.en, zhHans: pair.zhHans, glossaryEn: enConcept, glossaryZh: zhConcept });
      continue;
    }
    if (enConcept && enConcept === zhConcept) continue; // the glossary already says so
    const { en, enWord, zhHans, zhHant, joint, enCount, zhCount, dice, examples } = pair;
    pairs.push({
      en,
      enWord,
      zhHans,
      zhHant,
      concept: enConcept ?? zhConcept ?? null,
      evidence: { joint, enCount, zhCount, dice, examples },
    });
  }
  const { stopwords: _stopwords, ...settings } = LEARN_SETTINGS;
  return {
    description:
      'English ⇄ Chinese term pairs learned from DATA.GOV.HK aligned titles and descriptions (Dice, competitive linking), with their evidence. Generated by `npm run gen:terms`: do not edit, change the glossary or the settings instead.',
    corpus: {
      files: [
        ...CORPUS_FILES.map((file) => `fixtures/portals/datagovhk/${file}`),
        'fixtures/portals/datash/catalogue-export.small.csv',
      ],
      alignedUnits: units.length,
    },
    settings,
    conceptLabels,
    pairs,
    overruled,
  };
}

export const serialiseLearnedTerms = (file: LearnedTermsFile) => `${JSON.stringify(file, null, 2)}\n`;

if (require.main === module) {
  const file = buildLearnedTerms();
  writeFileSync(LEARNED_TERMS_PATH, serialiseLearnedTerms(file));
  console.log(
    `wrote ${LEARNED_TERMS_PATH}: ${file.pairs.length} pairs (${file.overruled.length} overruled by the glossary) from ${file.corpus.alignedUnits} aligned units`,
  );
}
