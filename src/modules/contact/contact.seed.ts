import { addDays, helsinkiMoment } from '../../platform/helsinki-time.ts';
import type { DemoDataMode, SiteSettings } from '../../platform/module.ts';
import type { WriteContext } from '../../platform/request-context.ts';
import { DEMO_REGION_ID } from '../catalog/index.ts';
import type { ContactDb } from './contact.tables.ts';
import { helsinkiInstant } from './duty.ts';
import { findAdvisorsByEmail, insertShiftUnlessOverlapping } from './roster.queries.ts';

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
  const advisors = await findAdvisorsByEmail(
    ctx.tx,
    DEMO_REGION_ID,
    DEMO_DUTY.map((d) => d.email),
  );
  if (advisors.length === 0) return false;
  const today = helsinkiMoment(ctx.clock.now()).date;
  let added = 0;
  for (let day = -1; day < ROSTER_DAYS; day++) {
    const startsAt = helsinkiInstant(addDays(today, day), '00:00');
    const endsAt = helsinkiInstant(addDays(today, day + 1), '00:00');
    for (const advisor of advisors) {
      for (const language of DEMO_DUTY.find((d) => d.email === advisor.email)!.languages) {
        const inserted = await insertShiftUnlessOverlapping(ctx.tx, {
          personId: advisor.id,
          organizationId: advisor.organizationId,
          regionId: DEMO_REGION_ID,
          language,
          startsAt,
          endsAt,
        });
        if (inserted) added++;
      }
    }
  }
  return added > 0;
}
