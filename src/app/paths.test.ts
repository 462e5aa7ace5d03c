import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CATALOG_PAGES } from '../modules/catalog/catalog.paths.ts';
import { paths, SHELL_PAGES } from './paths.ts';

const appDir = fileURLToPath(new URL('.', import.meta.url));

/** A page URL written by hand: a template literal that starts with `/${…}`, or a quoted language prefix. */
const HAND_BUILT = [/`\/\$\{/, /['"`]\/(?:fi|sv|en)(?:[/?#'"`]|$)/];

describe('page URLs', () => {
  it('are built only by the paths modules', () => {
    const files = readdirSync(appDir, { recursive: true, encoding: 'utf8' }).filter(
      (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file) && file !== 'paths.ts',
    );
    expect(files.length).toBeGreaterThan(10);
    const found = files.flatMap((file) =>
      readFileSync(join(appDir, file), 'utf8')
        .split('\n')
        .flatMap((line, i) =>
          HAND_BUILT.some((pattern) => pattern.test(line)) ? [`${relative(appDir, join(appDir, file))}:${i + 1}: ${line.trim()}`] : [],
        ),
    );
    expect(found, 'use paths.* from src/app/paths.ts').toEqual([]);
  });

  it('come from the same patterns as the route table', () => {
    expect(paths.home('sv')).toBe('/sv');
    expect(paths.apiDocs('en')).toBe(`/en/${SHELL_PAGES.apiDocs}`);
    expect(paths.service('fi', 'a b')).toBe('/fi/services/a%20b');
    expect(CATALOG_PAGES.service).toBe('services/:id');
    expect(paths.search('fi')).toBe('/fi/search');
    expect(paths.search('fi', new URLSearchParams())).toBe('/fi/search');
    expect(paths.search('sv', new URLSearchParams({ topic: 'x', group: 'parents' }))).toBe('/sv/search?topic=x&group=parents');
  });

  it('keep the path and the query when switching language', () => {
    expect(paths.inLanguage('sv', { pathname: '/fi/search', search: '?q=neuvola' })).toBe('/sv/search?q=neuvola');
    expect(paths.inLanguage('en', { pathname: '/fi', search: '' })).toBe('/en');
    expect(paths.inLanguage('fi', { pathname: '/sv/places/1', search: '' })).toBe('/fi/places/1');
    // Not a language prefix: the whole path stays, under the chosen language.
    expect(paths.inLanguage('fi', { pathname: '/xx', search: '' })).toBe('/fi/xx');
    expect(paths.inLanguage('fi', { pathname: '/fine', search: '' })).toBe('/fi/fine');
  });
});
