import { readFileSync } from 'node:fs';
import { buildLearnedTerms, LEARN_SETTINGS, LEARNED_TERMS_PATH, serialiseLearnedTerms } from './gen-terms';
import { learnTermPairs } from './learn-terms';
import { getLexicon } from './lexicon';

describe('learning English ⇄ Chinese term pairs', () => {
  const units = [
    { datasetId: 'a', en: 'Population Census 2011', zh: '2011年人口普查' },
    { datasetId: 'b', en: 'Population Census: Households', zh: '人口普查：住戶' },
    { datasetId: 'c', en: 'Census of Establishments', zh: '機構普查' },
    { datasetId: 'd', en: 'Households by District', zh: '按地區劃分的住戶' },
    { datasetId: 'e', en: 'District Boundaries', zh: '地區界線' },
  ];
  const pairs = learnTermPairs(units, { ...LEARN_SETTINGS, minJoint: 2, minDice: 0.6, minVariety: 1 });

  it('pairs words with the Han terms they are aligned with, keeping the evidence', () => {
    expect(pairs).toContainEqual(
      expect.objectContaining({
        en: 'censu',
        enWord: 'census',
        zhHans: '普查',
        zhHant: '普查',
        joint: 3,
        dice: 1,
      }),
    );
    expect(pairs.find((pair) => pair.en === 'household')).toMatchObject({
      zhHans: '住户',
      zhHant: '住戶',
      examples: ['b', 'd'],
    });
  });

  it('links each word to one term and each term to one word', () => {
    const terms = pairs.map((pair) => pair.zhHans);
    expect(new Set(terms).size).toBe(terms.length);
  });
});

describe('learned-terms.json', () => {
  it('is what `npm run gen:terms` builds from the recordings today (regenerate it when this fails)', () => {
    expect(readFileSync(LEARNED_TERMS_PATH, 'utf8')).toBe(serialiseLearnedTerms(buildLearnedTerms()));
  });

  it('never overrides the glossary: a glossary term keeps its concept', () => {
    const { byHan, byWords } = getLexicon();
    expect(byHan.get('公交')).toBe('bus');
    expect(byHan.get('人口')).toBe('population');
    expect(byWords.get('parking')).toBe('parking');
    for (const [han, concept] of [
      ['体育', 'sports'],
      ['空气质量', 'air-quality'],
      ['停车场', 'parking'],
      ['养老', 'elderly'],
    ]) {
      expect(byHan.get(han!)).toBe(concept);
    }
  });
});
