import { ORGANIZATION_ROLES } from '../../../platform/actor.ts';
import { ConflictError } from '../../../platform/errors.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import { localize } from '../../../platform/i18n-text.ts';
import { requireUuid } from '../../page-data.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField, Field, Notice } from '../../components/staff-form.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { formatMoment } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { fieldsOf, formAction, formHeaders, keptValues, refusal, signedIn, type FormFailure } from './forms.server.ts';
import type { Route } from './+types/members';

export async function loader({ params, context }: Route.LoaderArgs) {
  const id = requireUuid(params.id);
  return signedIn(params.lang as Lang, () => context.identity.listMembers(id));
}

/**
 * Invite (`intent=invite`: name, address, role) or remove (`intent=remove`: the membership id).
 * Invalid input and conflicts come back to the form with the typed values; the list reloads after.
 */
export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const id = requireUuid(params.id);
  const form = await request.formData();
  const fields = fieldsOf(form);
  const values = keptValues(form, ['name', 'email', 'role']);
  const conflicts = uiMessages[lang].staff.members;
  return signedIn(lang, async () => {
    try {
      if (fields.intent === 'remove') {
        await context.identity.removeMember(id, String(fields.membership ?? ''));
        return { removed: true as const };
      }
      const result = await formAction(context, lang, values, () =>
        context.identity.inviteMember(id, {
          name: fields.name,
          email: fields.email,
          role: fields.role,
          requestOrigin: context.requestOrigin,
        }),
      );
      return result.ok ? { invited: result.value.email } : result.response;
    } catch (error) {
      if (ConflictError.is(error) && (error.messageKey === 'alreadyMember' || error.messageKey === 'removeSelf'))
        return refusal(conflicts[error.messageKey], values);
      throw error;
    }
  });
}

export function headers(args: Route.HeadersArgs) {
  return formHeaders(args);
}

export function meta({ data: loaded, params }: Route.MetaArgs) {
  const lang = (params.lang as Lang) ?? 'fi';
  const m = uiMessages[lang];
  const name = loaded ? localize(loaded.organization.name, lang).text : '';
  return [{ title: `${format(m.staff.members.title, { organization: name })} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

/** An organisation's members and open invitations (reading them is on record); invite and remove, as permitted. */
export default function Members({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staff.members;
  const { organization, members, invitations, permittedActions } = loaderData;
  const canInvite = permittedActions.includes('Member.INVITE');
  const canRemove = permittedActions.includes('Member.REMOVE');
  const failure = actionData && 'issues' in actionData ? (actionData as FormFailure) : undefined;
  const issues = failure?.issues ?? [];
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{format(t.title, { organization: localize(organization.name, lang).text })}</h1>
      <p className="lead">{t.lead}</p>
      {actionData && 'invited' in actionData && <Notice kind="success">{format(t.invited, { email: String(actionData.invited) })}</Notice>}
      {actionData && 'removed' in actionData && <Notice kind="success">{t.removed}</Notice>}
      <ErrorSummary
        title={m.staff.common.errorSummary}
        issues={issues}
        labels={{ name: t.inviteName, email: t.inviteEmail, role: t.inviteRole }}
      />
      {members.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <DataTable caption={t.caption} columns={[t.name, t.email, t.role, t.since, canRemove && t.actions]}>
          {members.map((member) => (
            <tr key={member.id}>
              <td>{member.name}</td>
              <td>{member.email}</td>
              <td>{m.staff.roles[member.role]}</td>
              <td>{formatMoment(lang, member.since)}</td>
              {canRemove && (
                <td>
                  <form method="post">
                    <CsrfField />
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="membership" value={member.id} />
                    <button type="submit" className="button button--secondary">
                      {format(t.remove, { name: member.name, role: m.staff.roles[member.role] })}
                    </button>
                  </form>
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      )}
      {invitations.length > 0 && (
        <>
          <h2>{t.invitations}</h2>
          <DataTable caption={t.invitationsCaption} columns={[t.name, t.email, t.role, t.sent, t.expires]}>
            {invitations.map((i) => (
              <tr key={`${i.email}-${i.role}`}>
                <td>{i.name}</td>
                <td>{i.email}</td>
                <td>{m.staff.roles[i.role]}</td>
                <td>{formatMoment(lang, i.sentAt)}</td>
                <td>{formatMoment(lang, i.expiresAt)}</td>
              </tr>
            ))}
          </DataTable>
        </>
      )}
      {canInvite && (
        <section aria-labelledby="invite-title">
          <h2 id="invite-title">{t.inviteTitle}</h2>
          <p>{t.inviteLead}</p>
          <form method="post" noValidate>
            <CsrfField />
            <input type="hidden" name="intent" value="invite" />
            <Field
              name="name"
              label={t.inviteName}
              issues={issues}
              defaultValue={failure?.values.name}
              autoComplete="off"
              maxLength={200}
            />
            <Field
              name="email"
              type="email"
              label={t.inviteEmail}
              issues={issues}
              defaultValue={failure?.values.email}
              autoComplete="off"
              maxLength={254}
            />
            <RoleField issues={issues} defaultValue={failure?.values.role} label={t.inviteRole} roles={m.staff.roles} />
            <button type="submit" className="button">
              {t.inviteSubmit}
            </button>
          </form>
        </section>
      )}
    </main>
  );
}

function RoleField({
  issues,
  defaultValue,
  label,
  roles,
}: {
  issues: FormFailure['issues'];
  defaultValue: string | undefined;
  label: string;
  roles: Record<(typeof ORGANIZATION_ROLES)[number], string>;
}) {
  const errors = issues.filter((i) => i.field === 'role');
  return (
    <div className={errors.length ? 'field field--error' : 'field'}>
      <label htmlFor="f-role">{label}</label>
      {errors.length > 0 && (
        <p className="field-error" id="f-role-error">
          {errors.map((e) => e.message).join(' ')}
        </p>
      )}
      <select
        id="f-role"
        name="role"
        defaultValue={defaultValue || 'editor'}
        aria-invalid={errors.length ? true : undefined}
        aria-describedby={errors.length ? 'f-role-error' : undefined}
      >
        {ORGANIZATION_ROLES.map((role) => (
          <option key={role} value={role}>
            {roles[role]}
          </option>
        ))}
      </select>
    </div>
  );
}
