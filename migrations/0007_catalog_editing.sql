-- Organisation self-service (src/modules/catalog/editing): optimistic concurrency on services and
-- places, a per-field change history, freshness reminders and requests to join the tray.

-- Bumped by every saved edit; a save names the version it was made on, so a second editor who
-- saved on an older one is shown what changed instead of overwriting it.
alter table service add column version integer not null default 1 check (version > 0);
alter table place add column version integer not null default 1 check (version > 0);

-- Who changed which field of a service or place, when, from what to what. Staff see it beside
-- the edit form; the audit log says the same thing in fewer words (its detail holds no free text).
create table catalog_change (
  id bigint generated always as identity primary key,
  occurred_at timestamptz not null,
  subject_type text not null check (subject_type in ('service', 'place')),
  subject_id uuid not null,
  organization_id uuid not null references organization (id),
  -- The version the change made.
  version integer not null check (version > 0),
  field text not null check (field ~ '^[a-z][A-Za-z]*(\.[a-z]{2})?$'),
  old_value jsonb,
  new_value jsonb,
  -- A person of the identity module; the name as it was, so the history reads the same later.
  changed_by uuid,
  changed_by_name text check (length(changed_by_name) <= 200),
  request_id text
);
create index catalog_change_subject_idx on catalog_change (subject_type, subject_id, occurred_at desc, id desc);
create index catalog_change_organization_idx on catalog_change (organization_id, occurred_at desc);

-- When an organisation's editors were last reminded of its stale services: at most one reminder
-- per organisation per reminder interval.
create table freshness_reminder (
  organization_id uuid primary key references organization (id),
  sent_at timestamptz not null,
  stale_services integer not null check (stale_services > 0)
);

-- An organisation not yet on the tray asks to join; a coordinator of the region decides.
create table join_request (
  id uuid primary key default gen_random_uuid(),
  created_at timestamptz not null,
  region_id text not null references region (id),
  municipality_code text not null references municipality (code),
  organization_type text not null check (organization_type in ('ngo', 'parish', 'company', 'municipality')),
  organization_name text not null check (length(btrim(organization_name)) between 2 and 200),
  business_id text check (business_id ~ '^[0-9]{7}-[0-9]$'),
  website text check (website ~ '^https://'),
  contact_name text not null check (length(btrim(contact_name)) between 2 and 200),
  contact_email text not null check (contact_email ~ '^[^@\s<>"]+@[^@\s<>"]+\.[A-Za-z]{2,}$'),
  message text check (length(message) <= 2000),
  status text not null default 'pending' check (status in ('pending', 'approved', 'declined')),
  decided_at timestamptz,
  decided_by uuid,
  organization_id uuid references organization (id),
  check ((status = 'pending') = (decided_at is null)),
  check ((status = 'approved') = (organization_id is not null))
);
create index join_request_pending_idx on join_request (region_id, created_at) where status = 'pending';

-- Identity's people as the catalog may reach them: the addresses of an organisation's editors
-- and admins, for freshness reminders. A view, so the catalog reads no identity table itself.
create view organization_editor_contact as
  select distinct m.organization_id, p.email, p.name
  from membership m join person p on p.id = m.person_id
  where m.role in ('organizationAdmin', 'editor') and m.organization_id is not null;
