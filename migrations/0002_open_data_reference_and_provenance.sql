-- Open data and interoperability (issue 11): Finland's municipalities and wellbeing services
-- counties as reference data in every database, and the provenance of imported records.

-- The wellbeing services counties (hyvinvointialueet) and the City of Helsinki, which organises the
-- same services itself. Reference only: a county becomes a `region` of the service network when
-- something in it is imported (with the same id), so the tray lists only regions that have data.
create table county_reference (
  id text primary key check (id ~ '^[a-z][a-z0-9-]{1,62}$'),
  code text not null unique check (code ~ '^[0-9A-Z]{1,8}$'),
  name i18n_text not null
);

-- Every Finnish municipality (Statistics Finland code) and its county; null on the Åland Islands,
-- which are outside the reform. Also what imports resolve names and codes against.
create table municipality_reference (
  code text primary key check (code ~ '^[0-9]{3}$'),
  county_id text references county_reference (id),
  name i18n_text not null
);
create index municipality_reference_county_idx on municipality_reference (county_id);

-- One import run: an HSDS file or API, a PTV folder or API; dry runs too, so a report can be found.
create table import_run (
  id uuid primary key,
  source text not null check (source ~ '^[a-z][a-z0-9:._-]{0,99}$'),
  format text not null check (format in ('hsds', 'ptv')),
  dry_run boolean not null,
  -- What the run asked for: a full read or the changes since the last run (the PTV jobs).
  mode text not null default 'full' check (mode in ('full', 'changes')),
  started_at timestamptz not null,
  finished_at timestamptz not null,
  -- Outcome counts per record kind: {"service": {"created": 3, ...}, ...}
  counts jsonb not null check (jsonb_typeof(counts) = 'object'),
  -- Problems with the input as a whole (a truncated file, an unknown shape), not with one record.
  problems jsonb not null default '[]' check (jsonb_typeof(problems) = 'array'),
  check (finished_at >= started_at)
);
create index import_run_source_idx on import_run (source, started_at desc);

-- Where an imported record came from, and a hash of the values the import last wrote: when the
-- record's current values no longer hash the same, someone changed it locally, and the next
-- import reports a conflict instead of overwriting it.
create table import_provenance (
  source text not null check (source ~ '^[a-z][a-z0-9:._-]{0,99}$'),
  kind text not null check (kind in ('organization', 'place', 'service')),
  source_id text not null check (length(source_id) between 1 and 200),
  local_id uuid not null,
  imported_hash text not null check (imported_hash ~ '^[0-9a-f]{64}$'),
  first_imported_at timestamptz not null,
  last_imported_at timestamptz not null,
  last_run_id uuid not null references import_run (id),
  primary key (source, kind, source_id),
  -- One local record has one origin.
  unique (kind, local_id)
);
