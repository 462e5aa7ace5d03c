/** One input that needs fixing: the field as the form names it, and what is wrong, in the reader's language. */
export interface FieldIssue {
  field: string;
  message: string;
}

/**
 * The GOV.UK-style summary at the top of a form: a heading the reader lands on and a link to each
 * field that needs fixing. Messages come from the server's problem texts (`context.describeIssues`).
 */
export function ErrorSummary({
  title,
  issues,
  labels,
  help,
  unlinked = [],
}: {
  title: string;
  issues: FieldIssue[];
  labels: Record<string, string>;
  help?: string;
  /** Fields named in words that have no control on the page to link to (the page number). */
  unlinked?: string[];
}) {
  if (issues.length === 0) return null;
  return (
    <div className="error-summary" role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title">{title}</h2>
      {help && <p>{help}</p>}
      <ul>
        {issues.map((issue, i) => {
          const label = labels[issue.field] ?? issue.field;
          // An issue of the whole form (a refused sign-in) has no field to name or link to.
          const message = label ? `${label}: ${issue.message}` : issue.message;
          return (
            <li key={i}>
              {labels[issue.field] && !unlinked.includes(issue.field) ? <a href={`#f-${issue.field}`}>{message}</a> : message}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
