-- An editor's "still correct" click changes a service's stamps only (last_checked, updated_at and
-- its row version), yet it bumped the public data version like any edit (0010) and so sent every
-- cached search of every family back to PostgreSQL: 20 such clicks a second left no search cached.
-- A stamp never changes which services match a search or their order, and of the stamps the
-- searches show only the check date. So a transaction whose every public change re-stamps
-- services records, under its version, the services whose check date it changed (none, when the
-- date was already today's: only the modification time, which the open data shows, moved); the
-- response cache keeps an answer that named the services it shows across such versions when none
-- of them is among its services. A version missing here changed anything at all (so nothing
-- needs recording for the other writes).
--
-- A third number, content_version, moves with every change but these and sign-ups: what a search
-- finds and in which order, and the hours, stay the same across it, so the catalog keeps a
-- question's matches and the services' hours for as long as it stays the same.

alter table public_data_version add column content_version bigint not null default 1;

create table public_data_change (
  version bigint primary key,
  checked_services uuid[] not null
);

-- What every bumping trigger does, once per transaction: `stamps_only` when the row changed a
-- service's stamps alone, then `checked` is the service when its check date changed.
create function note_public_data_change(stamps_only boolean, checked uuid) returns void
language plpgsql as $$
declare
  tx text := txid_current()::text;
  v bigint;
  n int;
begin
  if current_setting('perhekeskus.public_data_bumped', true) is distinct from tx then
    perform set_config('perhekeskus.public_data_bumped', tx, true);
    update public_data_version set version = version + 1, changed_at = now(),
        content_version = content_version + case when stamps_only then 0 else 1 end
      returning version into v;
    if stamps_only then
      perform set_config('perhekeskus.public_data_stamped', tx, true);
      insert into public_data_change (version, checked_services) values (v, array_remove(array[checked], null));
      -- Readers look back a few thousand versions at most (src/platform/cache/stamp-changes.ts).
      delete from public_data_change where version < v - 10000;
    end if;
  elsif current_setting('perhekeskus.public_data_stamped', true) = tx then
    select version into v from public_data_version;
    if not stamps_only then
      -- An earlier row only re-stamped; this one changes more: the version now means anything.
      perform set_config('perhekeskus.public_data_stamped', '', true);
      delete from public_data_change where version = v;
      update public_data_version set content_version = content_version + 1;
    elsif checked is not null then
      update public_data_change set checked_services = checked_services || checked
        where version = v and not (checked = any (checked_services))
        returning cardinality(checked_services) into n;
      -- Checking many services at once (an import) is as good as any change, and each row would
      -- search the growing list.
      if n > 100 then
        perform set_config('perhekeskus.public_data_stamped', '', true);
        delete from public_data_change where version = v;
        update public_data_version set content_version = content_version + 1;
      end if;
    end if;
  end if;
end;
$$;

create or replace function bump_public_data_version_now() returns trigger
language plpgsql as $$
begin
  update public_data_version set version = version + 1, changed_at = now(), content_version = content_version + 1;
  return null;
end;
$$;

create or replace function bump_public_data_version() returns trigger
language plpgsql as $$
begin
  perform note_public_data_change(false, null);
  return null;
end;
$$;

-- An update that changes nothing is no change; one that changes only the stamps is a stamp change
-- of that service, a check of it when its date moved.
create function bump_public_data_version_for_service() returns trigger
language plpgsql as $$
declare
  stamps text[] := array['last_checked', 'updated_at', 'version'];
begin
  if old is not distinct from new then
    return null;
  end if;
  if (to_jsonb(old) - stamps) = (to_jsonb(new) - stamps) then
    perform note_public_data_change(true, case when old.last_checked is distinct from new.last_checked then new.id end);
  else
    perform note_public_data_change(false, null);
  end if;
  return null;
end;
$$;

drop trigger service_bumps_public_data_version on service;
create constraint trigger service_bumps_public_data_version after insert or delete on service
  deferrable initially deferred for each row execute function bump_public_data_version();
create constraint trigger service_update_bumps_public_data_version after update on service
  deferrable initially deferred for each row execute function bump_public_data_version_for_service();
