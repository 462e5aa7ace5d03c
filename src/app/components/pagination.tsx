import { format, useI18n } from '../i18n/index.ts';

export function Pagination({
  page,
  pageSize,
  total,
  hrefFor,
}: {
  page: number;
  pageSize: number;
  total: number;
  hrefFor: (page: number) => string;
}) {
  const { m } = useI18n();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  const window = [...new Set([1, page - 1, page, page + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return (
    <nav className="pagination" aria-label={m.pagination.label}>
      <p>{format(m.pagination.pageOf, { page, pages })}</p>
      <ul>
        {page > 1 && (
          <li>
            <a href={hrefFor(page - 1)} rel="prev">
              {m.pagination.previous}
            </a>
          </li>
        )}
        {window.map((p, i) => (
          <li key={p}>
            {i > 0 && p - window[i - 1]! > 1 && <span aria-hidden="true">… </span>}
            <a href={hrefFor(p)} aria-current={p === page ? 'page' : undefined} aria-label={format(m.pagination.pageLink, { page: p })}>
              {p}
            </a>
          </li>
        ))}
        {page < pages && (
          <li>
            <a href={hrefFor(page + 1)} rel="next">
              {m.pagination.next}
            </a>
          </li>
        )}
      </ul>
    </nav>
  );
}
