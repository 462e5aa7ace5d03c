-- Open meeting places: activities, their occurrences, sign-ups without an account, waitlists,
-- head counts and proposals. Capacity is counted in registrations (one family, one place).

create table activity (
  id uuid primary key default gen_random_uuid(),
  -- The organiser that owns it; co-organisers are in activity_organizer.
  organization_id uuid not null references organization (id),
  place_id uuid references place (id),
  municipality_code text not null references municipality (code),
  online_url text check (online_url ~ '^https://'),
  type text not null check (type in ('openActivity', 'peerGroup', 'club', 'themeEvening', 'event', 'groupService')),
  status text not null default 'published' check (status in ('draft', 'published', 'ended')),
  name i18n_text not null,
  description i18n_text,
  target_groups text[] not null default '{}' check (
    target_groups <@ array['expectingParents', 'children', 'youth', 'parents', 'wholeFamily']),
  age_min smallint check (age_min between 0 and 29),
  age_max smallint check (age_max between 0 and 29),
  languages text[] not null check (cardinality(languages) > 0 and languages <@ array['fi', 'sv', 'en', 'se', 'ru', 'ar', 'so', 'uk', 'et']),
  accessibility_note i18n_text,
  cost text not null default 'free' check (cost in ('free', 'paid')),
  cost_note i18n_text,
  sign_up text not null check (sign_up in ('none', 'open', 'closed')),
  capacity integer check (capacity between 1 and 10000),
  -- Sign-up opens this many days before an occurrence and closes this many hours before it.
  sign_up_opens_days smallint not null default 30 check (sign_up_opens_days between 0 and 365),
  sign_up_closes_hours smallint not null default 0 check (sign_up_closes_hours between 0 and 720),
  -- The schedule in Europe/Helsinki wall-clock time: the first date, its start time, how long, and
  -- an RFC 5545 RRULE (without DTSTART) with exception and added dates.
  first_date date not null,
  start_time time not null,
  duration_minutes integer not null check (duration_minutes between 5 and 1440),
  rrule text check (rrule ~ '^FREQ=[A-Z]+(;[A-Z]+=[A-Z0-9,+-]+)*$'),
  -- 'YYYY-MM-DD' texts: node-postgres would turn a date[] into Date objects at UTC midnight.
  exception_dates text[] not null default '{}' check (array_to_string(exception_dates, ',') ~ '^([0-9]{4}-[0-9]{2}-[0-9]{2}(,|$))*$'),
  added_dates text[] not null default '{}' check (array_to_string(added_dates, ',') ~ '^([0-9]{4}-[0-9]{2}-[0-9]{2}(,|$))*$'),
  proposal_id uuid,
  version integer not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (place_id is not null or online_url is not null),
  check ((sign_up = 'none') = (capacity is null)),
  check (age_min is null or age_max is null or age_min <= age_max)
);
create index activity_municipality_idx on activity (municipality_code);
create index activity_place_idx on activity (place_id);
create index activity_organization_idx on activity (organization_id);

create table activity_organizer (
  activity_id uuid not null references activity (id) on delete cascade,
  organization_id uuid not null references organization (id),
  primary key (activity_id, organization_id)
);
create index activity_organizer_organization_idx on activity_organizer (organization_id);

create table activity_occurrence (
  id uuid primary key default gen_random_uuid(),
  activity_id uuid not null references activity (id) on delete cascade,
  starts_at timestamptz not null,
  ends_at timestamptz not null,
  local_date date not null,
  capacity integer check (capacity between 1 and 10000),
  -- Kept by the registration trigger below; the CHECK is what no concurrent sign-up can pass.
  confirmed_count integer not null default 0,
  waitlisted_count integer not null default 0,
  status text not null default 'scheduled' check (status in ('scheduled', 'cancelled')),
  cancelled_at timestamptz,
  -- Drop-in head counts: adults and children by age band.
  head_adults smallint check (head_adults >= 0),
  head_children_0_2 smallint check (head_children_0_2 >= 0),
  head_children_3_6 smallint check (head_children_3_6 >= 0),
  head_children_7_12 smallint check (head_children_7_12 >= 0),
  head_children_13_17 smallint check (head_children_13_17 >= 0),
  personal_data_deleted_at timestamptz,
  unique (activity_id, starts_at),
  check (ends_at > starts_at),
  check (confirmed_count >= 0 and waitlisted_count >= 0),
  check (capacity is null or confirmed_count <= capacity),
  check ((status = 'cancelled') = (cancelled_at is not null))
);
create index activity_occurrence_starts_idx on activity_occurrence (starts_at);
create index activity_occurrence_date_idx on activity_occurrence (local_date, activity_id);

create table registration (
  id uuid primary key default gen_random_uuid(),
  occurrence_id uuid not null references activity_occurrence (id) on delete cascade,
  -- Arrival order: the waitlist is promoted in it.
  arrival bigint generated always as identity,
  status text not null check (status in ('confirmed', 'waitlisted', 'applied', 'cancelled', 'declined')),
  name text check (length(btrim(name)) between 1 and 120),
  email text check (email ~ '^[^@\s]+@[^@\s]+\.[a-z]{2,}$'),
  phone text check (phone ~ '^\+?[0-9 ()-]{5,20}$'),
  -- The lower-cased e-mail or the phone's digits: one live registration per contact and occurrence.
  contact_key text,
  adults smallint not null check (adults between 0 and 10),
  children_ages smallint[] not null default '{}' check (cardinality(children_ages) <= 12 and 0 <= all (children_ages) and 17 >= all (children_ages)),
  needs text check (length(needs) <= 500),
  lang text not null check (lang in ('fi', 'sv', 'en')),
  consent_version text not null,
  consented_at timestamptz not null,
  manage_token_hash text not null unique,
  attended boolean,
  reminder_sent_at timestamptz,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  anonymised_at timestamptz,
  check (adults + cardinality(children_ages) > 0),
  check (anonymised_at is not null or (name is not null and contact_key is not null and (email is not null or phone is not null)))
);
create unique index registration_one_per_contact on registration (occurrence_id, contact_key)
  where status in ('confirmed', 'waitlisted', 'applied');
create index registration_waitlist_idx on registration (occurrence_id, arrival) where status = 'waitlisted';

-- The counters follow every registration change in the same statement, so the capacity CHECK on
-- the occurrence refuses an over-full commit whatever the application did.
create function registration_counts() returns trigger
language plpgsql as $$
begin
  if tg_op in ('UPDATE', 'DELETE') then
    update activity_occurrence set
      confirmed_count = confirmed_count - (old.status = 'confirmed')::int,
      waitlisted_count = waitlisted_count - (old.status = 'waitlisted')::int
    where id = old.occurrence_id;
  end if;
  if tg_op in ('INSERT', 'UPDATE') then
    update activity_occurrence set
      confirmed_count = confirmed_count + (new.status = 'confirmed')::int,
      waitlisted_count = waitlisted_count + (new.status = 'waitlisted')::int
    where id = new.occurrence_id;
  end if;
  return null;
end $$;
create trigger registration_counts after insert or update of status or delete on registration
  for each row execute function registration_counts();

create table activity_proposal (
  id uuid primary key default gen_random_uuid(),
  place_id uuid not null references place (id),
  kind text not null check (kind in ('activity', 'topic')),
  proposer_role text not null check (proposer_role in ('family', 'volunteer', 'expertByExperience', 'other')),
  text text not null check (length(btrim(text)) between 1 and 2000),
  contact_name text check (length(contact_name) <= 120),
  contact_email text check (contact_email ~ '^[^@\s]+@[^@\s]+\.[a-z]{2,}$'),
  status text not null default 'received' check (status in ('received', 'answered', 'accepted', 'declined')),
  answer text check (length(answer) <= 2000),
  activity_id uuid references activity (id) on delete set null,
  created_at timestamptz not null default now(),
  handled_at timestamptz,
  check ((status = 'received') = (handled_at is null)),
  check (status <> 'declined' or answer is not null)
);
create index activity_proposal_place_idx on activity_proposal (place_id, status);
alter table activity add foreign key (proposal_id) references activity_proposal (id) on delete set null;
