import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { networkBuilder } from '../../../tests/support/network-builder.ts';
import { openTestDatabase, type TestDatabase } from '../../../tests/support/test-database.ts';
import { testClock } from '../../../tests/support/test-clock.ts';
import { clientOf } from '../../../tests/support/test-scope.ts';
import { catalogModule } from './index.ts';

/*
 * Result cards' hours come from a cache valid for one public data version: the second page view
 * reads no hours, and an edit of the hours (or of the place a service is at) is on the next one.
 */

const clock = testClock();
const EVERY_DAY = [1, 2, 3, 4, 5, 6, 7];
let database: TestDatabase;
const b = networkBuilder();
const region = b.region();
const mikkeli = b.municipality(region, { code: '491', name: { fi: 'Mikkeli' } });
const county = b.organization({ type: 'wellbeingCounty', name: { fi: 'Hyvinvointialue' } });
const clinic = b.place(county, mikkeli, { kind: 'servicePoint', hours: [{ days: EVERY_DAY, opens: '00:00', closes: '23:59' }] });
const dropIn = b.service(county, {
  scope: 'region',
  name: { fi: 'Avoin vastaanotto' },
  categories: ['clinics'],
  at: [{ place: clinic.key }],
});
const noHours = b.service(county, { scope: 'region', name: { fi: 'Neuvontapuhelin' }, categories: ['clinics'] });

beforeAll(async () => {
  database = await openTestDatabase('empty');
  await b.load(database.db);
});
afterAll(() => database.close());

describe('the hours of result cards', () => {
  it('are read again on the first request after an edit of the hours commits', async () => {
    const catalog = clientOf(catalogModule, database.db, clock)('fi');
    const ids = [dropIn.id, noHours.id];
    const first = await catalog.describeOpenings(ids);
    expect(first[dropIn.id]?.today.length).toBe(1);
    expect(first[noHours.id]).toBeUndefined();
    expect(await catalog.describeOpenings(ids)).toEqual(first);

    await sql`delete from opening_hours where place_id = ${clinic.id}`.execute(database.db);
    expect(await catalog.describeOpenings(ids)).toEqual({});

    await sql`insert into opening_hours (id, place_id, weekday, opens, closes)
      select gen_random_uuid(), ${clinic.id}, d, '00:00', '23:59' from generate_series(1, 7) d`.execute(database.db);
    expect((await catalog.describeOpenings(ids))[dropIn.id]?.today.length).toBe(1);
  });
});
