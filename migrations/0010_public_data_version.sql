-- One number that changes whenever anything a family page or the open API shows changes: the
-- services and places, their hours, articles, activities and their places left. The response
-- cache (src/platform/http/response-cache.ts) keys its entries by it, so an edit is served at
-- once, by every instance, on the next request after its commit.
--
-- The bump runs at COMMIT (a deferred constraint trigger), once per transaction however many rows
-- it wrote: its row lock is the last lock a transaction takes and is held only while committing,
-- so writers never wait on it while holding another lock (no deadlock), and a reader that reads
-- the version before its data never caches older data under a newer version.

create table public_data_version (
  singleton boolean primary key default true check (singleton),
  version bigint not null default 1,
  changed_at timestamptz not null default now()
);
insert into public_data_version default values;

create function bump_public_data_version() returns trigger
language plpgsql as $$
begin
  if current_setting('perhekeskus.public_data_bumped', true) is distinct from txid_current()::text then
    perform set_config('perhekeskus.public_data_bumped', txid_current()::text, true);
    update public_data_version set version = version + 1, changed_at = now();
  end if;
  return null;
end;
$$;

-- TRUNCATE has no row triggers: it bumps at once.
create function bump_public_data_version_now() returns trigger
language plpgsql as $$
begin
  update public_data_version set version = version + 1, changed_at = now();
  return null;
end;
$$;

-- What the family pages and the open API read. tests/public-data-version.test.ts fails when a
-- new table is neither here nor on its list of tables that families never see.
do $$
declare
  t text;
begin
  foreach t in array array[
    'region', 'municipality', 'organization', 'place', 'family_centre_area', 'category', 'method',
    'service', 'service_area', 'service_category', 'service_method', 'service_contact',
    'service_at_place', 'opening_hours', 'opening_hours_exception', 'search_synonym',
    'search_vocabulary', 'life_situation', 'county_reference', 'municipality_reference',
    'article', 'article_category', 'article_life_situation', 'article_service',
    'activity', 'activity_organizer', 'activity_occurrence', 'registration', 'duty_shift'
  ] loop
    execute format(
      'create constraint trigger %I after insert or update or delete on %I
         deferrable initially deferred for each row execute function bump_public_data_version()',
      t || '_bumps_public_data_version', t);
    execute format(
      'create trigger %I after truncate on %I for each statement execute function bump_public_data_version_now()',
      t || '_truncate_bumps_public_data_version', t);
  end loop;
end;
$$;
