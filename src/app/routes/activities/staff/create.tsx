import { redirect } from 'react-router';
import type { Lang } from '../../../../platform/i18n-text.ts';
import { uiMessages, useI18n } from '../../../i18n/index.ts';
import { paths } from '../../../paths.ts';
import { formAction, keptValues, signedIn, type FormFailure } from '../../staff/forms.server.ts';
import { ACTIVITY_FORM_FIELDS, ActivityForm, parseActivityForm } from './activity-form.tsx';
import type { Route } from './+types/create';
import { data } from 'react-router';

export async function loader({ params, context }: Route.LoaderArgs) {
  return signedIn(params.lang as Lang, () => context.activities.organiser.activityFormChoices());
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const form = await request.formData();
  const values = { ...keptValues(form, ACTIVITY_FORM_FIELDS), languages: form.getAll('languages').join(',') };
  const parsed = parseActivityForm(form);
  if (!parsed.ok) return data<FormFailure>({ issues: context.describeIssues(parsed.issues), values }, { status: 400 });
  const result = await signedIn(lang, () =>
    formAction(context, lang, values, () => context.activities.organiser.createActivity(parsed.input)),
  );
  if (!result.ok) return result.response;
  throw redirect(paths.activities.staffEdit(lang, result.value.id));
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.activities.staff.create} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function CreateActivity({ loaderData, actionData }: Route.ComponentProps) {
  const { m } = useI18n();
  const failure = actionData as FormFailure | undefined;
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <h1>{m.activities.staff.create}</h1>
      <ActivityForm
        choices={loaderData}
        values={
          failure?.values ?? {
            signUp: 'open',
            capacity: '12',
            startTime: '10:00',
            durationMinutes: '90',
            languages: 'fi',
            type: 'club',
            status: 'published',
          }
        }
        issues={failure?.issues ?? []}
      />
    </main>
  );
}
