import type { InputIssue } from '../../platform/errors.ts';
import { format } from '../../platform/i18n/messages.ts';
import { problemMessages } from '../../platform/i18n/problems.ts';
import { useI18n } from '../i18n/index.ts';

/**
 * The GOV.UK-style summary at the top of a form: a heading the reader lands on and a link to each
 * field that needs fixing.
 */
export function ErrorSummary({ title, issues, labels, help }: { title: string; issues: InputIssue[]; labels: Record<string, string>; help?: string }) {
  const { lang } = useI18n();
  if (issues.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      {help && <p>{help}</p>}
      <ul>
        {issues.map((issue, i) => {
          const label = labels[issue.field] ?? issue.field;
          const message = `${label}: ${format(problemMessages[lang].issues[issue.key], issue.params)}`;
          return <li key={i}>{labels[issue.field] ? <a href={`#f-${issue.field}`}>{message}</a> : message}</li>;
        })}
      </ul>
    </div>
  );
}
