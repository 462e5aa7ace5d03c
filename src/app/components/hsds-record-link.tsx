import { useI18n } from '../i18n/index.ts';
import { paths } from '../paths.ts';

/** A link to a service's record in the open HSDS API, in the reader's language. */
export function HsdsRecordLink({ serviceId }: { serviceId: string }) {
  const { lang, m } = useI18n();
  return (
    <p className="hint">
      <a href={paths.hsdsService(lang, serviceId)} type="application/json">
        {m.interop.record.link}
      </a>
    </p>
  );
}
