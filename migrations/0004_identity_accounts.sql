-- Staff identity (src/modules/identity): people, their local accounts and links to identity
-- providers, memberships (roles), sessions and single-use links.

create table person (
  id uuid primary key default gen_random_uuid(),
  name text not null check (length(btrim(name)) between 1 and 200),
  -- Stored lower-cased: one person per address.
  email text not null unique check (email = lower(email) and email ~ '^[^@\s<>"]+@[^@\s<>"]+\.[a-z]{2,}$' and length(email) <= 254),
  email_verified_at timestamptz,
  created_at timestamptz not null,
  updated_at timestamptz not null
);

-- A password for the small organisations that have no identity provider of their own.
create table local_account (
  person_id uuid primary key references person (id) on delete cascade,
  -- argon2id, PHC string with its parameters.
  password_hash text not null check (password_hash like '$argon2id$%'),
  password_changed_at timestamptz not null,
  failed_sign_ins integer not null default 0 check (failed_sign_ins >= 0),
  locked_until timestamptz,
  -- TOTP: the key encrypted with SECRET_KEY (AES-256-GCM); `pending` while being enrolled.
  totp_secret text,
  totp_pending_secret text,
  totp_enabled_at timestamptz,
  -- The last time step accepted: a code is never accepted twice.
  totp_last_step bigint,
  check ((totp_secret is null) = (totp_enabled_at is null))
);

-- Recovery codes for a lost authenticator, each single use; only their hashes are kept.
create table recovery_code (
  person_id uuid not null references person (id) on delete cascade,
  code_hash text not null,
  used_at timestamptz,
  primary key (person_id, code_hash)
);

-- A person as an OpenID Connect provider knows them (issuer + subject).
create table external_identity (
  issuer text not null,
  subject text not null,
  provider_id text not null,
  person_id uuid not null references person (id) on delete cascade,
  created_at timestamptz not null,
  last_sign_in_at timestamptz,
  primary key (issuer, subject)
);
create index external_identity_person_idx on external_identity (person_id);

-- What a person may do where: a role in an organisation, a region (coordinators) or everywhere.
create table membership (
  id uuid primary key default gen_random_uuid(),
  person_id uuid not null references person (id) on delete cascade,
  role text not null check (role in (
    'platformAdmin', 'regionalCoordinator', 'organizationAdmin', 'editor', 'familyAdvisor', 'professional')),
  organization_id uuid references organization (id) on delete cascade,
  region_id text references region (id) on delete cascade,
  created_at timestamptz not null,
  created_by uuid references person (id) on delete set null,
  check (case role
    when 'platformAdmin' then organization_id is null and region_id is null
    when 'regionalCoordinator' then organization_id is null and region_id is not null
    else organization_id is not null and region_id is null end),
  unique nulls not distinct (person_id, role, organization_id, region_id)
);
create index membership_person_idx on membership (person_id);
create index membership_organization_idx on membership (organization_id) where organization_id is not null;

-- Server-side sessions; the cookie holds a random token, the table only its SHA-256.
create table staff_session (
  id uuid primary key default gen_random_uuid(),
  token_hash text not null unique,
  person_id uuid not null references person (id) on delete cascade,
  -- 'secondFactor': the password was right, the TOTP code is still to come.
  stage text not null check (stage in ('signedIn', 'secondFactor')),
  method text not null check (method in ('password', 'oidc')),
  provider_id text,
  csrf_token text not null,
  created_at timestamptz not null,
  last_seen_at timestamptz not null,
  expires_at timestamptz not null,
  failed_codes integer not null default 0,
  client_address text,
  user_agent text check (length(user_agent) <= 300),
  check (expires_at > created_at)
);
create index staff_session_person_idx on staff_session (person_id);

-- Single-use links sent by mail; only the SHA-256 of the token is kept.
create table account_token (
  token_hash text primary key,
  person_id uuid not null references person (id) on delete cascade,
  purpose text not null check (purpose in ('passwordReset', 'emailVerification', 'invitation')),
  created_at timestamptz not null,
  expires_at timestamptz not null,
  used_at timestamptz,
  check (expires_at > created_at)
);
create index account_token_person_idx on account_token (person_id, purpose);

-- An authorization request on its way to an identity provider and back (state, nonce, PKCE verifier).
create table oidc_sign_in (
  handle_hash text primary key,
  provider_id text not null,
  state text not null,
  nonce text not null,
  code_verifier text not null,
  lang text not null check (lang in ('fi', 'sv', 'en')),
  created_at timestamptz not null,
  expires_at timestamptz not null
);
