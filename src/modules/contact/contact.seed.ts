import { sql } from 'kysely';
import { addDays, helsinkiMoment } from '../../platform/helsinki-time.ts';
import type { DemoDataMode, SiteSettings } from '../../platform/module.ts';
import type { WriteContext } from '../../platform/request-context.ts';
import { DEMO_REGION_ID } from '../catalog/index.ts';
import type { ContactDb } from './contact.tables.ts';
import { helsinkiInstant } from './duty.ts';

const ROSTER_DAYS = 7;
/** The demo's advisors on duty (identity's demo accounts), and the languages they answer in. */
const DEMO_DUTY: { email: string; languages: ('fi' | 'sv' | 'en')[] }[] = [
  { email: 'neuvoja.mll@perhekeskus.example', languages: ['fi', 'en'] },
  { email: 'neuvoja.seurakunta@perhekeskus.example', languages: ['fi', 'sv'] },
  { email: 'hanna.heikkinen@perhekeskus.example', languages: ['fi', 'sv'] },
];

/**
 * Demo mode: a duty roster that covers the current time and the next week, round the clock, so
 * that a newcomer can chat with themselves in two browsers. Topped up at every start.
 */
export async function seedContactDemo(ctx: WriteContext<ContactDb>, mode: DemoDataMode, site: SiteSettings): Promise<boolean> {
  if (mode === 'never' || !site.demoMode) return false;
  const advisors = await ctx.tx
    .selectFrom('person as p')
    .innerJoin('membership as ms', 'ms.person_id', 'p.id')
    .innerJoin('organization as o', 'o.id', 'ms.organization_id')
    .select(['p.id', 'p.email', 'o.id as organizationId'])
    .where('ms.role', '=', 'familyAdvisor')
    .where('o.region_id', '=', DEMO_REGION_ID)
    .where('p.email', 'in', DEMO_DUTY.map((d) => d.email))
    .execute();
  if (advisors.length === 0) return false;
  const today = helsinkiMoment(ctx.clock.now()).date;
  let added = 0;
  for (let day = -1; day < ROSTER_DAYS; day++) {
    const startsAt = helsinkiInstant(addDays(today, day), '00:00');
    const endsAt = helsinkiInstant(addDays(today, day + 1), '00:00');
    for (const advisor of advisors) {
      for (const language of DEMO_DUTY.find((d) => d.email === advisor.email)!.languages) {
        const result = await sql`
          insert into duty_shift (person_id, organization_id, region_id, municipality_code, language, starts_at, ends_at)
          values (${advisor.id}, ${advisor.organizationId}, ${DEMO_REGION_ID}, null, ${language}, ${startsAt}, ${endsAt})
          on conflict do nothing`.execute(ctx.tx);
        added += Number(result.numAffectedRows ?? 0n);
      }
    }
  }
  return added > 0;
}
