import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../platform/i18n-text.ts';
import { uiMessages } from './index.ts';

/** Every text as [path, text], arrays included (weekday names). */
function leaves(value: unknown, path = ''): [string, unknown][] {
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, child]) => leaves(child, path ? `${path}.${key}` : key));
  }
  return [[path, value]];
}

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

const finnish = new Map(leaves(uiMessages.fi));
const translations = LANGUAGES.filter((lang) => lang !== 'fi');

describe('the composed page texts', () => {
  it('hold the shell texts and each module under its own name', () => {
    expect(uiMessages.fi.site.name).toBe('Perhekeskus');
    expect(uiMessages.sv.catalog.search.title).toBe('Sök tjänster');
    expect(Object.keys(uiMessages.fi)).toContain('catalog');
  });

  it('are non-empty strings in Finnish', () => {
    for (const [path, text] of finnish) {
      expect(typeof text, path).toBe('string');
      expect((text as string).trim(), path).not.toBe('');
    }
  });

  for (const lang of translations) {
    describe(lang, () => {
      const texts = new Map(leaves(uiMessages[lang]));

      it('has exactly the keys of Finnish', () => {
        expect([...texts.keys()].sort()).toEqual([...finnish.keys()].sort());
      });

      it('has no empty texts', () => {
        for (const [path, text] of texts) {
          expect(typeof text, path).toBe('string');
          expect((text as string).trim(), path).not.toBe('');
        }
      });

      it('uses the placeholders of the Finnish text', () => {
        for (const [path, source] of finnish) {
          const text = texts.get(path);
          if (typeof source !== 'string' || typeof text !== 'string') continue;
          expect(placeholders(text), `${lang}: ${path}`).toEqual(placeholders(source));
        }
      });
    });
  }
});
