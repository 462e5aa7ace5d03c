import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSearchWords,
  foldForSearch,
  splitCompound,
  synonymsFor,
  tokenize,
  tsqueryText,
  type Concept,
  type SearchVocabulary,
  type Synonym,
} from './search-terms.ts';
import { compoundParts } from './morphology.ts';

const synonyms: Synonym[] = [
  { lang: 'fi', term: 'vauva', expansions: ['neuvola', 'vauvaperhe'], concept: null },
  { lang: 'fi', term: 'ero', expansions: ['eroauttaminen', 'perheoikeudelliset palvelut'], concept: null },
  { lang: 'en', term: 'single parent', expansions: ['yksinhuoltaja', 'lone parent'], concept: null },
];

const sleep: Concept = {
  code: 'baby-sleep',
  categories: ['child-health-clinic'],
  expansions: ['lastenneuvola'],
  terms: ['ei nuku', 'uni', 'sleep'],
};
const vocabulary: SearchVocabulary = {
  synonyms: [
    ...synonyms,
    { lang: 'fi', term: 'ei nuku', expansions: ['lastenneuvola'], concept: 'baby-sleep' },
    { lang: 'fi', term: 'uni', expansions: ['lastenneuvola'], concept: 'baby-sleep' },
    { lang: 'en', term: 'sleep', expansions: ['child health'], concept: 'baby-sleep' },
    { lang: 'sv', term: 'tal', expansions: ['talterapi'], concept: null },
  ],
  concepts: new Map([[sleep.code, sleep]]),
};

describe('tokenize', () => {
  it('keeps letters and digits, lower-cased, each word once', () => {
    expect(tokenize('Lasten-NEUVOLA, neuvola!')).toEqual(['lasten', 'neuvola']);
    expect(tokenize('Äitiysneuvola Mikkeli 2026')).toEqual(['äitiysneuvola', 'mikkeli', '2026']);
  });

  it('drops everything that could steer a query: operators, quotes, markup, SQL', () => {
    expect(tokenize(`'; drop table service; -- <script>alert(1)</script> a & b | !c :*`)).toEqual([
      'drop',
      'table',
      'service',
      'script',
      'alert',
      '1',
      'a',
      'b',
    ]);
  });

  it('never yields more than eight words, or words longer than forty letters', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        const words = tokenize(text);
        expect(words.length).toBeLessThanOrEqual(8);
        for (const w of words) {
          expect(w.length).toBeLessThanOrEqual(40);
          expect(w).toMatch(/^[\p{L}\p{N}]+$/u);
        }
      }),
    );
  });
});

describe('synonyms', () => {
  it('apply to the word and its inflected forms', () => {
    expect(synonymsFor('vauva', synonyms)).toEqual(['neuvola', 'vauvaperhe']);
    expect(synonymsFor('vauvan', synonyms)).toEqual(['neuvola', 'vauvaperhe']);
    expect(synonymsFor('eron', synonyms)).toContain('eroauttaminen');
    expect(synonymsFor('erityinen', synonyms)).toEqual([]);
  });

  it('widen a word into alternatives, multi-word expansions staying together', () => {
    expect(buildSearchWords('ero', synonyms)).toMatchObject([
      { word: 'ero', alternatives: [['ero'], ['eroauttaminen'], ['perheoikeudelliset', 'palvelut']] },
    ]);
  });

  it('recognise a multi-word term as one word', () => {
    expect(buildSearchWords('single parent for kids', synonyms)).toMatchObject([
      { word: 'single parent', alternatives: [['single', 'parent'], ['yksinhuoltaja'], ['lone', 'parent']] },
      { word: 'kids', alternatives: [['kids']], weight: 0.3 },
    ]);
  });
});

describe('reading a question', () => {
  it('drops stop words but reads a negation that carries meaning', () => {
    const words = buildSearchWords('vauva ei nuku yöllä', vocabulary);
    expect(words.map((w) => w.word)).toEqual(['ei nuku', 'vauva']);
    expect(words[0]).toMatchObject({ categories: ['child-health-clinic'] });
    expect(words[0]!.alternatives).toContainEqual(['lastenneuvola']);
    expect(buildSearchWords('olen minä', vocabulary).map((w) => w.word)).toEqual(['olen', 'minä']);
  });

  it('makes one part of the words of one concept, in any language', () => {
    const words = buildSearchWords('uni sleep', vocabulary);
    expect(words).toHaveLength(1);
    expect(words[0]!.core).toEqual(expect.arrayContaining(['uni', 'sleep', 'ei nuku']));
  });

  it('adds base forms and compound parts from the morphology', () => {
    const morphology = {
      analyse: (w: string) =>
        w === 'lastenneuvolaan' ? { baseForms: ['lastenneuvola'], parts: ['lapsi', 'neuvola'] } : { baseForms: [], parts: [] },
    };
    const [word] = buildSearchWords('lastenneuvolaan', vocabulary, morphology);
    expect(word!.alternatives).toContainEqual(['lastenneuvola']);
    expect(word!.baseForms).toEqual([['lastenneuvola'], ['lapsi', 'neuvola']]);
  });

  it("takes Voikko's compound parts as they are: a part is no inflected form of a shorter word", () => {
    const withSpeech: SearchVocabulary = {
      ...vocabulary,
      synonyms: [...vocabulary.synonyms, { lang: 'fi', term: 'puhe', expansions: ['puheterapia'], concept: null }],
    };
    const morphology = {
      analyse: (w: string) =>
        w === 'kriisipuhelin' ? { baseForms: ['kriisipuhelin'], parts: ['kriisi', 'puhelin'] } : { baseForms: [], parts: [] },
    };
    const [word] = buildSearchWords('kriisipuhelin', withSpeech, morphology);
    expect(word!.alternatives.flat()).not.toContain('puheterapia');
    expect(buildSearchWords('puheen', withSpeech)[0]!.alternatives).toContainEqual(['puheterapia']);
  });

  it('splits compounds at known words without a dictionary', () => {
    expect(splitCompound('talsvårigheter', vocabulary.synonyms)).toEqual(['tal', 'svårigheter']);
    expect(splitCompound('vauvaperhe', vocabulary.synonyms)).toEqual(['vauva', 'perhe']);
    expect(splitCompound('vauvan', vocabulary.synonyms)).toEqual(['vauvan']);
    expect(buildSearchWords('talsvårigheter', vocabulary)[0]!.alternatives).toContainEqual(['talterapi']);
  });

  it("reads Voikko's compound parts", () => {
    expect(compoundParts('+lasten(lapsi)+neuvola(neuvola)')).toEqual(['lapsi', 'neuvola']);
    expect(compoundParts('+päihde(päihde)')).toEqual([]);
    expect(compoundParts(null)).toEqual([]);
  });
});

describe('tsqueryText', () => {
  it('writes each alternative as prefix-or-whole parts, all parts required', () => {
    expect(tsqueryText({ alternatives: [['ero'], ['perheoikeudelliset', 'palvelut']] })).toBe(
      '((ero:*AB | ero)) | ((perheoikeudelliset:*AB | perheoikeudelliset) & (palvelut:*AB | palvelut))',
    );
  });
});

describe('foldForSearch', () => {
  it('drops the marks and lowers the case like lower(unaccent())', () => {
    expect(foldForSearch('Äitiysneuvola')).toBe('aitiysneuvola');
    expect(foldForSearch('Rådgivning')).toBe('radgivning');
    expect(foldForSearch('Čáhcesuolu')).toBe('cahcesuolu');
    expect(foldForSearch('Færøerne')).toBe('faeroerne');
  });
});
