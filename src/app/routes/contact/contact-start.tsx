import { redirect } from 'react-router';
import { CONTACT_CHANNELS, CONTACT_LANGUAGES, CONTACT_TOPICS, type ContactLanguage } from '../../../modules/contact/contact.domain.ts';
import { DEMO_REGION_ID } from '../../../modules/catalog/index.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import { choicesOf } from '../../choices.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { Field, Notice } from '../../components/staff-form.tsx';
import { formatMoment } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { fieldsOf, formAction, formHeaders, keptValues, type FormFailure } from '../staff/forms.server.ts';
import { EmergencyNotice, RadioGroup, SelectField, TextArea } from './contact-parts.tsx';
import type { Route } from './+types/contact-start';

const FIELDS = ['topic', 'municipality', 'language', 'channel', 'message', 'name', 'phone'] as const;

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const lang = params.lang as Lang;
  const regions = await context.catalog.listRegions();
  const regionId = regions.length === 1 ? regions[0]!.id : DEMO_REGION_ID;
  const municipalities = await context.catalog.listMunicipalities({ regionId });
  const chosen = new URL(request.url).searchParams.get('municipality') ?? municipalities[0]?.code ?? '';
  const availability = await Promise.all(
    CONTACT_LANGUAGES.map(async (language) => ({
      language,
      ...(await context.contact.liveChatStatus({ municipality: chosen, language })),
    })),
  );
  return {
    municipalities: choicesOf(municipalities, lang, 'byLabel'),
    chosen,
    deleted: new URL(request.url).searchParams.get('deleted') === '1',
    availability: availability.map((a) => ({ language: a.language, open: a.open, nextOpening: a.nextOpening?.toISOString() ?? null })),
  };
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const form = await request.formData();
  const values = keptValues(form, FIELDS);
  const f = fieldsOf(form);
  const result = await formAction(context, lang, values, () =>
    context.contact.createRequest({
      topic: f.topic,
      municipality: f.municipality,
      language: f.language,
      channel: f.channel,
      message: f.message,
      contact: { name: f.name, phone: f.phone },
    }),
  );
  if (!result.ok) return result.response;
  return redirect(paths.contact.follow(result.value.token ? (f.language as ContactLanguage) : lang, result.value.token), 303);
}

export function headers(args: Route.HeadersArgs) {
  return formHeaders(args);
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.contact.start.title} – ${m.site.name}` }];
}

export default function ContactStart({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.contact;
  const failure = actionData as FormFailure | undefined;
  const issues = failure?.issues ?? [];
  const v = failure?.values ?? {};
  const labels = {
    topic: t.start.topic,
    municipality: t.start.municipality,
    language: t.start.language,
    channel: t.start.channel,
    message: t.start.message,
    name: t.start.name,
    phone: t.start.phone,
  };
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>{t.start.title}</h1>
      <p className="lead">{t.start.lead}</p>
      {loaderData.deleted && <Notice kind="success">{t.follow.deleted}</Notice>}
      <EmergencyNotice />
      <ul className="plain-list" aria-label={t.channels.chat}>
        {loaderData.availability.map((a) => {
          const language = t.languages[a.language];
          return (
            <li key={a.language}>
              {a.open
                ? format(t.start.chatOpen, { language })
                : a.nextOpening
                  ? format(t.start.chatClosed, { language, time: formatMoment(lang, a.nextOpening) })
                  : format(t.start.chatNoShift, { language })}
            </li>
          );
        })}
      </ul>
      <ErrorSummary title={t.start.errorTitle} issues={issues} labels={labels} />
      <form method="post" noValidate>
        <SelectField
          name="topic"
          label={t.start.topic}
          issues={issues}
          defaultValue={v.topic}
          options={CONTACT_TOPICS.map((k) => ({ value: k, label: t.topics[k] }))}
        />
        <SelectField
          name="municipality"
          label={t.start.municipality}
          issues={issues}
          defaultValue={v.municipality ?? loaderData.chosen}
          options={loaderData.municipalities}
        />
        <RadioGroup
          name="language"
          legend={t.start.language}
          issues={issues}
          defaultValue={v.language ?? lang}
          options={CONTACT_LANGUAGES.map((k) => ({ value: k, label: t.languages[k] }))}
        />
        <RadioGroup
          name="channel"
          legend={t.start.channel}
          issues={issues}
          defaultValue={v.channel ?? 'chat'}
          options={CONTACT_CHANNELS.map((k) => ({ value: k, label: t.channels[k] }))}
        />
        <TextArea name="message" label={t.start.message} hint={t.start.messageHint} issues={issues} defaultValue={v.message} />
        <fieldset className="field">
          <legend>{t.start.anonymousTitle}</legend>
          <p className="hint">{t.start.anonymousHint}</p>
          <Field
            name="name"
            label={t.start.name}
            issues={issues}
            defaultValue={v.name}
            required={false}
            autoComplete="name"
            maxLength={200}
          />
          <Field
            name="phone"
            label={t.start.phone}
            issues={issues}
            defaultValue={v.phone}
            required={false}
            autoComplete="tel"
            inputMode="text"
            maxLength={30}
          />
        </fieldset>
        <button type="submit">{t.start.submit}</button>
      </form>
    </main>
  );
}
