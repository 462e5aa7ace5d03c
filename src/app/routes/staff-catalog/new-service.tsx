import { redirect } from 'react-router';
import type { Lang } from '../../../platform/i18n-text.ts';
import {
  ACCESS_MODES,
  COSTS,
  DELIVERY_MODES,
  SECTORS,
  SERVICE_LANGUAGES,
  SERVICE_LEVELS,
  TARGET_GROUPS,
} from '../../../modules/catalog/catalog.domain.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField } from '../../components/staff-form.tsx';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import { requireUuid } from '../../page-data.ts';
import { paths } from '../../paths.ts';
import { signedIn } from '../staff/forms.server.ts';
import { Choices, I18nFields, Select, summaryLabels, type FormState } from './edit-fields.tsx';
import { editAction, formRecord } from './form.server.ts';
import { isFailure } from './form-state.ts';
import type { Route } from './+types/new-service';

export async function loader({ params, request }: Route.LoaderArgs) {
  return { organization: requireUuid(new URL(request.url).searchParams.get('organization') ?? undefined), lang: params.lang };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const values = formRecord(await request.formData());
  const result = await signedIn(lang, () => editAction(context, lang, values, () => context.catalog.createService(values)));
  if (!result.ok) return result.response;
  throw redirect(paths.staffCatalog.service(lang, result.value.id));
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staffCatalog.service.newTitle} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function NewService({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staffCatalog;
  const e = m.catalog.enums;
  const failed = isFailure(actionData) ? actionData : null;
  const state: FormState = failed ?? { values: { organization: loaderData.organization }, issues: [] };
  const labels = summaryLabels(
    { name: t.service.name, summary: t.service.summary },
    {
      level: t.service.level,
      sector: t.service.sector,
      targetGroups: t.service.targetGroups,
      languages: t.service.languages,
      delivery: t.service.delivery,
      access: t.service.access,
      cost: t.service.cost,
      organization: t.common.organization,
    },
    t.common,
  );
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <p>
        <a href={paths.staffCatalog.catalog(lang)}>{t.common.back}</a>
      </p>
      <h1>{t.service.newTitle}</h1>
      <ErrorSummary title={m.staff.common.errorSummary} issues={state.issues} labels={labels} />
      <form method="post" noValidate>
        <CsrfField />
        <input type="hidden" name="organization" value={loaderData.organization} />
        <I18nFields name="name" label={t.service.name} hint={t.common.textHint} state={state} required />
        <I18nFields name="summary" label={t.service.summary} state={state} multiline required />
        <Choices
          name="level"
          legend={t.service.level}
          options={SERVICE_LEVELS.map((v) => [v, e.level[v]] as const)}
          state={state}
          multiple={false}
        />
        <Select name="sector" label={t.service.sector} options={SECTORS.map((v) => [v, e.sector[v]] as const)} state={state} />
        <Choices
          name="targetGroups"
          legend={t.service.targetGroups}
          options={TARGET_GROUPS.map((v) => [v, e.targetGroup[v]] as const)}
          state={state}
          multiple
        />
        <Choices
          name="languages"
          legend={t.service.languages}
          options={SERVICE_LANGUAGES.slice(0, 3).map((v) => [v, e.language[v]] as const)}
          state={state}
          multiple
        />
        <Choices
          name="delivery"
          legend={t.service.delivery}
          options={DELIVERY_MODES.map((v) => [v, e.delivery[v]] as const)}
          state={state}
          multiple
        />
        <Choices
          name="access"
          legend={t.service.access}
          options={ACCESS_MODES.map((v) => [v, e.access[v]] as const)}
          state={state}
          multiple
        />
        <Choices name="cost" legend={t.service.cost} options={COSTS.map((v) => [v, e.cost[v]] as const)} state={state} multiple={false} />
        <button type="submit" className="button">
          {t.service.create}
        </button>
      </form>
    </main>
  );
}
