-- The knowledge bank: articles for families in fi (required), sv and en, each owned and reviewed
-- by named staff, published by an organisation and linked to the service tray's categories, life
-- situations and services.

create table article (
  id uuid primary key default gen_random_uuid(),
  slug text not null unique check (slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$' and length(slug) <= 80),
  organization_id uuid not null references organization (id),
  owner_person_id uuid not null references person (id),
  reviewer_person_id uuid not null references person (id),
  status text not null default 'draft' check (status in ('draft', 'published')),
  title i18n_text not null,
  summary i18n_text not null,
  -- Sanitised HTML (headings, paragraphs, lists, links): the use case cleans it before it is stored.
  body i18n_text not null,
  -- Words families use that the text need not contain ("ei nuku", "yöheräily").
  keywords i18n_text,
  reviewed_on date not null,
  review_interval_months integer not null default 12 check (review_interval_months between 1 and 36),
  -- The due date a reminder was last mailed for: one mail per due date, however often the job runs.
  review_reminded_for date,
  created_at timestamptz not null,
  updated_at timestamptz not null,
  version integer not null default 1 check (version >= 1),
  -- Owner and reviewer are two people: a review is a second pair of eyes.
  check (owner_person_id <> reviewer_person_id),
  search_document tsvector generated always as (
    setweight(to_tsvector('finnish', coalesce(title ->> 'fi', '') || ' ' || replace(coalesce(keywords ->> 'fi', ''), ',', ' ')), 'A')
    || setweight(to_tsvector('swedish', coalesce(title ->> 'sv', '') || ' ' || replace(coalesce(keywords ->> 'sv', ''), ',', ' ')), 'A')
    || setweight(to_tsvector('english', coalesce(title ->> 'en', '') || ' ' || replace(coalesce(keywords ->> 'en', ''), ',', ' ')), 'A')
    || setweight(to_tsvector('finnish', coalesce(summary ->> 'fi', '')), 'B')
    || setweight(to_tsvector('swedish', coalesce(summary ->> 'sv', '')), 'B')
    || setweight(to_tsvector('english', coalesce(summary ->> 'en', '')), 'B')
    || setweight(to_tsvector('finnish', regexp_replace(coalesce(body ->> 'fi', ''), '<[^>]*>', ' ', 'g')), 'D')
    || setweight(to_tsvector('swedish', regexp_replace(coalesce(body ->> 'sv', ''), '<[^>]*>', ' ', 'g')), 'D')
    || setweight(to_tsvector('english', regexp_replace(coalesce(body ->> 'en', ''), '<[^>]*>', ' ', 'g')), 'D')
  ) stored
);
create index article_search_idx on article using gin (search_document);
create index article_organization_idx on article (organization_id);
create index article_owner_idx on article (owner_person_id);

create table article_category (
  article_id uuid not null references article (id) on delete cascade,
  category_code text not null references category (code),
  primary key (article_id, category_code)
);

create table article_life_situation (
  article_id uuid not null references article (id) on delete cascade,
  life_situation_code text not null references life_situation (code),
  primary key (article_id, life_situation_code)
);
create index article_life_situation_code_idx on article_life_situation (life_situation_code);

create table article_service (
  article_id uuid not null references article (id) on delete cascade,
  service_id uuid not null references service (id) on delete cascade,
  primary key (article_id, service_id)
);
