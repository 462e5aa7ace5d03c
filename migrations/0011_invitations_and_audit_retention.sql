-- Invitations to an organisation (src/modules/identity/invitations.ts) and the one path by which
-- old audit events leave the log (src/modules/identity/audit-retention.ts).

-- What a mailed invitation link grants once accepted: a role in one organisation. The link itself
-- is an `account_token` of purpose 'invitation' (only its SHA-256 is kept); the person row exists
-- from the invitation on, but without an account or a membership nothing can be done with it.
create table invitation (
  token_hash text primary key references account_token (token_hash) on delete cascade,
  organization_id uuid not null references organization (id) on delete cascade,
  role text not null check (role in ('organizationAdmin', 'editor', 'familyAdvisor', 'professional')),
  invited_by uuid references person (id) on delete set null
);
create index invitation_organization_idx on invitation (organization_id);

-- The audit log stays append-only, with one exception: a transaction that names a retention
-- cut-off (set_config('perhekeskus.audit_retention_before', <timestamptz>, true), which only the
-- retention job does) may delete rows older than it, and only those. Rows newer than the cut-off
-- are refused even then, so a wrong cut-off cannot reach into the kept period's later part.
create or replace function audit_event_append_only() returns trigger
language plpgsql as $$
declare
  cutoff text;
begin
  if tg_op = 'TRUNCATE' and current_setting('perhekeskus.truncate_all', true) = 'on' then
    return null;
  end if;
  if tg_op = 'DELETE' then
    cutoff := current_setting('perhekeskus.audit_retention_before', true);
    if cutoff is not null and cutoff <> '' then
      if old.occurred_at < cutoff::timestamptz then
        return old;
      end if;
    end if;
  end if;
  raise exception 'audit_event is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
