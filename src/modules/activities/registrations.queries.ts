import { sql } from 'kysely';
import type { RegistrationStatus } from './activities.domain.ts';
import type { ReadTx, WriteTx } from './activities.tables.ts';

/* Every SQL statement about registrations (sign-ups, waitlists, rosters). */

const LIVE: RegistrationStatus[] = ['confirmed', 'waitlisted', 'applied'];

export async function findLiveByContact(tx: WriteTx, occurrenceId: string, contactKey: string) {
  return tx
    .selectFrom('registration')
    .select(['id', 'status'])
    .where('occurrence_id', '=', occurrenceId)
    .where('contact_key', '=', contactKey)
    .where('status', 'in', LIVE)
    .executeTakeFirst();
}

export interface NewRegistration {
  occurrence_id: string;
  status: RegistrationStatus;
  name: string;
  email: string | null;
  phone: string | null;
  contact_key: string;
  adults: number;
  children_ages: number[];
  needs: string | null;
  lang: string;
  consent_version: string;
  consented_at: Date;
  manage_token_hash: string;
}

export async function insertRegistration(tx: WriteTx, r: NewRegistration, now: Date) {
  return tx
    .insertInto('registration')
    .values({ ...r, created_at: now, updated_at: now })
    .returning(['id', 'arrival'])
    .executeTakeFirstOrThrow();
}

/** The place in the waiting list (1 = next), counted in arrival order. */
export async function waitlistPosition(tx: ReadTx, occurrenceId: string, arrival: number): Promise<number> {
  const row = await tx
    .selectFrom('registration')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('occurrence_id', '=', occurrenceId)
    .where('status', '=', 'waitlisted')
    .where('arrival', '<=', arrival)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function findByTokenHash(tx: ReadTx, hash: string) {
  return tx
    .selectFrom('registration')
    .select([
      'id',
      'occurrence_id',
      'status',
      'name',
      'email',
      'phone',
      'adults',
      'children_ages',
      'needs',
      'lang',
      'arrival',
      'anonymised_at',
    ])
    .where('manage_token_hash', '=', hash)
    .executeTakeFirst();
}

export async function findRegistration(tx: ReadTx, id: string) {
  return tx
    .selectFrom('registration')
    .select(['id', 'occurrence_id', 'status', 'name', 'email', 'lang', 'manage_token_hash'])
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function setRegistrationStatus(tx: WriteTx, id: string, status: RegistrationStatus, now: Date) {
  await tx.updateTable('registration').set({ status, updated_at: now }).where('id', '=', id).execute();
}

export async function setManageToken(tx: WriteTx, id: string, hash: string) {
  await tx.updateTable('registration').set({ manage_token_hash: hash }).where('id', '=', id).execute();
}

/** The first on the waiting list, locked: promotion takes it under the occurrence's lock. */
export async function firstWaitlisted(tx: WriteTx, occurrenceId: string) {
  return tx
    .selectFrom('registration')
    .select(['id', 'name', 'email', 'lang'])
    .where('occurrence_id', '=', occurrenceId)
    .where('status', '=', 'waitlisted')
    .orderBy('arrival')
    .limit(1)
    .forUpdate()
    .executeTakeFirst();
}

export async function listRoster(tx: ReadTx, occurrenceId: string) {
  return tx
    .selectFrom('registration')
    .select([
      'id',
      'status',
      'name',
      'email',
      'phone',
      'adults',
      'children_ages',
      'needs',
      'attended',
      'created_at',
      'arrival',
      'anonymised_at',
    ])
    .where('occurrence_id', '=', occurrenceId)
    .orderBy('arrival')
    .execute();
}

export async function listLiveContacts(tx: ReadTx, occurrenceId: string, statuses: RegistrationStatus[] = LIVE) {
  return tx
    .selectFrom('registration')
    .select(['id', 'name', 'email', 'lang', 'status'])
    .where('occurrence_id', '=', occurrenceId)
    .where('status', 'in', statuses)
    .where('email', 'is not', null)
    .orderBy('arrival')
    .execute();
}

/** How many live sign-ups gave only a phone number: a mail cannot reach them, the organiser calls. */
export async function countPhoneOnly(tx: ReadTx, occurrenceId: string, statuses: RegistrationStatus[] = LIVE): Promise<number> {
  const row = await tx
    .selectFrom('registration')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('occurrence_id', '=', occurrenceId)
    .where('status', 'in', statuses)
    .where('email', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function setAttendance(tx: WriteTx, occurrenceId: string, attended: readonly string[], now: Date) {
  await tx
    .updateTable('registration')
    .set({ attended: sql<boolean>`id = any(${sql.val(attended)}::uuid[])`, updated_at: now })
    .where('occurrence_id', '=', occurrenceId)
    .where('status', '=', 'confirmed')
    .execute();
}

/** Confirmed sign-ups of occurrences starting in [from, to) that have had no reminder yet, locked for this run. */
export async function dueReminders(tx: WriteTx, from: Date, to: Date) {
  return tx
    .selectFrom('registration as r')
    .innerJoin('activity_occurrence as x', 'x.id', 'r.occurrence_id')
    .innerJoin('activity as a', 'a.id', 'x.activity_id')
    .leftJoin('place as p', 'p.id', 'a.place_id')
    .select([
      'r.id',
      'r.name',
      'r.email',
      'r.lang',
      'x.starts_at',
      'a.name as activity_name',
      'p.name as place_name',
      'p.street_address',
      'a.online_url',
    ])
    .where('r.status', '=', 'confirmed')
    .where('r.reminder_sent_at', 'is', null)
    .where('r.email', 'is not', null)
    .where('x.status', '=', 'scheduled')
    .where('x.starts_at', '>=', from)
    .where('x.starts_at', '<', to)
    .forUpdate('r')
    .skipLocked()
    .execute();
}

export async function markReminded(tx: WriteTx, ids: string[], now: Date) {
  if (ids.length) await tx.updateTable('registration').set({ reminder_sent_at: now }).where('id', 'in', ids).execute();
}

/**
 * Forgets who took part in occurrences that ended before `before`: names, contacts and needs go,
 * the counts (adults, children's ages, attendance) stay for the figures. Returns how many rows.
 */
export async function anonymiseRegistrations(tx: WriteTx, before: Date, now: Date): Promise<number> {
  const due = tx.selectFrom('activity_occurrence').select('id').where('ends_at', '<', before).where('personal_data_deleted_at', 'is', null);
  const result = await tx
    .updateTable('registration')
    .set({ name: null, email: null, phone: null, contact_key: null, needs: null, anonymised_at: now, updated_at: now })
    .where('occurrence_id', 'in', due)
    .where('anonymised_at', 'is', null)
    .executeTakeFirst();
  await tx
    .updateTable('activity_occurrence')
    .set({ personal_data_deleted_at: now })
    .where('ends_at', '<', before)
    .where('personal_data_deleted_at', 'is', null)
    .execute();
  await tx
    .updateTable('activity_proposal')
    .set({ contact_name: null, contact_email: null })
    .where('handled_at', '<', before)
    .where((eb) => eb.or([eb('contact_name', 'is not', null), eb('contact_email', 'is not', null)]))
    .execute();
  return Number(result.numUpdatedRows);
}
