import { data } from 'react-router';
import { IMPORT_KINDS, IMPORT_OUTCOMES } from '../../../modules/catalog/network/network-import.model.ts';
import { UPLOAD_MAX_BYTES } from '../../../modules/interop/import/upload-limits.ts';
import { LANGUAGES, type Lang } from '../../../platform/i18n-text.ts';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { CsrfField, Notice, TableRegion } from '../../components/staff-form.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { formatMoment } from '../../format.ts';
import { format, uiMessages, useI18n } from '../../i18n/index.ts';
import { formAction, signedIn, type FormFailure } from '../staff/forms.server.ts';
import { applyFields, keptImportValues, parseImportForm, reportView, type ReportView } from './import.server.ts';
import type { Route } from './+types/import';

const MAX_MB = UPLOAD_MAX_BYTES / 1024 / 1024;

export async function loader({ params, context }: Route.LoaderArgs) {
  return signedIn(params.lang as Lang, () => context.interop.importChoices());
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const lang = params.lang as Lang;
  const form = await request.formData();
  const values = keptImportValues(form);
  const parsed = await parseImportForm(form, UPLOAD_MAX_BYTES);
  if (!parsed.ok) {
    const message = format(context.describeIssues([{ field: parsed.field, key: parsed.key }])[0]!.message, { max: MAX_MB });
    return data<FormFailure>({ issues: [{ field: parsed.field, message }], values }, { status: 400 });
  }
  const result = await signedIn(lang, () => formAction(context, lang, values, () => context.interop.runStaffImport(parsed.input)));
  if (!result.ok) return result.response;
  const report = reportView(result.value.report, lang, (issue) => context.interop.describeImportIssue(issue));
  return { report, apply: report.dryRun && !report.fatal ? applyFields(result.value) : null };
}

export function meta({ params }: Route.MetaArgs) {
  const m = uiMessages[(params.lang as Lang) ?? 'fi'];
  return [{ title: `${m.interop.import.title} – ${m.site.name}` }, { name: 'robots', content: 'noindex' }];
}

/** The staff workspace's import page: a dry run with its per-record report, then the import; past runs below. */
export default function ImportPage({ loaderData, actionData }: Route.ComponentProps) {
  const { lang, m } = useI18n();
  const t = m.interop.import;
  const { everywhere, regions, runs } = loaderData;
  const failure = actionData && 'issues' in actionData ? (actionData as FormFailure) : null;
  const done = actionData && 'report' in actionData ? actionData : null;
  const values = failure?.values ?? {};
  const issues = failure?.issues ?? [];
  const labels = { file: t.file, url: t.url, source: t.source, region: t.region, lang: t.lang };
  const errorOf = (field: string) => issues.filter((i) => i.field === field).map((i) => i.message);
  const described = (field: string, hint: boolean) =>
    [hint ? `f-${field}-hint` : null, errorOf(field).length ? `f-${field}-error` : null].filter(Boolean).join(' ') || undefined;
  const fieldError = (field: string) =>
    errorOf(field).length ? (
      <p className="field-error" id={`f-${field}-error`}>
        {errorOf(field).join(' ')}
      </p>
    ) : null;
  return (
    <main id="main" className="page" tabIndex={-1}>
      <h1>{t.title}</h1>
      <p className="lead">{t.lead}</p>
      <ErrorSummary title={m.staff.common.errorSummary} issues={issues} labels={labels} />
      {done && <ReportSection report={done.report} />}
      {done?.apply && (
        <form method="post" encType="multipart/form-data" className="import-apply">
          <CsrfField />
          {Object.entries(done.apply).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <button type="submit" className="button">
            {t.apply}
          </button>
        </form>
      )}
      <section aria-labelledby="import-form-title">
        <h2 id="import-form-title">{t.formHeading}</h2>
        <form method="post" encType="multipart/form-data" noValidate>
          <CsrfField />
          <input type="hidden" name="intent" value="dryRun" />
          <fieldset className="field">
            <legend>{t.fromLegend}</legend>
            {(['file', 'url'] as const).map((kind) => (
              <div className="choice" key={kind}>
                <input type="radio" id={`f-from-${kind}`} name="from" value={kind} defaultChecked={(values.from || 'file') === kind} />
                <label htmlFor={`f-from-${kind}`}>{kind === 'file' ? t.fromFile : t.fromUrl}</label>
              </div>
            ))}
          </fieldset>
          <div className={errorOf('file').length ? 'field field--error' : 'field'}>
            <label htmlFor="f-file">{t.file}</label>
            <p className="hint" id="f-file-hint">
              {format(t.fileHint, { max: MAX_MB })}
            </p>
            {fieldError('file')}
            <input
              id="f-file"
              name="file"
              type="file"
              accept=".json,.ndjson,.jsonl,application/json"
              aria-describedby={described('file', true)}
            />
          </div>
          <div className={errorOf('url').length ? 'field field--error' : 'field'}>
            <label htmlFor="f-url">{t.url}</label>
            <p className="hint" id="f-url-hint">
              {t.urlHint}
            </p>
            {fieldError('url')}
            <input
              id="f-url"
              name="url"
              type="url"
              defaultValue={values.url}
              maxLength={2000}
              aria-invalid={errorOf('url').length ? true : undefined}
              aria-describedby={described('url', true)}
            />
          </div>
          <div className="field">
            <label htmlFor="f-lang">{t.lang}</label>
            <p className="hint" id="f-lang-hint">
              {t.langHint}
            </p>
            <select id="f-lang" name="lang" defaultValue={values.lang || 'fi'} aria-describedby="f-lang-hint">
              {LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t.langNames[l]}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor="f-region">{t.region}</label>
            <p className="hint" id="f-region-hint">
              {t.regionHint}
            </p>
            <select id="f-region" name="region" defaultValue={values.region ?? ''} aria-describedby="f-region-hint">
              {everywhere && <option value="">{t.wholeNetwork}</option>}
              {regions.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.name[lang] ?? r.name.fi}
                </option>
              ))}
            </select>
          </div>
          <div className={errorOf('source').length ? 'field field--error' : 'field'}>
            <label htmlFor="f-source">{t.source}</label>
            <p className="hint" id="f-source-hint">
              {t.sourceHint}
            </p>
            {fieldError('source')}
            <input
              id="f-source"
              name="source"
              type="text"
              defaultValue={values.source}
              maxLength={100}
              aria-invalid={errorOf('source').length ? true : undefined}
              aria-describedby={described('source', true)}
            />
          </div>
          <button type="submit" className="button">
            {t.dryRun}
          </button>
        </form>
      </section>
      <section aria-labelledby="import-runs-title">
        <h2 id="import-runs-title">{t.runsHeading}</h2>
        {runs.length === 0 ? (
          <p>{t.runsNone}</p>
        ) : (
          <DataTable caption={t.runsCaption} columns={[t.when, t.runSource, t.runKind, t.summary]}>
            {runs.map((run) => (
              <tr key={run.id}>
                <td>{formatMoment(lang, run.startedAt)}</td>
                <td>
                  <code>{run.source}</code>
                </td>
                <td>
                  {run.format.toUpperCase()}, {t.runModes[run.mode]}, {run.dryRun ? t.runDry : t.runApplied}
                </td>
                <td>
                  {IMPORT_OUTCOMES.map((o) => `${t.outcomes[o]} ${IMPORT_KINDS.reduce((n, k) => n + (run.counts[k]?.[o] ?? 0), 0)}`).join(
                    ', ',
                  )}
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
    </main>
  );
}

function ReportSection({ report }: { report: ReportView }) {
  const { m } = useI18n();
  const t = m.interop.import;
  return (
    <section aria-labelledby="import-report-title" className="import-report">
      <h2 id="import-report-title" tabIndex={-1}>
        {report.dryRun ? t.dryRunHeading : t.appliedHeading}
      </h2>
      {report.fatal ? (
        <Notice kind="error">{report.dryRun ? t.cannotApply : t.notApplied}</Notice>
      ) : (
        <Notice kind="success">{report.dryRun ? t.dryRunNote : t.appliedNote}</Notice>
      )}
      {report.problems.length > 0 && (
        <>
          <h3>{t.problems}</h3>
          <ul>
            {report.problems.map((p, i) => (
              <li key={i}>{p}</li>
            ))}
          </ul>
        </>
      )}
      <TableRegion label={t.countsCaption}>
        <table>
          <caption>{t.countsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{t.kind}</th>
              {IMPORT_OUTCOMES.map((o) => (
                <th scope="col" key={o}>
                  {t.outcomes[o]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {IMPORT_KINDS.map((k) => (
              <tr key={k}>
                <th scope="row">{t.kinds[k]}</th>
                {IMPORT_OUTCOMES.map((o) => (
                  <td key={o}>{report.counts[k][o]}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {report.records.length === 0 ? (
        <p>{t.noRecords}</p>
      ) : (
        <DataTable caption={t.recordsCaption} columns={[t.record, t.outcome, t.details]}>
          {report.records.map((r) => (
            <tr key={`${r.kind} ${r.id}`}>
              <td>
                {t.kinds[r.kind as keyof typeof t.kinds]}: {r.label ?? r.id}
                {r.label && <span className="audit-table__sub">{r.id}</span>}
              </td>
              <td>{t.outcomes[r.outcome as keyof typeof t.outcomes]}</td>
              <td>
                {r.details.length > 0 && (
                  <ul className="plain-list">
                    {r.details.map((d, i) => (
                      <li key={i}>{d}</li>
                    ))}
                  </ul>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {report.total > report.records.length && <p>{format(t.recordsMore, { shown: report.records.length, total: report.total })}</p>}
    </section>
  );
}
