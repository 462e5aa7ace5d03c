import type { I18nText, Lang } from '../../../platform/i18n-text.ts';
import { stableId } from '../../../platform/stable-id.ts';
import type { loadVocabularyRows } from './hsds-export.queries.ts';
import {
  ENUM_TERMS,
  NATIONAL_AREA_CODE,
  NATIONAL_AREA_NAME,
  TAXONOMY_KEYS,
  TAXONOMY_NAMES,
  taxonomyId,
  termId,
  type TaxonomyKey,
} from './hsds-vocabulary.ts';

/** The published taxonomies as data: every term with its name in fi/sv/en and its parent. */

export interface Term {
  taxonomy: TaxonomyKey;
  code: string;
  name: I18nText;
  description: I18nText | null;
  parent: string | null;
}

export interface Vocabulary {
  terms: Map<string, Term>;
  byTaxonomy: Map<TaxonomyKey, Term[]>;
  term(taxonomy: TaxonomyKey, code: string): Term | undefined;
  /** Names of regions and municipalities as the network (else the reference list) has them. */
  areaName(code: string): I18nText | null;
}

export const tx = (text: I18nText | null | undefined, lang: Lang): string | undefined => (text ? (text[lang] ?? text.fi) : undefined);

export function buildVocabulary(rows: Awaited<ReturnType<typeof loadVocabularyRows>>): Vocabulary {
  const terms = new Map<string, Term>();
  const add = (t: Term) => terms.set(termId(t.taxonomy, t.code), t);
  for (const [key, entries] of Object.entries(ENUM_TERMS) as [TaxonomyKey, Record<string, I18nText>][])
    for (const [code, name] of Object.entries(entries)) add({ taxonomy: key, code, name, description: null, parent: null });
  for (const c of rows.categories)
    add({ taxonomy: 'categories', code: c.code, name: c.name, description: c.description, parent: c.parent_code });
  for (const m of rows.methods) add({ taxonomy: 'methods', code: m.code, name: m.name, description: m.description, parent: null });
  add({ taxonomy: 'areas', code: NATIONAL_AREA_CODE, name: NATIONAL_AREA_NAME, description: null, parent: null });
  const regionNames = new Map(rows.regions.map((r) => [r.id, r.name]));
  for (const c of rows.counties)
    add({ taxonomy: 'areas', code: c.id, name: regionNames.get(c.id) ?? c.name, description: null, parent: NATIONAL_AREA_CODE });
  for (const r of rows.regions)
    if (!terms.has(termId('areas', r.id)))
      add({ taxonomy: 'areas', code: r.id, name: r.name, description: null, parent: NATIONAL_AREA_CODE });
  for (const m of rows.municipalities) {
    const name = (m.network_name ?? m.reference_name) as I18nText;
    add({ taxonomy: 'areas', code: m.code, name, description: null, parent: m.region_id ?? m.county_id ?? NATIONAL_AREA_CODE });
  }
  const byTaxonomy = new Map<TaxonomyKey, Term[]>(TAXONOMY_KEYS.map((k) => [k, []]));
  for (const t of terms.values()) byTaxonomy.get(t.taxonomy)!.push(t);
  return {
    terms,
    byTaxonomy,
    term: (taxonomy, code) => terms.get(termId(taxonomy, code)),
    areaName: (code) => terms.get(termId('areas', code))?.name ?? null,
  };
}

type Obj = Record<string, unknown>;

export function taxonomyObject(key: TaxonomyKey, lang: Lang): Obj {
  const { name, description } = TAXONOMY_NAMES[key];
  return { id: taxonomyId(key), name: tx(name, lang), description: tx(description, lang), version: '1' };
}

/** An HSDS taxonomy_term; `detail` nests its taxonomy (the /taxonomy_terms form). */
export function termObject(t: Term, lang: Lang, detail = false): Obj {
  const name = tx(t.name, lang)!;
  return {
    id: termId(t.taxonomy, t.code),
    code: t.code,
    name,
    // HSDS requires a description; a term without one is described by its name.
    description: tx(t.description, lang) ?? name,
    ...(t.parent ? { parent_id: termId(t.taxonomy, t.parent) } : {}),
    taxonomy: TAXONOMY_NAMES[t.taxonomy].name.en,
    taxonomy_id: taxonomyId(t.taxonomy),
    language: lang,
    ...(detail ? { taxonomy_detail: taxonomyObject(t.taxonomy, lang) } : {}),
  };
}

/** An attribute linking an entity to a term; `value` carries a fact where the term is a field name. */
export function attribute(
  vocabulary: Vocabulary,
  link: { id: string; entity: 'service' | 'location' | 'organization' | 'phone' | 'contact' | 'schedule'; type?: string },
  taxonomy: TaxonomyKey,
  code: string,
  lang: Lang,
  value?: string,
): Obj | null {
  const t = vocabulary.term(taxonomy, code);
  if (!t) return null;
  const linkType = link.type ?? taxonomy;
  return {
    id: stableId('hsds-attribute', `${link.id}:${linkType}:${code}`),
    link_id: link.id,
    link_type: linkType,
    link_entity: link.entity,
    taxonomy_term_id: termId(taxonomy, code),
    taxonomy_term: termObject(t, lang),
    ...(value !== undefined ? { value } : {}),
  };
}
