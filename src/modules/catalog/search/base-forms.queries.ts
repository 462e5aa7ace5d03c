import { sql, type QueryExecutorProvider } from 'kysely';
import type { FinnishMorphology } from './morphology.ts';

const BATCH = 500;

/**
 * The Finnish words of services' names, keywords, summaries and categories as Voikko's base forms
 * and compound parts ("lastenneuvolaan" → lastenneuvola, lapsi, neuvola), added to the
 * search_base_forms column that refresh_service_search() starts with the category lexemes. Run
 * after it, in the same transaction. Without Voikko there is nothing to add: the snowball
 * stemmers and substrings do what they can.
 */
export async function refreshBaseForms(tx: QueryExecutorProvider, ids: string[] | null, morphology: FinnishMorphology): Promise<void> {
  if (!morphology.enabled) return;
  const rows = await sql<{ id: string; text: string }>`
    select s.id, concat_ws(' ', s.name ->> 'fi', s.keywords ->> 'fi', s.summary ->> 'fi',
      (select string_agg(c.name ->> 'fi', ' ') from service_category sc join category c on c.code = sc.category_code where sc.service_id = s.id)) as text
    from service s where ${ids}::uuid[] is null or s.id = any(${ids}::uuid[])`.execute(tx);
  for (let i = 0; i < rows.rows.length; i += BATCH) {
    const batch = rows.rows.slice(i, i + BATCH);
    const lemmas = batch.map((r) => baseFormsText(r.text, morphology));
    await sql`
      update service s set search_base_forms = s.search_base_forms || to_tsvector('simple', b.lemmas)
      from unnest(${batch.map((r) => r.id)}::uuid[], ${lemmas}::text[]) as b(id, lemmas)
      where s.id = b.id`.execute(tx);
  }
}

export function baseFormsText(text: string, morphology: Pick<FinnishMorphology, 'analyse'>): string {
  const forms = new Set<string>();
  for (const word of new Set(text.toLocaleLowerCase('fi').match(/\p{L}+/gu) ?? [])) {
    if (word.length < 2) continue;
    const { baseForms, parts } = morphology.analyse(word);
    for (const f of [...baseForms, ...parts]) if (/^\p{L}+$/u.test(f)) forms.add(f);
  }
  return [...forms].join(' ');
}
