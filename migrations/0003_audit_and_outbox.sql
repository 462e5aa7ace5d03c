-- The platform's audit log and mail outbox (src/platform/audit, src/platform/mail).

-- One row per write, refused action, sign-in attempt and read of personal data. Append-only:
-- a trigger refuses UPDATE and DELETE, and TRUNCATE unless the session says it empties the whole
-- database for the e2e reset (src/platform/db/maintenance.queries.ts); retention, when it comes,
-- gets its own explicit path.
create table audit_event (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null,
  action text not null check (action ~ '^[A-Z][A-Za-z]*\.[A-Z][A-Z_]*$'),
  outcome text not null check (outcome in ('success', 'denied', 'failed')),
  actor_kind text not null check (actor_kind in ('anonymous', 'system', 'staff')),
  actor_person_id uuid,
  actor_session_id uuid,
  actor_process text,
  -- The owner of the target, which is what coordinators and admins see the log by.
  organization_id uuid,
  region_id text,
  target_type text,
  target_id text,
  detail jsonb check (detail is null or jsonb_typeof(detail) = 'object'),
  client_address text,
  request_id text,
  check (actor_kind <> 'staff' or actor_person_id is not null),
  check (actor_kind <> 'system' or actor_process is not null)
);
create index audit_event_time_idx on audit_event (occurred_at desc, id desc);
create index audit_event_organization_idx on audit_event (organization_id, occurred_at desc) where organization_id is not null;
create index audit_event_region_idx on audit_event (region_id, occurred_at desc) where region_id is not null;
create index audit_event_actor_idx on audit_event (actor_person_id, occurred_at desc) where actor_person_id is not null;

create function audit_event_append_only() returns trigger
language plpgsql as $$
begin
  if tg_op = 'TRUNCATE' and current_setting('perhekeskus.truncate_all', true) = 'on' then
    return null;
  end if;
  raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;

create trigger audit_event_no_update_or_delete
  before update or delete on audit_event
  for each row execute function audit_event_append_only();
create trigger audit_event_no_truncate
  before truncate on audit_event
  for each statement execute function audit_event_append_only();

-- Mail to send, written in the same transaction as the change that causes it.
create table outbox (
  id uuid primary key default gen_random_uuid(),
  created_at timestamptz not null,
  purpose text not null check (purpose ~ '^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$'),
  recipient text not null check (recipient ~ '^[^@\s<>"]+@[^@\s<>"]+\.[A-Za-z]{2,}$'),
  recipient_name text check (length(recipient_name) <= 200),
  subject text not null check (length(subject) between 1 and 300),
  -- Cleared once sent: the body may hold a single-use link.
  text_body text,
  html_body text,
  status text not null default 'pending' check (status in ('pending', 'sent', 'failed')),
  attempts integer not null default 0 check (attempts >= 0),
  last_error text,
  sent_at timestamptz,
  request_id text,
  check (status <> 'pending' or text_body is not null),
  check ((status = 'sent') = (sent_at is not null))
);
create index outbox_pending_idx on outbox (created_at) where status = 'pending';
