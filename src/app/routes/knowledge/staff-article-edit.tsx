import { redirect } from 'react-router';
import type { ArticleForEditing } from '../../../modules/knowledge/knowledge.model.ts';
import { ConflictError } from '../../../platform/errors.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import type { FieldIssue } from '../../components/error-summary.tsx';
import { Notice } from '../../components/staff-form.tsx';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { formatDate } from '../../format.ts';
import { requireUuid } from '../../page-data.ts';
import { paths } from '../../paths.ts';
import { formAction, formHeaders, refusal, signedIn, type FormFailure } from '../staff/forms.server.ts';
import { ArticleForm, articleFields, type ArticleFormValues } from './article-form.tsx';
import type { Route } from './+types/staff-article-edit';

export const headers = formHeaders;

function valuesOf(a: ArticleForEditing): ArticleFormValues {
  const values: ArticleFormValues = {
    slug: a.slug,
    organizationId: a.organizationId,
    reviewerPersonId: a.reviewerPersonId,
    status: a.status,
    reviewedOn: a.reviewedOn,
    reviewIntervalMonths: String(a.reviewIntervalMonths),
    categoryCodes: a.categoryCodes,
    lifeSituationCodes: a.lifeSituationCodes,
    serviceIds: a.serviceIds,
  };
  for (const l of ['fi', 'sv', 'en'] as const) {
    values[`title.${l}`] = a.title[l] ?? '';
    values[`summary.${l}`] = a.summary[l] ?? '';
    values[`body.${l}`] = a.body[l] ?? '';
    values[`keywords.${l}`] = a.keywords?.[l] ?? '';
  }
  return values;
}

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const id = requireUuid(params.id);
  const lang = params.lang as Lang;
  const [article, choices] = await signedIn(lang, () =>
    Promise.all([context.knowledge.getArticleForEditing(id), context.knowledge.articleFormChoices(id)]),
  );
  return { article, choices, saved: new URL(request.url).searchParams.has('saved') };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const id = requireUuid(params.id);
  const lang = params.lang as Lang;
  const values = articleFields(await request.formData());
  try {
    const result = await signedIn(lang, () =>
      formAction(context, lang, values as Record<string, string>, () => context.knowledge.updateArticle(id, values as never)),
    );
    if (!result.ok) return result.response;
  } catch (error) {
    // Someone saved in between: their change stays, this form keeps what was typed and says why.
    if (ConflictError.is(error)) return refusal(uiMessages[lang].knowledge.staff.stale, values as Record<string, string>);
    throw error;
  }
  throw redirect(`${paths.knowledge.staffArticle(lang, id)}?saved`);
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.knowledge.staff.editTitle} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function EditArticle({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.knowledge.staff;
  const { article, choices, saved } = loaderData;
  const failure = actionData as FormFailure | undefined;
  const issues: FieldIssue[] = failure?.issues ?? [];
  const values = (failure?.values as ArticleFormValues | undefined) ?? valuesOf(article);
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>{t.editTitle}</h1>
      {saved && !failure && <Notice kind="success">{t.saved}</Notice>}
      <p>
        {format(t.owner, { name: article.ownerName })} · {format(t.due, { date: formatDate(lang, article.reviewDue) })}
      </p>
      {article.status === 'published' && (
        <p>
          <a href={paths.knowledge.article(lang, article.slug)}>{t.view}</a>
        </p>
      )}
      <ArticleForm choices={choices} values={values} issues={issues} version={article.version} />
      <p>
        <a href={paths.knowledge.staffArticles(lang)}>{t.back}</a>
      </p>
    </main>
  );
}
