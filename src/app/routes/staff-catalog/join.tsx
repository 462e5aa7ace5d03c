import type { Lang } from '../../../platform/i18n-text.ts';
import { choicesOf } from '../../choices.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField, Notice } from '../../components/staff-form.tsx';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import { Select, TextField, type FormState } from './edit-fields.tsx';
import { editAction, formRecord } from './form.server.ts';
import { isFailure } from './form-state.ts';
import type { Route } from './+types/join';

const TYPES = ['ngo', 'parish', 'company', 'municipality'] as const;

export async function loader({ context }: Route.LoaderArgs) {
  return { municipalities: await context.catalog.listMunicipalities() };
}

/** Anyone may ask; the catalog limits requests per client (JOIN_REQUEST_RATE_LIMIT). */
export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const values = formRecord(await request.formData());
  const result = await editAction(context, lang, values, () => context.catalog.submitJoinRequest(values));
  if (!result.ok) return result.response;
  return { sent: true as const };
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staffCatalog.join.title} – ${m.site.name}` }];
}

export default function Join({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staffCatalog.join;
  const failed = isFailure(actionData) ? actionData : null;
  const state: FormState = failed ?? { values: {}, issues: [] };
  const labels: Record<string, string> = {
    organizationName: t.organizationName,
    organizationType: t.organizationType,
    municipality: t.municipality,
    businessId: t.businessId,
    website: t.website,
    contactName: t.contactName,
    contactEmail: t.contactEmail,
    message: t.message,
  };
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      {actionData && 'sent' in actionData ? (
        <Notice kind="success">{t.sent}</Notice>
      ) : (
        <>
          <ErrorSummary title={m.staff.common.errorSummary} issues={state.issues} labels={labels} />
          <form method="post" noValidate>
            <CsrfField />
            <TextField name="organizationName" label={t.organizationName} state={state} required />
            <Select
              name="organizationType"
              label={t.organizationType}
              options={TYPES.map((v) => [v, m.catalog.enums.organizationType[v]] as const)}
              state={state}
              placeholder={t.choose}
            />
            <Select
              name="municipality"
              label={t.municipality}
              options={choicesOf(loaderData.municipalities, lang, 'byLabel').map((c) => [c.value, c.label] as const)}
              state={state}
              placeholder={t.choose}
            />
            <TextField name="businessId" label={t.businessId} hint={t.businessIdHint} state={state} />
            <TextField name="website" label={t.website} state={state} type="url" />
            <TextField name="contactName" label={t.contactName} state={state} required />
            <TextField name="contactEmail" label={t.contactEmail} state={state} type="email" required />
            <TextField name="message" label={t.message} state={state} multiline />
            <button type="submit" className="button">
              {t.submit}
            </button>
          </form>
        </>
      )}
    </main>
  );
}
