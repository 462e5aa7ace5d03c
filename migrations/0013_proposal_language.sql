-- The language a proposal was written in: the organiser's answer is mailed in it, not in the
-- language the organiser happens to use. Proposals made before this read as Finnish, the source language.
alter table activity_proposal add column lang text not null default 'fi' check (lang in ('fi', 'sv', 'en'));
