import type { ImportIssue, NetworkImportReport } from '../../../modules/catalog/network/network-import.model.ts';
import type { StaffImportInput, StaffImportResult } from '../../../modules/interop/import/staff-import.ts';
import { isLang, type Lang } from '../../../platform/i18n-text.ts';
import { format, uiMessages } from '../../i18n/index.ts';

/** The import page's form, read on the server: what was sent, and the report put into words. */

export const SHOWN_RECORDS = 300;
const text = (form: FormData, name: string) => {
  const v = form.get(name);
  return typeof v === 'string' ? v.trim() : '';
};

/** What goes back to the form after a failed post (never the file). */
export const keptImportValues = (form: FormData) =>
  Object.fromEntries(['from', 'url', 'lang', 'source', 'region'].map((n) => [n, text(form, n)])) as Record<string, string>;

/**
 * Browsers send the lines of a form's text fields with CRLF, whatever the file had: line ends are
 * made LF both on the way in and on the way back, so the apply's checksum compares like with like.
 * JSON means the same either way (a raw line break cannot stand inside a JSON string).
 */
const lf = (text: string) => text.replace(/\r\n?/g, '\n');

export type ParsedImportForm = { ok: true; input: StaffImportInput } | { ok: false; field: string; key: 'fileRequired' | 'fileTooLarge' };

export async function parseImportForm(form: FormData, maxBytes: number): Promise<ParsedImportForm> {
  const apply = text(form, 'intent') === 'apply';
  const lang = text(form, 'lang');
  const common = {
    lang: (isLang(lang) ? lang : 'fi') as Lang,
    source: text(form, 'source') || undefined,
    regionId: text(form, 'region') || undefined,
    dryRun: !apply,
  };
  if (text(form, 'from') === 'url') {
    const url = text(form, 'url');
    if (!url) return { ok: false, field: 'url', key: 'fileRequired' };
    return { ok: true, input: { ...common, from: { kind: 'url', url } } };
  }
  if (apply) {
    const content = form.get('content');
    if (typeof content !== 'string' || !content) return { ok: false, field: 'file', key: 'fileRequired' };
    return {
      ok: true,
      input: {
        ...common,
        from: { kind: 'file', name: text(form, 'fileName') || 'file', text: lf(content) },
        checksum: text(form, 'checksum'),
      },
    };
  }
  const file = form.get('file');
  if (!file || typeof file === 'string' || file.size === 0) return { ok: false, field: 'file', key: 'fileRequired' };
  if (file.size > maxBytes) return { ok: false, field: 'file', key: 'fileTooLarge' };
  return { ok: true, input: { ...common, from: { kind: 'file', name: file.name, text: lf(await file.text()) } } };
}

export interface ReportView {
  dryRun: boolean;
  applied: boolean;
  fatal: boolean;
  counts: NetworkImportReport['counts'];
  problems: string[];
  records: { kind: string; id: string; label: string | null; outcome: string; details: string[] }[];
  total: number;
  added: string | null;
}

const shown = (value: unknown) => {
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s === undefined ? '–' : s.length > 120 ? `${s.slice(0, 117)}…` : s;
};

export function reportView(report: NetworkImportReport, lang: Lang, describeIssue: (issue: ImportIssue) => string): ReportView {
  const t = uiMessages[lang].interop.import;
  const notable = report.records.filter((r) => r.outcome !== 'unchanged' || r.warnings?.length);
  return {
    dryRun: report.dryRun,
    applied: report.applied,
    fatal: report.problems.some((p) => p.fatal),
    counts: report.counts,
    problems: report.problems.map((p) => describeIssue(p)),
    total: notable.length,
    added:
      report.added.regions.length || report.added.municipalities.length
        ? [...report.added.regions, ...report.added.municipalities].join(', ')
        : null,
    records: notable.slice(0, SHOWN_RECORDS).map((r) => ({
      kind: r.kind,
      id: r.sourceId,
      label: r.label ?? null,
      outcome: r.outcome,
      details: [
        ...(r.reasons ?? []).map((i) => describeIssue(i)),
        ...(r.conflicts ?? []).map((c) => format(t.conflict, { field: c.field, local: shown(c.local), incoming: shown(c.incoming) })),
        ...(r.changed?.length ? [format(t.changed, { fields: r.changed.join(', ') })] : []),
        ...(r.warnings ?? []).map((i) => describeIssue(i)),
      ],
    })),
  };
}

/** The hidden fields of the apply form: the same input again, the file with the checksum the dry run gave it. */
export function applyFields(result: StaffImportResult): Record<string, string> {
  const { input } = result;
  const common = { intent: 'apply', lang: input.lang, source: input.source, region: input.regionId ?? '' };
  return input.from.kind === 'url'
    ? { ...common, from: 'url', url: input.from.url }
    : { ...common, from: 'file', fileName: input.from.name, content: input.from.text, checksum: input.checksum ?? '' };
}
