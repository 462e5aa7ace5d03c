import { data } from 'react-router';
import type { Lang } from '../../../platform/i18n-text.ts';
import type { EditableService } from '../../../modules/catalog/index.ts';
import {
  ACCESS_MODES,
  COSTS,
  DELIVERY_MODES,
  SECTORS,
  SERVICE_LANGUAGES,
  SERVICE_LEVELS,
  STATUSES,
  TARGET_GROUPS,
} from '../../../modules/catalog/catalog.domain.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { T } from '../../components/localized.tsx';
import { CsrfField, Notice } from '../../components/staff-form.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { formatDate } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { requireUuid } from '../../page-data.ts';
import { paths } from '../../paths.ts';
import { signedIn } from '../staff/forms.server.ts';
import { Choices, I18nFields, i18nValues, Select, summaryLabels, TextField, type FormState } from './edit-fields.tsx';
import { editAction, formRecord } from './form.server.ts';
import { isFailure, type FormValues } from './form-state.ts';
import { StaleNotice } from './stale-notice.tsx';
import type { Route } from './+types/service-edit';

export async function loader({ params, context }: Route.LoaderArgs) {
  const id = requireUuid(params.id);
  return signedIn(params.lang as Lang, async () => ({
    service: await context.catalog.getServiceForEdit(id),
    taxonomy: await context.catalog.getTaxonomy(),
  }));
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const id = requireUuid(params.id);
  const values = formRecord(await request.formData());
  const intent = values.intent;
  delete values.intent;
  const result = await signedIn(lang, () =>
    editAction(context, lang, values, async () => {
      if (intent === 'addLocation') return context.catalog.addServiceLocation(id, values);
      if (intent === 'removeLocation')
        return { outcome: 'saved' as const, ...(await context.catalog.removeServiceLocation(id, values.location)), changes: 1 };
      return context.catalog.saveService(id, values);
    }),
  );
  if (!result.ok) return result.response;
  if (result.value.outcome === 'stale') return data({ stale: result.value.changes, values, intent }, { status: 409 });
  return { saved: result.value.changes };
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staffCatalog.service.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

/** The entry as the form's values: texts in three fields, lists as lists. */
export function serviceValues(s: EditableService): FormValues {
  const f = s.fields;
  return {
    version: String(s.version),
    ...i18nValues('name', f.name),
    ...i18nValues('summary', f.summary),
    ...i18nValues('description', f.description),
    ...i18nValues('keywords', f.keywords),
    ...i18nValues('costNote', f.costNote),
    ...i18nValues('statusNote', f.statusNote),
    level: f.level,
    sector: f.sector,
    targetGroups: f.targetGroups,
    ageMin: f.ageMin?.toString() ?? '',
    ageMax: f.ageMax?.toString() ?? '',
    languages: f.languages,
    delivery: f.delivery,
    access: f.access,
    cost: f.cost,
    status: f.status,
    categories: f.categories,
  };
}

export default function ServiceEdit({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staffCatalog;
  const e = m.catalog.enums;
  const { service, taxonomy } = loaderData;
  const failed = isFailure(actionData) ? actionData : null;
  const stale = actionData && 'stale' in actionData ? actionData : null;
  const mainForm = (failed || stale) && (!stale || stale.intent !== 'addLocation');
  // After a stale save the form keeps what was typed, on the version now stored, so saving again is a decision.
  const state: FormState = {
    values: mainForm ? { ...(failed ?? stale)!.values, version: String(service.version) } : serviceValues(service),
    issues: failed?.issues ?? [],
  };
  const labels = summaryLabels(
    {
      name: t.service.name,
      summary: t.service.summary,
      description: t.service.description,
      keywords: t.service.keywords,
      costNote: t.service.costNote,
      statusNote: t.common.statusNote,
    },
    {
      level: t.service.level,
      sector: t.service.sector,
      targetGroups: t.service.targetGroups,
      ageMin: t.service.ageMin,
      ageMax: t.service.ageMax,
      languages: t.service.languages,
      delivery: t.service.delivery,
      access: t.service.access,
      cost: t.service.cost,
      status: t.common.status,
      categories: t.service.categories,
      place: t.service.place,
      phone: t.service.phone,
      email: t.service.email,
      '': '',
    },
    t.common,
  );
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <p>
        <a href={paths.staffCatalog.catalog(lang)}>{t.common.back}</a>
      </p>
      <h1>
        {t.service.title}: <T text={service.fields.name} />
      </h1>
      <p>
        <T text={service.organization.name} /> · {format(t.common.lastChecked, { date: formatDate(lang, service.lastChecked) })}
        {service.stale && <span className="tag tag--stale"> {t.common.stale}</span>} ·{' '}
        <a href={paths.staffCatalog.serviceHistory(lang, service.id)}>{t.common.history}</a> ·{' '}
        <a href={paths.service(lang, service.id)}>{m.site.name}</a>
      </p>
      {actionData && 'saved' in actionData && <Notice kind="success">{actionData.saved ? t.common.saved : t.common.noChanges}</Notice>}
      {stale && <StaleNotice changes={stale.stale} />}
      <ErrorSummary title={m.staff.common.errorSummary} issues={state.issues} labels={labels} />
      <form method="post" noValidate>
        <CsrfField />
        <input type="hidden" name="version" value={valueOfVersion(state)} />
        <h2>{t.common.status}</h2>
        <Choices
          name="status"
          legend={t.common.status}
          options={STATUSES.map((s) => [s, m.catalog.status[s]] as const)}
          state={state}
          multiple={false}
        />
        <I18nFields name="statusNote" label={t.common.statusNote} hint={t.common.statusNoteHint} state={state} />
        <h2>{t.service.basics}</h2>
        <I18nFields name="name" label={t.service.name} hint={t.common.textHint} state={state} required />
        <I18nFields name="summary" label={t.service.summary} state={state} multiline required />
        <I18nFields name="description" label={t.service.description} hint={t.common.optionalHint} state={state} multiline />
        <I18nFields name="keywords" label={t.service.keywords} hint={t.service.keywordsHint} state={state} />
        <h2>{t.service.classification}</h2>
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
        <TextField name="ageMin" label={t.service.ageMin} state={state} inputMode="numeric" hint={t.common.optionalHint} />
        <TextField name="ageMax" label={t.service.ageMax} state={state} inputMode="numeric" hint={t.common.optionalHint} />
        <Choices
          name="languages"
          legend={t.service.languages}
          options={SERVICE_LANGUAGES.map((v) => [v, e.language[v]] as const)}
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
        <I18nFields name="costNote" label={t.service.costNote} hint={t.common.optionalHint} state={state} />
        <Choices
          name="categories"
          legend={t.service.categories}
          options={taxonomy.categories.map((c) => [c.code, c.name[lang] ?? c.name.fi] as const)}
          state={state}
          multiple
        />
        <button type="submit" className="button">
          {t.common.save}
        </button>
      </form>
      <Locations service={service} stale={Boolean(stale && stale.intent === 'addLocation')} failed={failed && !mainForm ? failed : null} />
    </main>
  );
}

function valueOfVersion(state: FormState) {
  const v = state.values.version;
  return Array.isArray(v) ? (v[0] ?? '') : (v ?? '');
}

function Locations({
  service,
  failed,
}: {
  service: EditableService;
  stale: boolean;
  failed: { issues: FormState['issues']; values: FormValues } | null;
}) {
  const { lang, m } = useI18n();
  const t = m.staffCatalog.service;
  const state: FormState = failed
    ? { ...failed, values: { ...failed.values, version: String(service.version) } }
    : { values: { version: String(service.version) }, issues: [] };
  const linked = new Set(service.locations.map((l) => l.placeId));
  const choices = service.placeChoices.filter((p) => !linked.has(p.id));
  return (
    <section aria-labelledby="locations-title">
      <h2 id="locations-title">{t.locations}</h2>
      {service.locations.length === 0 ? (
        <p>{t.noLocations}</p>
      ) : (
        <DataTable caption={t.locationsCaption} columns={[t.place, t.phone, t.email, t.remove]}>
          {service.locations.map((l) => (
            <tr key={l.id}>
              <td>
                <a href={paths.staffCatalog.place(lang, l.placeId)}>
                  <T text={l.placeName} />
                </a>
              </td>
              <td>{l.phone ?? '–'}</td>
              <td>{l.email ?? '–'}</td>
              <td>
                <form method="post">
                  <CsrfField />
                  <input type="hidden" name="intent" value="removeLocation" />
                  <input type="hidden" name="location" value={l.id} />
                  <button
                    type="submit"
                    className="button button--secondary"
                    aria-label={format(t.removeNamed, { name: l.placeName[lang] ?? l.placeName.fi })}
                  >
                    {t.remove}
                  </button>
                </form>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {choices.length > 0 && (
        <form method="post" noValidate aria-labelledby="add-location-title">
          <h3 id="add-location-title">{t.addLocation}</h3>
          <CsrfField />
          <input type="hidden" name="intent" value="addLocation" />
          <input type="hidden" name="version" value={String(service.version)} />
          <Select name="place" label={t.place} options={choices.map((p) => [p.id, p.name[lang] ?? p.name.fi] as const)} state={state} />
          <TextField name="phone" label={t.phone} state={state} type="tel" />
          <TextField name="email" label={t.email} state={state} type="email" />
          <I18nFields name="note" label={t.note} state={state} />
          <button type="submit" className="button">
            {t.addLocationSubmit}
          </button>
        </form>
      )}
    </section>
  );
}
