import { data } from 'react-router';
import type { Lang } from '../../../platform/i18n-text.ts';
import { ACCESSIBILITY_FACTS, STATUSES } from '../../../modules/catalog/catalog.domain.ts';
import { hoursFormValues, type EditablePlace } from '../../../modules/catalog/index.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { T } from '../../components/localized.tsx';
import { CsrfField, Notice } from '../../components/staff-form.tsx';
import { formatDate } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { requireUuid } from '../../page-data.ts';
import { paths } from '../../paths.ts';
import { signedIn } from '../staff/forms.server.ts';
import { Choices, I18nFields, i18nValues, summaryLabels, TextField, valueOf, type FormState } from './edit-fields.tsx';
import { editAction, formRecord } from './form.server.ts';
import { isFailure, type FormValues } from './form-state.ts';
import { StaleNotice } from './stale-notice.tsx';
import type { Route } from './+types/place-edit';

const FREE_EXCEPTION_ROWS = 3;

export async function loader({ params, context }: Route.LoaderArgs) {
  const id = requireUuid(params.id);
  return signedIn(params.lang as Lang, () => context.catalog.getPlaceForEdit(id));
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const id = requireUuid(params.id);
  const values = formRecord(await request.formData());
  const intent = values.intent === 'hours' ? 'hours' : 'details';
  delete values.intent;
  const result = await signedIn(lang, () =>
    editAction(context, lang, values, () =>
      intent === 'hours' ? context.catalog.savePlaceHours(id, values) : context.catalog.savePlace(id, values),
    ),
  );
  if (!result.ok) return data({ ...result.response.data, intent }, { status: result.response.init?.status ?? 400 });
  if (result.value.outcome === 'stale') return data({ stale: result.value.changes, values, intent }, { status: 409 });
  return { saved: result.value.changes, intent };
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staffCatalog.place.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

const tri = (v: boolean | null) => (v === true ? 'yes' : v === false ? 'no' : 'unknown');

function placeValues(p: EditablePlace): FormValues {
  const f = p.fields;
  return {
    version: String(p.version),
    ...i18nValues('name', f.name),
    ...i18nValues('description', f.description),
    ...i18nValues('postOffice', f.postOffice),
    ...i18nValues('transportNote', f.transportNote),
    ...i18nValues('accessibilityNote', f.accessibilityNote),
    ...i18nValues('statusNote', f.statusNote),
    streetAddress: f.streetAddress,
    postalCode: f.postalCode,
    latitude: f.latitude?.toString() ?? '',
    longitude: f.longitude?.toString() ?? '',
    ...Object.fromEntries(ACCESSIBILITY_FACTS.map((fact) => [fact, tri(f.accessibility[fact])])),
    phone: f.phone ?? '',
    email: f.email ?? '',
    website: f.website ?? '',
    status: f.status,
  };
}

export default function PlaceEdit({ loaderData: place, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staffCatalog;
  const failed = isFailure(actionData) ? actionData : null;
  const stale = actionData && 'stale' in actionData ? actionData : null;
  const intent = actionData && 'intent' in actionData ? actionData.intent : null;
  const kept = (failed ?? stale)?.values;
  const details: FormState = {
    values: kept && intent === 'details' ? { ...kept, version: String(place.version) } : placeValues(place),
    issues: intent === 'details' ? (failed?.issues ?? []) : [],
  };
  const hours: FormState = {
    values:
      kept && intent === 'hours'
        ? { ...kept, version: String(place.version) }
        : { ...hoursFormValues(place.hours), version: String(place.version) },
    issues: intent === 'hours' ? (failed?.issues ?? []) : [],
  };
  const exceptionRows =
    Math.max(
      place.hours.exceptions.length,
      ...Object.keys(hours.values).map((k) => (/^exception(\d+)\./.exec(k)?.[1] ? Number(/^exception(\d+)\./.exec(k)![1]) + 1 : 0)),
    ) + FREE_EXCEPTION_ROWS;
  const weekdays = m.catalog.hours.weekdays;
  const labels = summaryLabels(
    {
      name: t.place.name,
      description: t.place.description,
      postOffice: t.place.postOffice,
      transportNote: t.place.transportNote,
      accessibilityNote: t.place.accessibilityNote,
      statusNote: t.common.statusNote,
    },
    {
      streetAddress: t.place.streetAddress,
      postalCode: t.place.postalCode,
      latitude: t.place.latitude,
      longitude: t.place.longitude,
      phone: t.place.phone,
      email: t.place.email,
      website: t.place.website,
      status: t.common.status,
      ...Object.fromEntries(weekdays.map((d, i) => [`day${i + 1}`, d])),
      ...Object.fromEntries(
        Array.from({ length: exceptionRows }, (_, i) => [
          [`exception${i}.day`, format(t.place.exceptionDay, { n: i + 1 })],
          [`exception${i}.hours`, format(t.place.exceptionHours, { n: i + 1 })],
        ]).flat(),
      ),
    },
    t.common,
  );
  const facts = m.catalog.enums.accessibility;
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <p>
        <a href={paths.staffCatalog.catalog(lang)}>{t.common.back}</a>
      </p>
      <h1>
        {t.place.title}: <T text={place.fields.name} />
      </h1>
      <p>
        <T text={place.organization.name} /> · <T text={place.municipality.name} /> ·{' '}
        {format(t.common.lastChecked, { date: formatDate(lang, place.lastChecked) })}
        {place.stale && <span className="tag tag--stale"> {t.common.stale}</span>} ·{' '}
        <a href={paths.staffCatalog.placeHistory(lang, place.id)}>{t.common.history}</a> ·{' '}
        <a href={paths.place(lang, place.id)}>{m.site.name}</a>
      </p>
      {actionData && 'saved' in actionData && <Notice kind="success">{actionData.saved ? t.common.saved : t.common.noChanges}</Notice>}
      {stale && <StaleNotice changes={stale.stale} />}
      <ErrorSummary title={m.staff.common.errorSummary} issues={[...details.issues, ...hours.issues]} labels={labels} />

      <section aria-labelledby="hours-title">
        <h2 id="hours-title">{t.place.hours}</h2>
        <p>{t.place.hoursLead}</p>
        <form method="post" noValidate>
          <CsrfField />
          <input type="hidden" name="intent" value="hours" />
          <input type="hidden" name="version" value={valueOf(hours, 'version')} />
          <fieldset>
            <legend>{t.place.weekly}</legend>
            {weekdays.map((day, i) => (
              <TextField key={day} name={`day${i + 1}`} label={day} state={hours} />
            ))}
          </fieldset>
          {place.seasonalHours.length > 0 && (
            <>
              <h3>{t.place.seasonal}</h3>
              <ul>
                {place.seasonalHours.map((s, i) => (
                  <li key={i}>
                    {weekdays[s.weekday - 1]} {s.opens}–{s.closes} ({s.validFrom ?? '…'} – {s.validTo ?? '…'})
                  </li>
                ))}
              </ul>
            </>
          )}
          <fieldset>
            <legend>{t.place.exceptions}</legend>
            <p className="hint">{t.place.exceptionsLead}</p>
            {Array.from({ length: exceptionRows }, (_, i) => (
              <div className="exception-row" key={i}>
                <TextField
                  name={`exception${i}.day`}
                  label={format(t.place.exceptionDay, { n: i + 1 })}
                  hint={t.place.dayHint}
                  state={hours}
                  type="date"
                />
                <TextField name={`exception${i}.hours`} label={format(t.place.exceptionHours, { n: i + 1 })} state={hours} />
                <I18nFields name={`exception${i}.note`} label={format(t.place.exceptionNote, { n: i + 1 })} state={hours} />
              </div>
            ))}
          </fieldset>
          <button type="submit" className="button">
            {t.place.saveHours}
          </button>
        </form>
      </section>

      <section aria-labelledby="details-title">
        <h2 id="details-title">{t.place.details}</h2>
        <form method="post" noValidate>
          <CsrfField />
          <input type="hidden" name="intent" value="details" />
          <input type="hidden" name="version" value={valueOf(details, 'version')} />
          <Choices
            name="status"
            legend={t.common.status}
            options={STATUSES.map((s) => [s, m.catalog.status[s]] as const)}
            state={details}
            multiple={false}
          />
          <I18nFields name="statusNote" label={t.common.statusNote} hint={t.common.statusNoteHint} state={details} />
          <I18nFields name="name" label={t.place.name} hint={t.common.textHint} state={details} required />
          <I18nFields name="description" label={t.place.description} state={details} multiline />
          <h3>{t.place.address}</h3>
          <TextField name="streetAddress" label={t.place.streetAddress} state={details} required />
          <TextField name="postalCode" label={t.place.postalCode} state={details} inputMode="numeric" required />
          <I18nFields name="postOffice" label={t.place.postOffice} state={details} required />
          <TextField name="latitude" label={t.place.latitude} hint={t.place.coordinatesHint} state={details} inputMode="decimal" />
          <TextField name="longitude" label={t.place.longitude} state={details} inputMode="decimal" />
          <I18nFields name="transportNote" label={t.place.transportNote} state={details} multiline />
          <h3>{t.place.accessibility}</h3>
          {ACCESSIBILITY_FACTS.map((fact) => (
            <Choices
              key={fact}
              name={fact}
              legend={facts[fact]}
              options={[
                ['yes', t.common.yes],
                ['no', t.common.no],
                ['unknown', t.common.unknown],
              ]}
              state={details}
              multiple={false}
            />
          ))}
          <I18nFields name="accessibilityNote" label={t.place.accessibilityNote} state={details} multiline />
          <h3>{t.place.contact}</h3>
          <TextField name="phone" label={t.place.phone} state={details} type="tel" />
          <TextField name="email" label={t.place.email} state={details} type="email" />
          <TextField name="website" label={t.place.website} hint={t.place.websiteHint} state={details} type="url" />
          <button type="submit" className="button">
            {t.common.save}
          </button>
        </form>
      </section>
    </main>
  );
}
