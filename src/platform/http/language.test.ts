import { describe, expect, it } from 'vitest';
import { languageOfPath, negotiateLanguage } from './language.ts';

describe('negotiateLanguage', () => {
  it('picks the best supported language by quality', () => {
    expect(negotiateLanguage('sv-FI,sv;q=0.9,fi;q=0.8')).toBe('sv');
    expect(negotiateLanguage('de-DE,en;q=0.5,fi;q=0.9')).toBe('fi');
    expect(negotiateLanguage('en-GB')).toBe('en');
  });

  it('falls back to Finnish without a header and to English for other languages', () => {
    expect(negotiateLanguage(undefined)).toBe('fi');
    expect(negotiateLanguage('')).toBe('fi');
    expect(negotiateLanguage('de-DE,fr;q=0.8')).toBe('en');
    expect(negotiateLanguage('nb-NO')).toBe('sv');
  });

  it('survives malformed headers', () => {
    expect(negotiateLanguage(';;;q=abc,,')).toBe('fi');
    expect(negotiateLanguage('sv;q=0')).toBe('fi');
  });
});

describe('languageOfPath', () => {
  it('reads the prefix', () => {
    expect(languageOfPath('/sv/search')).toBe('sv');
    expect(languageOfPath('/en')).toBe('en');
    expect(languageOfPath('/api/v1/services')).toBeNull();
    expect(languageOfPath('/fin/x')).toBeNull();
  });
});
