-- The service network (palveluverkko): regions, municipalities, organisations, places, services.
-- Translatable texts are jsonb objects {"fi": ..., "sv": ..., "en": ...}; Finnish is the source and
-- is required wherever the text itself is required.

create extension if not exists pg_trgm;
create extension if not exists unaccent;
create extension if not exists btree_gist;

create function is_i18n_text(t jsonb) returns boolean
language sql immutable parallel safe as $$
  -- coalesce: a missing key yields null, and a CHECK that is null passes.
  select coalesce(
    jsonb_typeof(t) = 'object'
    and (t - array['fi', 'sv', 'en']) = '{}'::jsonb
    and jsonb_typeof(t -> 'fi') = 'string' and length(btrim(t ->> 'fi')) > 0
    and (t -> 'sv' is null or (jsonb_typeof(t -> 'sv') = 'string' and length(btrim(t ->> 'sv')) > 0))
    and (t -> 'en' is null or (jsonb_typeof(t -> 'en') = 'string' and length(btrim(t ->> 'en')) > 0)),
    false)
$$;

create domain i18n_text as jsonb check (value is null or is_i18n_text(value));

-- Lower-cased, accent-free text: what substring and typo matching compare.
create function search_fold(t text) returns text
language sql stable parallel safe as $$ select lower(unaccent(coalesce(t, ''))) $$;

create function i18n_all(t jsonb) returns text
language sql immutable parallel safe as $$
  select concat_ws(' ', t ->> 'fi', t ->> 'sv', t ->> 'en')
$$;

create table region (
  id text primary key check (id ~ '^[a-z][a-z0-9-]{1,62}$'),
  code text not null unique check (code ~ '^[0-9A-Z]{1,8}$'),
  name i18n_text not null,
  website text check (website ~ '^https://'),
  created_at timestamptz not null default now()
);

create table municipality (
  -- Statistics Finland municipality code, e.g. Mikkeli 491, Enonkoski 046.
  code text primary key check (code ~ '^[0-9]{3}$'),
  region_id text not null references region (id),
  name i18n_text not null,
  created_at timestamptz not null default now()
);
create index municipality_region_idx on municipality (region_id);

create table organization (
  id uuid primary key default gen_random_uuid(),
  -- null: a national actor such as Kela, present in every region.
  region_id text references region (id),
  municipality_code text references municipality (code),
  type text not null check (type in (
    'wellbeingCounty', 'municipality', 'ngo', 'parish', 'company', 'state', 'expertiseCentre')),
  name i18n_text not null,
  description i18n_text,
  website text check (website ~ '^https://'),
  business_id text check (business_id ~ '^[0-9]{7}-[0-9]$'),
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (type <> 'municipality' or municipality_code is not null),
  check (region_id is not null or type in ('state', 'ngo', 'company', 'expertiseCentre'))
);
create index organization_region_idx on organization (region_id);

create table place (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organization (id),
  municipality_code text not null references municipality (code),
  kind text not null check (kind in (
    'familyCentre', 'centralMeetingPlace', 'meetingPlace', 'youthOhjaamo',
    'servicePoint', 'school', 'daycare', 'library')),
  name i18n_text not null,
  description i18n_text,
  street_address text not null check (length(btrim(street_address)) between 1 and 200),
  postal_code text not null check (postal_code ~ '^[0-9]{5}$'),
  post_office i18n_text not null,
  -- WGS84; the bounds are Finland's, which catches swapped coordinates.
  latitude double precision check (latitude between 59.5 and 70.1),
  longitude double precision check (longitude between 19.0 and 31.6),
  transport_note i18n_text,
  step_free_access boolean,
  pram_access boolean,
  wheelchair_toilet boolean,
  hearing_loop boolean,
  baby_care_room boolean,
  parking boolean,
  accessibility_note i18n_text,
  phone text check (phone ~ '^\+?[0-9 ()-]{5,20}$'),
  email text check (email ~ '^[^@\s]+@[^@\s]+\.[a-z]{2,}$'),
  website text check (website ~ '^https://'),
  status text not null default 'active' check (status in ('active', 'temporarilyClosed', 'ended')),
  status_note i18n_text,
  last_checked date not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check ((latitude is null) = (longitude is null)),
  -- Lets family_centre_area reference only places that are family centres.
  unique (id, kind)
);
create index place_municipality_idx on place (municipality_code, kind);
create index place_organization_idx on place (organization_id);

-- The municipalities a family centre serves.
create table family_centre_area (
  family_centre_id uuid not null,
  family_centre_kind text not null default 'familyCentre' check (family_centre_kind = 'familyCentre'),
  municipality_code text not null references municipality (code),
  primary key (family_centre_id, municipality_code),
  foreign key (family_centre_id, family_centre_kind) references place (id, kind) on delete cascade
);
create index family_centre_area_municipality_idx on family_centre_area (municipality_code);

create table category (
  code text primary key check (code ~ '^[a-z][a-z0-9-]{1,62}$'),
  parent_code text references category (code),
  name i18n_text not null,
  description i18n_text,
  position integer not null default 0,
  check (parent_code is null or parent_code <> code)
);
create index category_parent_idx on category (parent_code);

-- Evidence-based methods such as Ihmeelliset vuodet (Incredible Years) or Lapset puheeksi.
create table method (
  code text primary key check (code ~ '^[a-z][a-z0-9-]{1,62}$'),
  name i18n_text not null,
  description i18n_text,
  website text check (website ~ '^https://')
);

create table service (
  id uuid primary key default gen_random_uuid(),
  organization_id uuid not null references organization (id),
  -- null with scope 'national'.
  region_id text references region (id),
  scope text not null check (scope in ('municipalities', 'region', 'national')),
  name i18n_text not null,
  summary i18n_text not null,
  description i18n_text,
  -- Comma-separated everyday words per language; they feed the search.
  keywords i18n_text,
  level text not null check (level in ('universal', 'basic', 'special')),
  sector text not null check (sector in (
    'social', 'health', 'education', 'youth', 'cultureSport', 'church', 'civic')),
  target_groups text[] not null check (
    cardinality(target_groups) > 0
    and target_groups <@ array['expectingParents', 'children', 'youth', 'parents', 'wholeFamily']),
  age_min smallint check (age_min between 0 and 29),
  age_max smallint check (age_max between 0 and 29),
  languages text[] not null check (
    cardinality(languages) > 0
    and languages <@ array['fi', 'sv', 'en', 'se', 'smn', 'sms', 'ru', 'et', 'ar', 'so', 'fa', 'ku',
      'uk', 'zh', 'vi', 'th', 'fr', 'de', 'es', 'sq', 'tr', 'fse', 'fss', 'rom']),
  delivery text[] not null check (
    cardinality(delivery) > 0 and delivery <@ array['inPerson', 'phone', 'online', 'homeVisit']),
  access text[] not null check (
    cardinality(access) > 0 and access <@ array['dropIn', 'booking', 'referral', 'openToAll']),
  cost text not null check (cost in ('free', 'fee', 'voucher')),
  cost_note i18n_text,
  status text not null default 'active' check (status in ('active', 'temporarilyClosed', 'ended')),
  status_note i18n_text,
  last_checked date not null,
  -- Derived by refresh_service_search(): names, keywords, categories and organisation.
  search_document tsvector not null default ''::tsvector,
  search_text text not null default '',
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now(),
  check (age_min is null or age_max is null or age_min <= age_max),
  check ((scope = 'national') = (region_id is null))
);
create index service_search_document_idx on service using gin (search_document);
create index service_search_text_idx on service using gin (search_text gin_trgm_ops);
create index service_region_idx on service (region_id, scope);
create index service_organization_idx on service (organization_id);

-- For scope 'municipalities': where the service is available.
create table service_area (
  service_id uuid not null references service (id) on delete cascade,
  municipality_code text not null references municipality (code),
  primary key (service_id, municipality_code)
);
create index service_area_municipality_idx on service_area (municipality_code, service_id);

create table service_category (
  service_id uuid not null references service (id) on delete cascade,
  category_code text not null references category (code),
  primary key (service_id, category_code)
);
create index service_category_category_idx on service_category (category_code, service_id);

create table service_method (
  service_id uuid not null references service (id) on delete cascade,
  method_code text not null references method (code),
  primary key (service_id, method_code)
);

create table service_contact (
  id uuid primary key default gen_random_uuid(),
  service_id uuid not null references service (id) on delete cascade,
  kind text not null check (kind in ('phone', 'email', 'web', 'chat', 'eService', 'booking')),
  value text not null check (length(value) between 3 and 500),
  label i18n_text,
  hours_note i18n_text,
  position integer not null default 0,
  check (kind not in ('web', 'chat', 'eService', 'booking') or value ~ '^https://'),
  check (kind <> 'phone' or value ~ '^\+?[0-9 ()-]{5,20}$'),
  check (kind <> 'email' or value ~ '^[^@\s]+@[^@\s]+\.[a-z]{2,}$')
);
create index service_contact_service_idx on service_contact (service_id, position);

create table service_at_place (
  id uuid primary key default gen_random_uuid(),
  service_id uuid not null references service (id) on delete cascade,
  place_id uuid not null references place (id) on delete cascade,
  phone text check (phone ~ '^\+?[0-9 ()-]{5,20}$'),
  email text check (email ~ '^[^@\s]+@[^@\s]+\.[a-z]{2,}$'),
  note i18n_text,
  unique (service_id, place_id)
);
create index service_at_place_place_idx on service_at_place (place_id);

-- Weekly hours of a place, of a service at a place (overriding the place's), or of a service
-- reached without a place (a phone line, a chat).
create table opening_hours (
  id uuid primary key default gen_random_uuid(),
  place_id uuid references place (id) on delete cascade,
  service_at_place_id uuid references service_at_place (id) on delete cascade,
  service_id uuid references service (id) on delete cascade,
  weekday smallint not null check (weekday between 1 and 7), -- ISO: 1 = Monday
  opens time not null,
  closes time not null,
  valid_from date,
  valid_to date,
  check (num_nonnulls(place_id, service_at_place_id, service_id) = 1),
  check (opens < closes),
  check (valid_from is null or valid_to is null or valid_from <= valid_to),
  exclude using gist (
    (coalesce(place_id, service_at_place_id, service_id)) with =,
    weekday with =,
    tsrange('2000-01-01'::date + opens, '2000-01-01'::date + closes) with &&,
    daterange(valid_from, valid_to, '[]') with &&
  )
);
create index opening_hours_place_idx on opening_hours (place_id) where place_id is not null;
create index opening_hours_sap_idx on opening_hours (service_at_place_id) where service_at_place_id is not null;
create index opening_hours_service_idx on opening_hours (service_id) where service_id is not null;

-- A day that differs from the weekly hours: closed, or open at other times.
-- Public holidays close everything unless an exception opens the day.
create table opening_hours_exception (
  id uuid primary key default gen_random_uuid(),
  place_id uuid references place (id) on delete cascade,
  service_at_place_id uuid references service_at_place (id) on delete cascade,
  service_id uuid references service (id) on delete cascade,
  day date not null,
  closed boolean not null,
  opens time,
  closes time,
  note i18n_text,
  check (num_nonnulls(place_id, service_at_place_id, service_id) = 1),
  check ((closed and opens is null and closes is null) or (not closed and opens < closes)),
  unique nulls not distinct (place_id, service_at_place_id, service_id, day)
);
create index opening_hours_exception_day_idx on opening_hours_exception (day);

-- Everyday words that families use, mapped to the words services are described with.
create table search_synonym (
  id uuid primary key default gen_random_uuid(),
  lang text not null check (lang in ('fi', 'sv', 'en')),
  term text not null check (term ~ '^[[:alpha:]][[:alpha:] -]{1,40}$' and term = lower(term)),
  expansions text[] not null check (cardinality(expansions) between 1 and 12),
  unique (lang, term)
);

-- Words that appear in service names and keywords, for "did you mean" when a word matches nothing.
create table search_vocabulary (
  word text primary key check (length(word) between 4 and 60)
);
create index search_vocabulary_trgm_idx on search_vocabulary using gin (word gin_trgm_ops);

-- Life situations on the home page: a named entry into the search.
create table life_situation (
  code text primary key check (code ~ '^[a-z][a-z0-9-]{1,62}$'),
  name i18n_text not null,
  description i18n_text,
  category_codes text[] not null default '{}',
  target_group text check (target_group in ('expectingParents', 'children', 'youth', 'parents', 'wholeFamily')),
  position integer not null default 0
);

create function refresh_service_search(ids uuid[]) returns void
language sql as $$
  update service s set
    search_document =
      setweight(to_tsvector('finnish', coalesce(s.name ->> 'fi', '') || ' ' || replace(coalesce(s.keywords ->> 'fi', ''), ',', ' ')), 'A')
      || setweight(to_tsvector('swedish', coalesce(s.name ->> 'sv', '') || ' ' || replace(coalesce(s.keywords ->> 'sv', ''), ',', ' ')), 'A')
      || setweight(to_tsvector('english', coalesce(s.name ->> 'en', '') || ' ' || replace(coalesce(s.keywords ->> 'en', ''), ',', ' ')), 'A')
      || setweight(to_tsvector('finnish', d.fi), 'B')
      || setweight(to_tsvector('swedish', d.sv), 'B')
      || setweight(to_tsvector('english', d.en), 'B')
      || setweight(to_tsvector('finnish', coalesce(s.summary ->> 'fi', '')), 'C')
      || setweight(to_tsvector('swedish', coalesce(s.summary ->> 'sv', '')), 'C')
      || setweight(to_tsvector('english', coalesce(s.summary ->> 'en', '')), 'C')
      || setweight(to_tsvector('finnish', coalesce(s.description ->> 'fi', '')), 'D')
      || setweight(to_tsvector('swedish', coalesce(s.description ->> 'sv', '')), 'D')
      || setweight(to_tsvector('english', coalesce(s.description ->> 'en', '')), 'D'),
    search_text = search_fold(concat_ws(' ',
      i18n_all(s.name), replace(coalesce(i18n_all(s.keywords), ''), ',', ' '), d.all_languages))
  from (
    select sv.id,
      concat_ws(' ', o.name ->> 'fi', r.fi) as fi,
      concat_ws(' ', o.name ->> 'sv', r.sv) as sv,
      concat_ws(' ', o.name ->> 'en', r.en) as en,
      concat_ws(' ', i18n_all(o.name), r.all_languages) as all_languages
    from service sv
    join organization o on o.id = sv.organization_id
    cross join lateral (
      select
        string_agg(t.name ->> 'fi', ' ') as fi,
        string_agg(t.name ->> 'sv', ' ') as sv,
        string_agg(t.name ->> 'en', ' ') as en,
        string_agg(i18n_all(t.name), ' ') filter (where t.is_category) as all_languages
      from (
        select c.name, true as is_category
        from service_category sc join category c on c.code = sc.category_code
        where sc.service_id = sv.id
        union all
        select m.name, false
        from service_method sm join method m on m.code = sm.method_code
        where sm.service_id = sv.id
      ) t
    ) r
    where ids is null or sv.id = any(ids)
  ) d
  where s.id = d.id;

  insert into search_vocabulary (word)
  select distinct w
  from service s, regexp_split_to_table(s.search_text, '[^[:alnum:]]+') as w
  where (ids is null or s.id = any(ids)) and length(w) between 4 and 60
  on conflict do nothing;
$$;

-- The hours that apply to a service: its own (phone lines, chats), and at each place either the
-- service's own hours there or else the place's. owner_id groups the hours and exceptions of one
-- such owner (a service id or a service-at-place id).
create view service_weekly_hours as
  select oh.service_id, oh.service_id as owner_id, oh.weekday, oh.opens, oh.closes, oh.valid_from, oh.valid_to
  from opening_hours oh
  where oh.service_id is not null
  union all
  select sap.service_id, sap.id, oh.weekday, oh.opens, oh.closes, oh.valid_from, oh.valid_to
  from service_at_place sap join opening_hours oh on oh.service_at_place_id = sap.id
  union all
  select sap.service_id, sap.id, oh.weekday, oh.opens, oh.closes, oh.valid_from, oh.valid_to
  from service_at_place sap join opening_hours oh on oh.place_id = sap.place_id
  where not exists (select 1 from opening_hours own where own.service_at_place_id = sap.id);

-- A place's closed or changed day holds for every service in it, unless the service has its own
-- exception for that day.
create view service_hours_exception as
  select x.service_id, x.service_id as owner_id, x.day, x.closed, x.opens, x.closes, x.note
  from opening_hours_exception x
  where x.service_id is not null
  union all
  select sap.service_id, sap.id, x.day, x.closed, x.opens, x.closes, x.note
  from service_at_place sap join opening_hours_exception x on x.service_at_place_id = sap.id
  union all
  select sap.service_id, sap.id, x.day, x.closed, x.opens, x.closes, x.note
  from service_at_place sap join opening_hours_exception x on x.place_id = sap.place_id
  where not exists (
    select 1 from opening_hours_exception own where own.service_at_place_id = sap.id and own.day = x.day);
