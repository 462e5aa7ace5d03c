import { redirect } from 'react-router';
import type { Lang } from '../../../platform/i18n-text.ts';
import { PLACE_KINDS } from '../../../modules/catalog/catalog.domain.ts';
import { choicesOf } from '../../choices.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField } from '../../components/staff-form.tsx';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import { requireUuid } from '../../page-data.ts';
import { paths } from '../../paths.ts';
import { signedIn } from '../staff/forms.server.ts';
import { I18nFields, Select, summaryLabels, TextField, type FormState } from './edit-fields.tsx';
import { editAction, formRecord } from './form.server.ts';
import { isFailure } from './form-state.ts';
import type { Route } from './+types/new-place';

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const organization = requireUuid(new URL(request.url).searchParams.get('organization') ?? undefined);
  const municipalities = await context.catalog.listMunicipalities();
  return { organization, municipalities, lang: params.lang };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const values = formRecord(await request.formData());
  const result = await signedIn(lang, () => editAction(context, lang, values, () => context.catalog.createPlace(values)));
  if (!result.ok) return result.response;
  throw redirect(paths.staffCatalog.place(lang, result.value.id));
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staffCatalog.place.newTitle} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function NewPlace({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staffCatalog;
  const failed = isFailure(actionData) ? actionData : null;
  const state: FormState = failed ?? { values: { organization: loaderData.organization }, issues: [] };
  const labels = summaryLabels(
    { name: t.place.name, postOffice: t.place.postOffice },
    {
      kind: t.place.kind,
      municipality: t.place.municipality,
      streetAddress: t.place.streetAddress,
      postalCode: t.place.postalCode,
      organization: t.common.organization,
    },
    t.common,
  );
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <p>
        <a href={paths.staffCatalog.catalog(lang)}>{t.common.back}</a>
      </p>
      <h1>{t.place.newTitle}</h1>
      <ErrorSummary title={m.staff.common.errorSummary} issues={state.issues} labels={labels} />
      <form method="post" noValidate>
        <CsrfField />
        <input type="hidden" name="organization" value={loaderData.organization} />
        <Select
          name="kind"
          label={t.place.kind}
          options={PLACE_KINDS.map((k) => [k, m.catalog.enums.placeKind[k]] as const)}
          state={state}
        />
        <Select
          name="municipality"
          label={t.place.municipality}
          options={choicesOf(loaderData.municipalities, lang, 'byLabel').map((c) => [c.value, c.label] as const)}
          state={state}
          placeholder={t.join.choose}
        />
        <I18nFields name="name" label={t.place.name} hint={t.common.textHint} state={state} required />
        <TextField name="streetAddress" label={t.place.streetAddress} state={state} required />
        <TextField name="postalCode" label={t.place.postalCode} state={state} inputMode="numeric" required />
        <I18nFields name="postOffice" label={t.place.postOffice} state={state} required />
        <button type="submit" className="button">
          {t.place.create}
        </button>
      </form>
    </main>
  );
}
