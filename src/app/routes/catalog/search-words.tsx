import type { Lang } from '../../../platform/i18n-text.ts';
import { localize } from '../../../platform/i18n-text.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField, Notice } from '../../components/staff-form.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { fieldsOf, formAction, keptValues, signedIn, type FormFailure } from '../staff/forms.server.ts';
import type { Route } from './+types/search-words';

const LANGS = ['fi', 'sv', 'en'] as const;

export async function loader({ params, context }: Route.LoaderArgs) {
  return signedIn(params.lang as Lang, () => context.catalog.listSearchMisses());
}

/** One step: the word joins the concept; the list is shown again with what happened. */
export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const form = await request.formData();
  const fields = fieldsOf(form);
  const wordLang = LANGS.find((l) => l === fields.lang) ?? 'fi';
  const result = await signedIn(lang, () =>
    formAction(context, lang, keptValues(form, ['word', 'concept', 'lang']), () =>
      context.catalog.addWordToConcept({ lang: wordLang, word: String(fields.word ?? ''), concept: String(fields.concept ?? '') }),
    ),
  );
  if (!result.ok) return result.response;
  return { added: result.value };
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.catalog.searchWords.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

/** The questions families asked in vain, and a word added to a concept in one step for each. */
export default function SearchWords({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.catalog.searchWords;
  const { misses, concepts, fromDay, permittedActions } = loaderData;
  const canAdd = permittedActions.includes('SearchVocabulary.ADD_WORD');
  const added = actionData && 'added' in actionData ? actionData.added : null;
  const issues = actionData && 'issues' in actionData ? (actionData as FormFailure).issues : [];
  const conceptName = (code: string) => localize(concepts.find((c) => c.code === code)?.name ?? { fi: code }, lang).text;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{t.title}</h1>
      <p className="lead">{format(t.lead, { from: fromDay })}</p>
      {added && <Notice kind="success">{format(t.added, { word: added.word, concept: conceptName(added.concept) })}</Notice>}
      <ErrorSummary title={m.staff.common.errorSummary} issues={issues} labels={{ word: t.word, concept: t.concept }} />
      {misses.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <DataTable caption={t.caption} columns={[t.question, t.language, t.outcome, t.count, t.lastDay, canAdd && t.teach]}>
          {misses.map((miss, i) => (
            <tr key={`${miss.lang}-${miss.query}-${miss.outcome}`}>
              <td lang={miss.lang}>{miss.query}</td>
              <td>{m.catalog.enums.language[miss.lang]}</td>
              <td>{t.outcomes[miss.outcome]}</td>
              <td>{miss.count}</td>
              <td>{miss.lastDay}</td>
              {canAdd && (
                <td>
                  <form method="post" className="inline-form">
                    <CsrfField />
                    <input type="hidden" name="lang" value={miss.lang} />
                    <label htmlFor={`word-${i}`}>{t.word}</label>
                    <input id={`word-${i}`} name="word" type="text" defaultValue={miss.query} maxLength={41} required />
                    <label htmlFor={`concept-${i}`}>{t.concept}</label>
                    <select id={`concept-${i}`} name="concept" required defaultValue="">
                      <option value="" disabled>
                        {t.chooseConcept}
                      </option>
                      {concepts.map((c) => (
                        <option key={c.code} value={c.code}>
                          {localize(c.name, lang).text}
                        </option>
                      ))}
                    </select>
                    <button type="submit" className="button">
                      {t.add}
                    </button>
                  </form>
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      )}
    </main>
  );
}
