import { redirect } from 'react-router';
import type { Lang } from '../../../platform/i18n-text.ts';
import { helsinkiMoment } from '../../../platform/helsinki-time.ts';
import type { FieldIssue } from '../../components/error-summary.tsx';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { formAction, formHeaders, signedIn, type FormFailure } from '../staff/forms.server.ts';
import { ArticleForm, articleFields, type ArticleFormValues } from './article-form.tsx';
import type { Route } from './+types/staff-article-new';

export const headers = formHeaders;

export async function loader({ params, context }: Route.LoaderArgs) {
  const choices = await signedIn(params.lang as Lang, () => context.knowledge.articleFormChoices());
  return { choices, today: helsinkiMoment(context.clock.now()).date };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const values = articleFields(await request.formData());
  const result = await signedIn(lang, () =>
    formAction(context, lang, values as Record<string, string>, () => context.knowledge.createArticle(values)),
  );
  if (!result.ok) return result.response;
  throw redirect(`${paths.knowledge.staffArticle(lang, result.value.id)}?saved`);
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.knowledge.staff.newTitle} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function NewArticle({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const failure = actionData as FormFailure | undefined;
  const issues: FieldIssue[] = failure?.issues ?? [];
  const values: ArticleFormValues = (failure?.values as ArticleFormValues | undefined) ?? {
    reviewedOn: loaderData.today,
    organizationId: loaderData.choices.organizations[0]?.id ?? '',
  };
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>{m.knowledge.staff.newTitle}</h1>
      <ArticleForm choices={loaderData.choices} values={values} issues={issues} />
      <p>
        <a href={paths.knowledge.staffArticles(lang)}>{m.knowledge.staff.back}</a>
      </p>
    </main>
  );
}
