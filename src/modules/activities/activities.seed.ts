import { helsinkiMoment } from '../../platform/helsinki-time.ts';
import type { DemoDataMode } from '../../platform/module.ts';
import { randomToken, tokenHash } from '../../platform/secrets.ts';
import { stableId } from '../../platform/stable-id.ts';
import type { ActivitiesWriteContext } from './activities.context.ts';
import { CONSENT_VERSION } from './activities.domain.ts';
import { demoActivities } from './activities.demo.ts';
import { insertActivity } from './activities.queries.ts';
import { anyActivityExists, demoRegionExists, insertDemoRegistration, nextOccurrenceId, placeMunicipality } from './organiser.queries.ts';
import { materialise } from './organiser.ts';

export const demoActivityId = (key: string) => stableId('activity', key);

/**
 * The Etelä-Savo activities with their occurrences from today on, and invented sign-ups on the
 * next occurrence of some (nearly full, one full with a waiting list). Loaded with the demo region.
 */
export async function seedActivitiesDemo(ctx: ActivitiesWriteContext, mode: DemoDataMode): Promise<boolean> {
  if (mode === 'never') return false;
  const region = await demoRegionExists(ctx.tx);
  if (!region) return false;
  if (await anyActivityExists(ctx.tx)) return false;
  const now = ctx.clock.now();
  const today = helsinkiMoment(now).date;
  let families = 0;
  for (const demo of demoActivities(today)) {
    const id = demoActivityId(demo.key);
    const { input } = demo;
    const row = {
      id,
      organization_id: input.organizationId,
      place_id: input.placeId ?? null,
      municipality_code: input.municipalityCode ?? (await placeMunicipality(ctx.tx, input.placeId!)),
      online_url: input.onlineUrl ?? null,
      type: input.type,
      name: input.name,
      description: input.description ?? null,
      target_groups: [...(input.targetGroups ?? [])],
      age_min: input.ageMin ?? null,
      age_max: input.ageMax ?? null,
      languages: [...input.languages],
      accessibility_note: null,
      cost: input.cost,
      cost_note: null,
      sign_up: input.signUp,
      capacity: input.capacity ?? null,
      sign_up_opens_days: input.signUpOpensDays ?? 30,
      sign_up_closes_hours: input.signUpClosesHours ?? 0,
      first_date: input.schedule.firstDate,
      start_time: input.schedule.startTime,
      duration_minutes: input.schedule.durationMinutes,
      rrule: input.schedule.rrule ?? null,
      exception_dates: [],
      added_dates: [],
      proposal_id: null,
    };
    await insertActivity(ctx.tx, row, now, input.coOrganizerIds ?? []);
    await materialise(ctx, id, input.schedule, row.capacity);
    const signed = (demo.nextSignedUp ?? 0) + (demo.nextWaitlisted ?? 0);
    if (!signed) continue;
    // The families sign up for the first occurrence still open to sign-up (on a Wednesday
    // afternoon, next week's), which is the one the calendar offers a family first.
    const signUpCloses = new Date(now.getTime() + row.sign_up_closes_hours * 3_600_000);
    const next = { id: await nextOccurrenceId(ctx.tx, id, signUpCloses) };
    for (let n = 1; n <= signed; n++) {
      families++;
      await insertDemoRegistration(ctx.tx, {
        occurrence_id: next.id,
        status: n <= (demo.nextSignedUp ?? 0) ? 'confirmed' : 'waitlisted',
        name: `Demoperhe ${families}`,
        email: `demoperhe${families}@perhekeskus.example`,
        phone: null,
        contact_key: `e:demoperhe${families}@perhekeskus.example`,
        adults: 1,
        children_ages: [n % 4],
        needs: null,
        lang: 'fi',
        consent_version: CONSENT_VERSION,
        consented_at: now,
        manage_token_hash: tokenHash(randomToken()),
        created_at: now,
        updated_at: now,
      });
    }
  }
  ctx.logger.info({ today, families }, 'loaded the demo activities');
  return true;
}
