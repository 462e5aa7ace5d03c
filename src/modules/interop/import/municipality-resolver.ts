import type { CountyReferenceEntry, MunicipalityReferenceEntry } from '../../catalog/index.ts';
import { NATIONAL_AREA_CODE, termId } from '../hsds/hsds-vocabulary.ts';

/**
 * Finnish municipalities and counties from what an import says about a place: a Statistics
 * Finland code, a code at the end of a URI (koodistot.suomi.fi, our own area terms), or a name in
 * Finnish, Swedish or English, against the national reference list and the network's own names.
 */

export type Area = { kind: 'municipality'; code: string } | { kind: 'county'; id: string } | { kind: 'national' };

const fold = (s: string) =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

const NATIONAL_WORDS = [
  'suomi',
  'koko-suomi',
  'finland',
  'hela-finland',
  'koko-maa',
  'valtakunnallinen',
  'nationwide',
  'all-of-finland',
  'fi',
];
const COUNTY_SUFFIXES = /-(hyvinvointialue|valfardsomrade|wellbeing-services-county|hva)$/;

export interface MunicipalityResolver {
  municipality(value: unknown): string | null;
  area(value: unknown): Area | null;
  countyOf(code: string): string | null;
  isCounty(id: string): boolean;
  /** A county (or region) id from its id, code or name. */
  county(value: unknown): string | null;
}

export function municipalityResolver(municipalities: MunicipalityReferenceEntry[], counties: CountyReferenceEntry[]): MunicipalityResolver {
  const codes = new Map(municipalities.map((m) => [m.code, m]));
  const byName = new Map<string, string>();
  for (const m of municipalities)
    for (const name of [m.name.fi, m.name.sv, m.name.en, ...m.aliases]) if (name && !byName.has(fold(name))) byName.set(fold(name), m.code);
  const countyIds = new Set(counties.map((c) => c.id));
  for (const m of municipalities) if (m.countyId) countyIds.add(m.countyId);
  const countyByName = new Map<string, string>();
  for (const c of counties) {
    countyByName.set(c.id, c.id);
    countyByName.set(fold(c.code), c.id);
    for (const name of [c.name.fi, c.name.sv, c.name.en, ...c.aliases]) {
      if (!name) continue;
      countyByName.set(fold(name), c.id);
      // "Etelä-Savon hyvinvointialue" is also "Etelä-Savo".
      countyByName.set(fold(name).replace(COUNTY_SUFFIXES, '').replace(/n$/, ''), c.id);
    }
  }
  const byTerm = new Map<string, Area>([[termId('areas', NATIONAL_AREA_CODE), { kind: 'national' }]]);
  for (const m of municipalities) byTerm.set(termId('areas', m.code), { kind: 'municipality', code: m.code });
  for (const id of countyIds) byTerm.set(termId('areas', id), { kind: 'county', id });

  const municipality = (value: unknown): string | null => {
    if (typeof value === 'number') value = String(value).padStart(3, '0');
    if (typeof value !== 'string' || !value.trim()) return null;
    const v = value.trim();
    if (/^\d{1,3}$/.test(v)) return codes.has(v.padStart(3, '0')) ? v.padStart(3, '0') : null;
    const code = /\/code\/(\d{3})\/?$/.exec(v)?.[1];
    if (code) return codes.has(code) ? code : null;
    const term = /\/taxonomy_terms\/([0-9a-f-]{36})/i.exec(v)?.[1];
    if (term) {
      const area = byTerm.get(term.toLowerCase());
      return area?.kind === 'municipality' ? area.code : null;
    }
    // "Mikkeli", "S:t Michel", "MIKKELI", "Mikkelin kaupunki" (its own organisation's name).
    const folded = fold(v);
    return (
      byName.get(folded) ??
      byName.get(folded.replace(/n-(kaupunki|kunta)$/, '')) ??
      byName.get(folded.replace(/-(stad|kommun)$/, '')) ??
      null
    );
  };
  const county = (value: unknown): string | null => {
    if (typeof value !== 'string' || !value.trim()) return null;
    const v = value.trim();
    const term = /\/taxonomy_terms\/([0-9a-f-]{36})/i.exec(v)?.[1];
    if (term) {
      const area = byTerm.get(term.toLowerCase());
      return area?.kind === 'county' ? area.id : null;
    }
    const folded = fold(v);
    return (
      countyByName.get(folded) ?? countyByName.get(folded.replace(COUNTY_SUFFIXES, '').replace(/n$/, '')) ?? (countyIds.has(v) ? v : null)
    );
  };
  return {
    municipality,
    county,
    countyOf: (code) => codes.get(code)?.countyId ?? null,
    isCounty: (id) => countyIds.has(id),
    area(value) {
      if (typeof value !== 'string' || !value.trim()) return null;
      const term = /\/taxonomy_terms\/([0-9a-f-]{36})/i.exec(value)?.[1];
      if (term) return byTerm.get(term.toLowerCase()) ?? null;
      if (NATIONAL_WORDS.includes(fold(value))) return { kind: 'national' };
      const code = municipality(value);
      if (code) return { kind: 'municipality', code };
      const id = county(value);
      return id ? { kind: 'county', id } : null;
    },
  };
}
