import { useI18n } from '../i18n/index.ts';
import { paths } from '../paths.ts';

export function ErrorView({ status, detail }: { status: number; detail?: string | undefined }) {
  const { lang, m } = useI18n();
  const title =
    status === 404
      ? m.errors.notFoundTitle
      : status === 403
        ? m.errors.forbiddenTitle
        : status < 500
          ? m.errors.invalidTitle
          : m.errors.serverTitle;
  const text =
    detail ?? (status === 404 ? m.errors.notFoundText : status === 403 ? m.errors.forbiddenText : status < 500 ? '' : m.errors.serverText);
  return (
    <main id="main" className="page narrow" tabIndex={-1}>
      <title>{title}</title>
      <h1>{title}</h1>
      {text && <p>{text}</p>}
      <p>
        <a href={paths.home(lang)}>{m.errors.backHome}</a>
      </p>
    </main>
  );
}
