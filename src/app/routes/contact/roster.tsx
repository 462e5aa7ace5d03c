import { redirect } from 'react-router';
import { CONTACT_LANGUAGES } from '../../../modules/contact/contact.domain.ts';
import { localize, type Lang } from '../../../platform/i18n-text.ts';
import { choicesOf } from '../../choices.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField, Field } from '../../components/staff-form.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { formatMoment } from '../../format.ts';
import { uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { fieldsOf, formAction, formHeaders, keptValues, signedIn, type FormFailure } from '../staff/forms.server.ts';
import { SelectField } from './contact-parts.tsx';
import type { Route } from './+types/roster';

export async function loader({ params, context }: Route.LoaderArgs) {
  const lang = params.lang as Lang;
  const roster = await signedIn(lang, () => context.contact.roster());
  const municipalities = await context.catalog.listMunicipalities({ regionId: roster.regionId });
  return {
    roster: JSON.parse(JSON.stringify(roster)) as typeof roster & { shifts: { startsAt: string; endsAt: string }[] },
    municipalities: choicesOf(municipalities, lang, 'byLabel'),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const form = await request.formData();
  const f = fieldsOf(form);
  const values = keptValues(form, ['who', 'municipality', 'language', 'date', 'from', 'to']);
  const result = await signedIn(lang, () =>
    formAction(context, lang, values, async () => {
      if (f.intent === 'remove') return context.contact.removeShift(String(f.id ?? ''));
      const [person, organization] = String(f.who ?? '').split('|');
      return context.contact.addShift({
        person,
        organization,
        municipality: f.municipality,
        language: f.language,
        date: f.date,
        from: f.from,
        to: f.to,
      });
    }),
  );
  if (!result.ok) return result.response;
  return redirect(paths.contact.roster(lang), 303);
}

export function headers(args: Route.HeadersArgs) {
  return formHeaders(args);
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.contact.staff.roster.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function Roster({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.contact.staff.roster;
  const { roster } = loaderData;
  const failure = actionData as FormFailure | undefined;
  const issues = failure?.issues ?? [];
  const v = failure?.values ?? {};
  const municipalityName = (code: string | null) =>
    code ? (loaderData.municipalities.find((mu) => mu.value === code)?.label ?? code) : t.wholeRegion;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      {roster.shifts.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <DataTable caption={t.caption} columns={[t.who, t.when, t.where, t.language, m.contact.staff.queue.actions]}>
          {roster.shifts.map((s) => (
            <tr key={s.id}>
              <td>{s.personName}</td>
              <td>
                {formatMoment(lang, s.startsAt)} – {formatMoment(lang, s.endsAt)}
              </td>
              <td>{municipalityName(s.municipalityCode)}</td>
              <td>{m.contact.languages[s.language]}</td>
              <td>
                {s.permittedActions.length > 0 && (
                  <form method="post" className="inline-form">
                    <CsrfField />
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="id" value={s.id} />
                    <button type="submit" aria-label={`${t.remove}: ${s.personName} ${formatMoment(lang, s.startsAt)}`}>
                      {t.remove}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {roster.advisors.length > 0 && (
        <section className="contact-section" aria-labelledby="add-shift">
          <h2 id="add-shift">{t.add}</h2>
          <ErrorSummary
            title={m.contact.start.errorTitle}
            issues={issues}
            labels={{ person: t.person, who: t.person, date: t.date, from: t.from, to: t.to, municipality: t.where, language: t.language }}
          />
          <form method="post" noValidate>
            <CsrfField />
            <input type="hidden" name="intent" value="add" />
            <SelectField
              name="who"
              label={t.person}
              issues={issues}
              defaultValue={v.who}
              options={roster.advisors.map((a) => ({
                value: `${a.personId}|${a.organizationId}`,
                label: `${a.name} (${localize(a.organizationName, lang).text})`,
              }))}
            />
            <SelectField
              name="municipality"
              label={t.where}
              issues={issues}
              required={false}
              defaultValue={v.municipality}
              options={[{ value: '', label: t.wholeRegion }, ...loaderData.municipalities]}
            />
            <SelectField
              name="language"
              label={t.language}
              issues={issues}
              defaultValue={v.language}
              options={CONTACT_LANGUAGES.map((k) => ({ value: k, label: m.contact.languages[k] }))}
            />
            <Field name="date" type="date" label={t.date} issues={issues} defaultValue={v.date ?? roster.today} />
            <Field name="from" label={t.from} hint="08:00" issues={issues} defaultValue={v.from ?? '08:00'} />
            <Field name="to" label={t.to} hint="16:00" issues={issues} defaultValue={v.to ?? '16:00'} />
            <button type="submit">{t.submit}</button>
          </form>
        </section>
      )}
    </main>
  );
}
