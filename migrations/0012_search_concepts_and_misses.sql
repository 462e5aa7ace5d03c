-- Search that reads questions and learns (issue 12, items 1 and 2).

-- A concept: a situation families describe in their own words ("the baby does not sleep"),
-- reaching the categories that serve it. Its words are search_synonym rows in fi, sv and en.
create table search_concept (
  code text primary key check (code ~ '^[a-z][a-z0-9-]{1,62}$'),
  name i18n_text not null,
  category_codes text[] not null default '{}'
);
-- What a search finds depends on the concepts: a change to one is a change to public data (0010).
create constraint trigger search_concept_bumps_public_data_version after insert or update or delete on search_concept
  deferrable initially deferred for each row execute function bump_public_data_version();
create trigger search_concept_truncate_bumps_public_data_version after truncate on search_concept
  for each statement execute function bump_public_data_version_now();

-- Everyday words belong to at most one concept; a word of a concept stands for all of its words
-- in every language, so an English question finds a service described only in Finnish.
alter table search_synonym
  add column concept_code text references search_concept (code) on delete cascade;
create index search_synonym_concept_idx on search_synonym (concept_code);

-- Finnish base forms and compound parts of a service's names, keywords, summary and categories
-- (Voikko), derived in the application after refresh_service_search(); empty without Voikko.
alter table service add column search_base_forms tsvector not null default ''::tsvector;
create index service_search_base_forms_idx on service using gin (search_base_forms);

-- "Did you mean" shows the word as the services spell it, with its accents.
alter table search_vocabulary add column spelling text;

-- The question's candidates come from these indexes alone, without reading a row to recheck it:
-- every condition of a search part is one an index answers exactly (no weights, no trigram
-- patterns), so a big city's thousands of services are never each tested against the question.
-- Prefixes count only in names, keywords, organisation, categories and methods (weights A and B);
-- a typed part of a compound ("neuvola" in "lastenneuvola") is looked up in the vocabulary
-- (trigram, a few thousand words), and the services are found by the words it names.
create index service_search_names_idx on service using gin (ts_filter(search_document, '{a,b}'));
-- The words of search_text as lexemes, stored: parsing the text anew for each candidate of a big
-- city costs more than the rest of testing it.
alter table service add column search_words tsvector not null default ''::tsvector;
create index service_search_words_idx on service using gin (search_words);

-- With a municipality chosen, the search tests each service available there on these columns:
-- kept in the row (compressed), not in the TOAST table, reading one costs a decompression rather
-- than an index lookup and a page or two (three to four times less for a big city).
alter table service
  alter column search_document set storage main,
  alter column search_words set storage main,
  alter column search_base_forms set storage main;

-- Questions that found nothing, or only a suggestion: counted per day and normalised text, so that
-- editors can teach the search new words. No address, no session, no identifier of who asked.
create table search_miss (
  day date not null,
  lang text not null check (lang in ('fi', 'sv', 'en')),
  query text not null check (length(query) between 1 and 200 and query = lower(query)),
  outcome text not null check (outcome in ('noResults', 'suggestionOnly')),
  count integer not null check (count > 0),
  primary key (day, lang, query, outcome)
);
create index search_miss_day_idx on search_miss (day);

create or replace function refresh_service_search(ids uuid[]) returns void
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
    search_text = d.folded,
    search_words = to_tsvector('simple', d.folded),
    -- The service's categories and their ancestors as lexemes 'c:<code>', which concepts match;
    -- Finnish base forms are added to these by the application.
    search_base_forms = coalesce((
      select array_to_tsvector(array_agg(distinct 'c:' || x.code))
      from service_category sc
      join category c on c.code = sc.category_code
      left join category p on p.code = c.parent_code
      cross join lateral unnest(array[c.code, c.parent_code, p.parent_code]) as x(code)
      where sc.service_id = s.id and x.code is not null), ''::tsvector)
  from (
    select sv.id,
      concat_ws(' ', o.name ->> 'fi', r.fi) as fi,
      concat_ws(' ', o.name ->> 'sv', r.sv) as sv,
      concat_ws(' ', o.name ->> 'en', r.en) as en,
      search_fold(concat_ws(' ', i18n_all(sv.name), replace(coalesce(i18n_all(sv.keywords), ''), ',', ' '),
        i18n_all(o.name), r.all_languages)) as folded
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

  -- Words as written (lower case, accents kept) beside their folded form: every word of
  -- search_text (names, keywords, organisation, categories), which substring search looks up here.
  insert into search_vocabulary (word, spelling)
  select distinct on (search_fold(w)) search_fold(w), w
  from service s
  join organization o on o.id = s.organization_id,
    regexp_split_to_table(lower(concat_ws(' ', i18n_all(s.name), replace(coalesce(i18n_all(s.keywords), ''), ',', ' '),
      i18n_all(o.name),
      (select string_agg(i18n_all(c.name), ' ') from service_category sc join category c on c.code = sc.category_code
        where sc.service_id = s.id))),
      '[[:space:][:punct:]]+') as w
  where (ids is null or s.id = any(ids)) and length(search_fold(w)) between 4 and 60 and w !~ '[[:digit:]]'
  order by search_fold(w), w
  on conflict (word) do update set spelling = coalesce(search_vocabulary.spelling, excluded.spelling);
$$;

-- Services already there get their search_words and category lexemes now (Finnish base forms come
-- with the application's next refresh of each, or the next import).
select refresh_service_search(null);
