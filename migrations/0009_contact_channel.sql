-- The family-advisor network's one contact channel (src/modules/contact): requests from families,
-- the conversation, internal notes, the duty roster, consents and referrals to services.

create table contact_request (
  id uuid primary key default gen_random_uuid(),
  -- What the family quotes on the phone: short, not secret.
  reference text not null unique check (reference ~ '^[A-Z0-9]{4}-[A-Z0-9]{4}$'),
  -- SHA-256 of the follow link's token (32 random bytes); the token itself is never stored.
  follow_token_hash bytea not null unique check (octet_length(follow_token_hash) = 32),
  region_id text not null references region (id),
  municipality_code text not null references municipality (code),
  topic text not null check (topic in (
    'parenting', 'relationship', 'divorce', 'everydayLife', 'childDevelopment', 'wellbeing', 'services', 'other')),
  language text not null check (language in ('fi', 'sv', 'en')),
  channel text not null check (channel in ('chat', 'message', 'callback', 'meeting')),
  contact_name text check (length(contact_name) between 1 and 200),
  contact_phone text check (contact_phone ~ '^\+?[0-9 ()-]{5,30}$'),
  anonymous boolean not null generated always as (contact_name is null and contact_phone is null) stored,
  -- A call back needs a number to call.
  check (channel <> 'callback' or contact_phone is not null),
  status text not null default 'waiting' check (status in ('waiting', 'claimed', 'closed')),
  claimed_by uuid references person (id),
  claimed_organization_id uuid references organization (id),
  claimed_at timestamptz,
  -- Set when the request goes back to the queue for one organisation's advisors.
  offered_to_organization_id uuid references organization (id),
  -- Exactly one advisor holds a claimed request; a waiting one has nobody.
  check ((status = 'waiting') = (claimed_by is null)),
  check ((claimed_by is null) = (claimed_organization_id is null) and (claimed_by is null) = (claimed_at is null)),
  first_response_at timestamptz,
  closed_at timestamptz,
  outcome text check (outcome in ('adviceGiven', 'guidedToService', 'signedUpToActivity', 'referredWithConsent', 'noFurtherAction')),
  outcome_service_id uuid references service (id) on delete set null,
  check ((status = 'closed') = (closed_at is not null) and (closed_at is not null) = (outcome is not null)),
  family_typing_at timestamptz,
  advisor_typing_at timestamptz,
  family_read_at timestamptz,
  advisor_read_at timestamptz,
  created_at timestamptz not null
);
create index contact_request_queue_idx on contact_request (region_id, status, created_at);
create index contact_request_created_idx on contact_request (created_at);

create table contact_message (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null references contact_request (id) on delete cascade,
  -- The order of the conversation, also within one clock tick.
  seq bigint generated always as identity,
  author text not null check (author in ('family', 'advisor')),
  author_person_id uuid references person (id),
  check ((author = 'advisor') = (author_person_id is not null)),
  -- Plain text, 10 kB at most (the API says so before the database must).
  body text not null check (length(btrim(body)) > 0 and octet_length(body) <= 10240),
  created_at timestamptz not null
);
create index contact_message_request_idx on contact_message (request_id, seq);

create table contact_note (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null references contact_request (id) on delete cascade,
  person_id uuid not null references person (id),
  kind text not null check (kind in ('note', 'transfer')),
  body text not null check (length(btrim(body)) > 0 and octet_length(body) <= 10240),
  created_at timestamptz not null
);
create index contact_note_request_idx on contact_note (request_id, created_at);

-- Advisors of any organisation take shifts per municipality (null: the whole region) and language.
create table duty_shift (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id) on delete cascade,
  organization_id uuid not null references organization (id),
  region_id text not null references region (id),
  municipality_code text references municipality (code),
  language text not null check (language in ('fi', 'sv', 'en')),
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  check (ends_at > starts_at and ends_at - starts_at <= interval '24 hours'),
  -- One person cannot be on two shifts of the same language at once.
  exclude using gist (person_id with =, language with =, tstzrange(starts_at, ends_at) with &&)
);
create index duty_shift_region_idx on duty_shift (region_id, ends_at);

-- A consent is a record: who gave it, which data, to which organisation, for what purpose, when, until when.
create table contact_consent (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null references contact_request (id) on delete cascade,
  given_by text not null check (length(btrim(given_by)) between 1 and 200),
  data_items text[] not null check (cardinality(data_items) > 0 and data_items <@ array['contactDetails', 'conversation', 'topic', 'municipality']),
  organization_id uuid not null references organization (id),
  purpose text not null check (length(btrim(purpose)) between 1 and 1000),
  recorded_by uuid not null references person (id),
  given_at timestamptz not null,
  valid_until timestamptz not null check (valid_until > given_at),
  withdrawn_at timestamptz check (withdrawn_at >= given_at)
);
create index contact_consent_request_idx on contact_consent (request_id);

create table referral (
  id uuid primary key default gen_random_uuid(),
  request_id uuid not null references contact_request (id) on delete cascade,
  consent_id uuid not null unique references contact_consent (id) on delete cascade,
  service_id uuid not null references service (id),
  organization_id uuid not null references organization (id),
  status text not null default 'sent' check (status in ('sent', 'opened', 'accepted', 'declined', 'outcomeRecorded', 'closed')),
  decline_reason text check (decline_reason in ('notEligible', 'noCapacity', 'wrongService', 'familyUnreachable', 'consentWithdrawn')),
  check ((decline_reason is not null) = (status = 'declined') or status in ('outcomeRecorded', 'closed')),
  outcome text check (length(outcome) <= 2000),
  created_at timestamptz not null,
  updated_at timestamptz not null
);
create index referral_organization_idx on referral (organization_id, status);

-- The referral's state machine, also in the database: sent → opened → accepted | declined →
-- outcomeRecorded → closed. The same table is in contact.domain.ts.
create function referral_transition_check() returns trigger language plpgsql as $$
begin
  if new.status = old.status then return new; end if;
  if (old.status, new.status) in (
    ('sent', 'opened'), ('opened', 'accepted'), ('opened', 'declined'),
    ('accepted', 'outcomeRecorded'), ('declined', 'outcomeRecorded'), ('outcomeRecorded', 'closed')) then
    return new;
  end if;
  raise exception 'illegal referral transition % -> %', old.status, new.status using errcode = 'check_violation';
end;
$$;
create trigger referral_transition before update of status on referral
  for each row execute function referral_transition_check();
