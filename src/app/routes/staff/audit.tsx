import { data } from 'react-router';
import { auditLogQuery } from '../../../modules/identity/identity.schema.ts';
import { AUDIT_OUTCOMES } from '../../../platform/audit/audit.tables.ts';
import { DEFAULT_PAGE_SIZE } from '../../../platform/http/api-contract.ts';
import { queryRecord, toInputIssues } from '../../../platform/http/query-schema.ts';
import type { Lang } from '../../../platform/i18n-text.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { T, useLocalize } from '../../components/localized.tsx';
import { Pagination } from '../../components/pagination.tsx';
import { TableRegion } from '../../components/staff-form.tsx';
import { formatMoment } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { paths } from '../../paths.ts';
import { signedIn } from './forms.server.ts';
import type { Route } from './+types/audit';

const FILTERS = ['from', 'to', 'actor', 'organization', 'action', 'outcome'] as const;

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const lang = params.lang as Lang;
  const search = new URL(request.url).searchParams;
  const raw = Object.fromEntries(FILTERS.map((k) => [k, search.get(k) ?? '']));
  const parsed = auditLogQuery.safeParse(queryRecord(search));
  const actions = context.identity.auditedActions();
  if (!parsed.success) {
    // The filters are checked before anything is read; the page still needs to be allowed.
    await signedIn(lang, () => context.identity.readAuditLog({ page: 1, pageSize: 1 }));
    return data({ raw, actions, view: null, issues: context.describeIssues(toInputIssues(parsed.error.issues)) }, { status: 400 });
  }
  const q = parsed.data;
  const view = await signedIn(lang, () =>
    context.identity.readAuditLog({
      from: q.from,
      to: q.to,
      actor: q.actor,
      organizationId: q.organization,
      action: q.action,
      outcome: q.outcome,
      page: q.page ?? 1,
      pageSize: q.pageSize ?? DEFAULT_PAGE_SIZE,
    }),
  );
  return { raw, actions, view, issues: [] };
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.staff.audit.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

export default function AuditLog({ loaderData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const localize = useLocalize();
  const t = m.staff.audit;
  const { raw, actions, view, issues } = loaderData;
  const filters = new URLSearchParams(Object.entries(raw).filter(([, v]) => v !== ''));
  const labels = { from: t.from, to: t.to, actor: t.actor, organization: t.organization, action: t.action, outcome: t.outcome };
  const actorOf = (e: NonNullable<typeof view>['items'][number]) =>
    e.actorKind === 'system'
      ? format(t.system, { process: e.actorProcess ?? '' })
      : e.actorKind === 'anonymous'
        ? t.anonymous
        : (e.actorName ?? e.actorPersonId ?? '');
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <ErrorSummary title={m.staff.common.errorSummary} issues={issues} labels={labels} />
      <form method="get" className="audit-filters" aria-labelledby="audit-filters-title">
        <h2 id="audit-filters-title">{t.filters}</h2>
        <div className="audit-filters__grid">
          {(['from', 'to'] as const).map((key) => (
            <div className="field" key={key}>
              <label htmlFor={`f-${key}`}>{labels[key]}</label>
              <p className="hint" id={`f-${key}-hint`}>
                {t.dateHint}
              </p>
              <input id={`f-${key}`} name={key} type="date" defaultValue={raw[key]} aria-describedby={`f-${key}-hint`} />
            </div>
          ))}
          <div className="field">
            <label htmlFor="f-actor">{t.actor}</label>
            <p className="hint" id="f-actor-hint">
              {t.actorHint}
            </p>
            <input id="f-actor" name="actor" type="search" defaultValue={raw.actor} maxLength={100} aria-describedby="f-actor-hint" />
          </div>
          <div className="field">
            <label htmlFor="f-organization">{t.organization}</label>
            <select id="f-organization" name="organization" defaultValue={raw.organization}>
              <option value="">{t.anyOrganization}</option>
              {(view?.organizations ?? []).map((o) => (
                <option key={o.id} value={o.id}>
                  {localize(o.name)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-action">{t.action}</label>
            <select id="f-action" name="action" defaultValue={raw.action}>
              <option value="">{t.anyAction}</option>
              {actions.map((a) => (
                <option key={a} value={a}>
                  {a}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-outcome">{t.outcome}</label>
            <select id="f-outcome" name="outcome" defaultValue={raw.outcome}>
              <option value="">{t.anyOutcome}</option>
              {AUDIT_OUTCOMES.map((o) => (
                <option key={o} value={o}>
                  {t.outcomes[o]}
                </option>
              ))}
            </select>
          </div>
        </div>
        <button type="submit" className="button">
          {t.apply}
        </button>
      </form>
      {view && (
        <section aria-labelledby="audit-results-title">
          <h2 id="audit-results-title">{format(t.results, { total: view.total })}</h2>
          <p>
            <a href={paths.staff.auditExport(filters)} download>
              {t.export}
            </a>
          </p>
          {view.items.length === 0 ? (
            <p>{t.none}</p>
          ) : (
            <TableRegion label={t.caption}>
              <table className="audit-table">
                <caption>{t.caption}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.time}</th>
                    <th scope="col">{t.who}</th>
                    <th scope="col">{t.what}</th>
                    <th scope="col">{t.result}</th>
                    <th scope="col">{t.target}</th>
                    <th scope="col">{t.origin}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.items.map((e) => (
                    <tr key={e.id}>
                      <td>{formatMoment(lang, e.occurredAt)}</td>
                      <td>
                        {actorOf(e)}
                        {e.actorEmail && <span className="audit-table__sub">{e.actorEmail}</span>}
                      </td>
                      <td>
                        <code>{e.action}</code>
                      </td>
                      <td>
                        <span className={`tag tag--${e.outcome}`}>{t.outcomes[e.outcome]}</span>
                      </td>
                      <td>
                        {e.organizationName ? <T text={e.organizationName} /> : null}
                        {(e.targetType || e.targetId) && (
                          <span className="audit-table__sub">
                            {e.targetType} {e.targetId}
                          </span>
                        )}
                      </td>
                      <td>
                        {e.clientAddress}
                        {e.requestId && <span className="audit-table__sub">{e.requestId}</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )}
          <Pagination
            page={view.page}
            pageSize={view.pageSize}
            total={view.total}
            hrefFor={(page) => {
              const query = new URLSearchParams(filters);
              if (page > 1) query.set('page', String(page));
              return paths.staff.audit(lang, query);
            }}
          />
        </section>
      )}
    </main>
  );
}
