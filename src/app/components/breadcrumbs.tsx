import { useI18n } from '../i18n/index.ts';
import { paths } from '../paths.ts';

export function Breadcrumbs({ items }: { items: { label: string; href?: string }[] }) {
  const { lang, m } = useI18n();
  const all = [{ label: m.site.home, href: paths.home(lang) }, ...items];
  return (
    <nav aria-label={m.site.breadcrumb} className="breadcrumbs">
      <ol>
        {all.map((item, i) =>
          item.href && i < all.length - 1 ? (
            <li key={i}>
              <a href={item.href}>{item.label}</a>
            </li>
          ) : (
            <li key={i} aria-current="page">
              {item.label}
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
