import { systemActor } from '../../../platform/actor.ts';
import { authorize, reachOf } from '../../../platform/authorization/actions.ts';
import type { Clock } from '../../../platform/clock.ts';
import { write } from '../../../platform/db/transactions.ts';
import type { I18nText } from '../../../platform/i18n-text.ts';
import type { JobDefinition } from '../../../platform/jobs/job-queue.ts';
import type { Kysely } from 'kysely';
import { serviceActions } from '../catalog.actions.ts';
import { staleBefore, type EditingDeps, type EditingReadContext } from './editing.context.ts';
import type { EditingDb } from './editing.tables.ts';
import { listServicesWithin } from './services-editing.queries.ts';
import { editorContactsOf, organizationsToRemind, recordReminder } from './freshness.queries.ts';

export const FRESHNESS_REMINDER_JOB = 'catalog-freshness-reminders';

export interface StaleDashboard {
  staleBefore: string;
  total: number;
  byOrganization: { organization: { id: string; name: I18nText }; services: { id: string; name: I18nText; lastChecked: string }[] }[];
  byMunicipality: { municipality: { code: string; name: I18nText }; count: number }[];
}

/** A coordinator's view: the stale services of their reach, by organisation and by municipality. */
export async function staleDashboard(ctx: EditingReadContext): Promise<StaleDashboard> {
  authorize(ctx, serviceActions.UPDATE);
  const cutoff = staleBefore(ctx.clock, ctx.freshness);
  const rows = await listServicesWithin(ctx.tx, reachOf(ctx.actor, serviceActions.UPDATE), { checkedBefore: cutoff }, 2000);
  const byOrganization = new Map<string, StaleDashboard['byOrganization'][number]>();
  const byMunicipality = new Map<string, StaleDashboard['byMunicipality'][number]>();
  for (const r of rows) {
    const entry = byOrganization.get(r.organization.id) ?? { organization: r.organization, services: [] };
    entry.services.push({ id: r.id, name: r.name, lastChecked: r.lastChecked });
    byOrganization.set(r.organization.id, entry);
    for (const m of r.municipalities) {
      const count = byMunicipality.get(m.code) ?? { municipality: m, count: 0 };
      count.count++;
      byMunicipality.set(m.code, count);
    }
  }
  return {
    staleBefore: cutoff,
    total: rows.length,
    byOrganization: [...byOrganization.values()],
    byMunicipality: [...byMunicipality.values()].sort(
      (a, b) => b.count - a.count || a.municipality.name.fi.localeCompare(b.municipality.name.fi, 'fi'),
    ),
  };
}

function reminderText(organization: string, services: string[], cutoff: string, link: string) {
  const list = services.map((s) => `- ${s}`).join('\n');
  return [
    `Hei,`,
    ``,
    `${organization}: näitä palveluja ei ole tarkistettu ${cutoff} jälkeen. Tarkista, että tiedot pitävät paikkansa – jos ne ovat ajan tasalla, yksi napsautus "Tiedot ovat ajan tasalla" riittää.`,
    ``,
    list,
    ``,
    link,
    ``,
    `Hej! Dessa tjänster har inte kontrollerats sedan ${cutoff}. Kontrollera uppgifterna i arbetsytan.`,
    `Hello! These services have not been checked since ${cutoff}. Please check them in the workspace.`,
  ].join('\n');
}

/**
 * The daily reminder: each organisation with stale services whose editors were not reminded within
 * the interval gets one mail per editor and admin, through the outbox, in the same transaction that
 * records the reminder (so a retry never mails twice).
 */
export function freshnessReminderJob(db: Kysely<EditingDb>, clock: Clock, deps: EditingDeps): JobDefinition {
  return {
    name: FRESHNESS_REMINDER_JOB,
    schedule: '15 7 * * *',
    async handle() {
      await sendFreshnessReminders(db, clock, deps);
    },
  };
}

export async function sendFreshnessReminders(db: Kysely<EditingDb>, clock: Clock, deps: EditingDeps): Promise<number> {
  const cutoff = staleBefore(clock, deps.freshness);
  const now = clock.now();
  const remindedSince = new Date(now.getTime() - deps.freshness.reminderIntervalDays * 86_400_000);
  const scope = systemActor(FRESHNESS_REMINDER_JOB);
  return write(db, scope, async (tx) => {
    const stale = await organizationsToRemind(tx, cutoff, remindedSince);
    let mails = 0;
    for (const org of stale) {
      const recipients = await editorContactsOf(tx, org.id);
      if (recipients.length === 0) continue;
      const link = `${deps.freshness.publicOrigin ?? ''}/fi/staff/catalog?stale=1`;
      for (const r of recipients) {
        await deps.outbox.send(tx, {
          to: r.email,
          toName: r.name,
          subject: `Tarkista palvelujen tiedot – ${org.name.fi}`,
          text: reminderText(org.name.fi, org.services, cutoff, link),
          purpose: 'catalog.freshnessReminder',
        });
        mails++;
      }
      await recordReminder(tx, org.id, now, org.services.length);
    }
    return mails;
  });
}
