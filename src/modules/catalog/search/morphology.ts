import { createRequire } from 'node:module';
import type Koffi from 'koffi';
import { boundedMemo } from '../../../platform/bounded-memo.ts';
import type { Logger } from '../../../platform/logger.ts';

/** What Finnish morphology says of one word: its base forms and, for a compound, its parts' base forms. */
export interface WordAnalysis {
  baseForms: string[];
  parts: string[];
}

export interface FinnishMorphology {
  readonly enabled: boolean;
  analyse(word: string): WordAnalysis;
}

const NONE: WordAnalysis = { baseForms: [], parts: [] };
const off: FinnishMorphology = { enabled: false, analyse: () => NONE };
const CACHE_LIMIT = 20_000;
const MAX_ANALYSES = 8;

/**
 * Voikko's WORDBASES reads "+lasten(lapsi)+neuvola(neuvola)": each part as written, with its base
 * form in brackets. The parts matter only for compounds.
 */
export function compoundParts(wordBases: string | null): string[] {
  if (!wordBases) return [];
  const parts = [...wordBases.matchAll(/\+[^+(]*\(([^)]+)\)/g)].map((m) => m[1]!.toLocaleLowerCase('fi'));
  return parts.length > 1 ? parts.filter((p) => p.length >= 2) : [];
}

/**
 * libvoikko through koffi. Loaded lazily and once: a machine without libvoikko1 and voikko-fi
 * (or with SEARCH_MORPHOLOGY=off) searches with PostgreSQL's snowball stemmers alone.
 */
function loadVoikko(): FinnishMorphology | string {
  try {
    const require = createRequire(import.meta.url);
    const koffi = require('koffi') as typeof Koffi;
    const lib = koffi.load('libvoikko.so.1');
    const init = lib.func('void* voikkoInit(_Out_ const char** error, const char* langcode, const char* path)');
    const analyzeWord = lib.func('void** voikkoAnalyzeWordCstr(void* handle, const char* word)');
    const value = lib.func('void* voikko_mor_analysis_value_cstr(void* analysis, const char* key)');
    const freeValue = lib.func('void voikko_free_mor_analysis_value_cstr(void* value)');
    const freeAnalyses = lib.func('void voikko_free_mor_analysis(void** analyses)');
    const error: (string | null)[] = [null];
    const handle = init(error, 'fi', null);
    if (!handle) return `voikkoInit: ${error[0] ?? 'no Finnish dictionary (voikko-fi)'}`;
    const text = (analysis: unknown, key: string): string | null => {
      const pointer = value(analysis, key);
      if (!pointer) return null;
      const decoded = koffi.decode(pointer, 'char', -1) as string;
      freeValue(pointer);
      return decoded;
    };
    const analyse = boundedMemo(CACHE_LIMIT, (word: string): WordAnalysis => {
      const list = analyzeWord(handle, word);
      const baseForms = new Set<string>();
      const parts = new Set<string>();
      if (list) {
        const analyses = koffi.decode(list, koffi.array('void*', MAX_ANALYSES, 'Array')) as unknown[];
        for (const analysis of analyses) {
          if (!analysis) break;
          const base = text(analysis, 'BASEFORM');
          if (base) baseForms.add(base.toLocaleLowerCase('fi'));
          for (const part of compoundParts(text(analysis, 'WORDBASES'))) parts.add(part);
        }
        freeAnalyses(list);
      }
      return { baseForms: [...baseForms], parts: [...parts] };
    });
    return { enabled: true, analyse };
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

let loaded: FinnishMorphology | null = null;

/** The process's Finnish morphology; says once in the log when base forms are off and why. */
export function finnishMorphology(logger?: Pick<Logger, 'info' | 'warn'>): FinnishMorphology {
  if (loaded) return loaded;
  if (process.env.SEARCH_MORPHOLOGY === 'off') {
    loaded = off;
    logger?.info({ searchMorphology: 'off' }, 'Finnish base forms are off (SEARCH_MORPHOLOGY=off): searching with snowball stemmers');
    return loaded;
  }
  const voikko = loadVoikko();
  if (typeof voikko === 'string') {
    loaded = off;
    logger?.warn(
      { searchMorphology: 'off', reason: voikko },
      'Finnish base forms are off (Voikko not available): searching with snowball stemmers',
    );
  } else loaded = voikko;
  return loaded;
}
