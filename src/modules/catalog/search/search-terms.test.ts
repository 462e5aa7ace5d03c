import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildSearchWords, foldForSearch, synonymsFor, tokenize, tsqueryText, type Synonym } from './search-terms.ts';

const synonyms: Synonym[] = [
  { lang: 'fi', term: 'vauva', expansions: ['neuvola', 'vauvaperhe'] },
  { lang: 'fi', term: 'ero', expansions: ['eroauttaminen', 'perheoikeudelliset palvelut'] },
  { lang: 'en', term: 'single parent', expansions: ['yksinhuoltaja', 'lone parent'] },
];

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
    expect(buildSearchWords('ero', synonyms)).toEqual([
      { word: 'ero', alternatives: [['ero'], ['eroauttaminen'], ['perheoikeudelliset', 'palvelut']] },
    ]);
  });

  it('recognise a multi-word term as one word', () => {
    expect(buildSearchWords('single parent help', synonyms)).toEqual([
      { word: 'single parent', alternatives: [['single', 'parent'], ['yksinhuoltaja'], ['lone', 'parent']] },
      { word: 'help', alternatives: [['help']] },
    ]);
  });
});

describe('tsqueryText', () => {
  it('writes each alternative as prefix-or-whole parts, all parts required', () => {
    expect(tsqueryText({ word: 'ero', alternatives: [['ero'], ['perheoikeudelliset', 'palvelut']] })).toBe(
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
