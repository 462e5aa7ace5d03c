-- The words of the services' texts (search_vocabulary) change only when a service's names,
-- keywords or categories do, which is far rarer than a change to public data: a "still correct"
-- click or new hours bump the public data version (0010) but leave the vocabulary alone. The
-- search keeps what it looked up in the vocabulary (the words that contain a typed part, "did you
-- mean" suggestions) for as long as this second number stays the same, so 20 edits a second do not
-- send every search back to the trigram index.
alter table public_data_version add column search_vocabulary_version bigint not null default 1;

create function bump_search_vocabulary_version() returns trigger
language plpgsql as $$
begin
  if current_setting('perhekeskus.search_vocabulary_bumped', true) is distinct from txid_current()::text then
    perform set_config('perhekeskus.search_vocabulary_bumped', txid_current()::text, true);
    update public_data_version set search_vocabulary_version = search_vocabulary_version + 1;
  end if;
  return null;
end;
$$;

create function bump_search_vocabulary_version_now() returns trigger
language plpgsql as $$
begin
  update public_data_version set search_vocabulary_version = search_vocabulary_version + 1;
  return null;
end;
$$;

-- refresh_service_search() upserts every word of the services it refreshes; an upsert that
-- changes nothing is still an UPDATE, and must not count as a change (to either number).
drop trigger search_vocabulary_bumps_public_data_version on search_vocabulary;
create constraint trigger search_vocabulary_bumps_public_data_version after insert or delete on search_vocabulary
  deferrable initially deferred for each row execute function bump_public_data_version();
create constraint trigger search_vocabulary_update_bumps_public_data_version after update on search_vocabulary
  deferrable initially deferred for each row when (old is distinct from new) execute function bump_public_data_version();

create constraint trigger search_vocabulary_bumps_search_vocabulary_version after insert or delete on search_vocabulary
  deferrable initially deferred for each row execute function bump_search_vocabulary_version();
create constraint trigger search_vocabulary_update_bumps_search_vocabulary_version after update on search_vocabulary
  deferrable initially deferred for each row when (old is distinct from new) execute function bump_search_vocabulary_version();
create trigger search_vocabulary_truncate_bumps_search_vocabulary_version after truncate on search_vocabulary
  for each statement execute function bump_search_vocabulary_version_now();
