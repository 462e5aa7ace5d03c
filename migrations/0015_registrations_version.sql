-- Sign-ups are the public data that changes most often (a family signs up, cancels, moves up
-- from the waitlist), and they show only where places left are shown: the activity, occurrence
-- and calendar pages and the pages that list activities with their places. A sign-up used to bump
-- the public data version (0010) and so send every cached search of every family back to
-- PostgreSQL. Now it bumps a number of its own; the response cache keys the answers that show
-- places left by both, and the searches (which deliberately never show places left) by the
-- public data version alone.
alter table public_data_version add column registrations_version bigint not null default 1;

create function bump_registrations_version() returns trigger
language plpgsql as $$
begin
  if current_setting('perhekeskus.registrations_bumped', true) is distinct from txid_current()::text then
    perform set_config('perhekeskus.registrations_bumped', txid_current()::text, true);
    update public_data_version set registrations_version = registrations_version + 1;
  end if;
  return null;
end;
$$;

create function bump_registrations_version_now() returns trigger
language plpgsql as $$
begin
  update public_data_version set registrations_version = registrations_version + 1;
  return null;
end;
$$;

drop trigger registration_bumps_public_data_version on registration;
drop trigger registration_truncate_bumps_public_data_version on registration;
create constraint trigger registration_bumps_registrations_version after insert or update or delete on registration
  deferrable initially deferred for each row execute function bump_registrations_version();
create trigger registration_truncate_bumps_registrations_version after truncate on registration
  for each statement execute function bump_registrations_version_now();
