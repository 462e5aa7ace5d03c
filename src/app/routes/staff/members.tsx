import type { Lang } from '../../../platform/i18n-text.ts';
import { localize } from '../../../platform/i18n-text.ts';
import { requireUuid } from '../../page-data.ts';
import { TableRegion } from '../../components/staff-form.tsx';
import { formatMoment } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { signedIn } from './forms.server.ts';
import type { Route } from './+types/members';

export async function loader({ params, context }: Route.LoaderArgs) {
  const id = requireUuid(params.id);
  return signedIn(params.lang as Lang, () => context.identity.listMembers(id));
}

export function meta({ data, params }: Route.MetaArgs) {
  const lang = (params.lang as Lang) ?? 'fi';
  const m = uiMessages[lang];
  const name = data ? localize(data.organization.name, lang).text : '';
  return [{ title: `${format(m.staff.members.title, { organization: name })} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

/** An organisation's members and their roles (reading them is on record). Inviting and removing come next. */
export default function Members({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.staff.members;
  const { organization, members } = loaderData;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{format(t.title, { organization: localize(organization.name, lang).text })}</h1>
      <p className="lead">{t.lead}</p>
      {members.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <TableRegion label={t.caption}>
          <table>
            <caption>{t.caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t.name}</th>
                <th scope="col">{t.email}</th>
                <th scope="col">{t.role}</th>
                <th scope="col">{t.since}</th>
              </tr>
            </thead>
            <tbody>
              {members.map((member) => (
                <tr key={member.id}>
                  <td>{member.name}</td>
                  <td>{member.email}</td>
                  <td>{m.staff.roles[member.role]}</td>
                  <td>{formatMoment(lang, member.since)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </main>
  );
}
