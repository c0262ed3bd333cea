-- The client list's search (GET /clients?q=): a part of the name in any case, among one agency's clients.
-- lower() under pg_c_utf8, PostgreSQL 17's built-in collation, folds case by Unicode's rules whatever the
-- database's locale (under C, lower('Å') is 'Å'); ClientSearch uses exactly this expression. Trigrams find
-- a part anywhere in the name; btree_gin puts the agency in the same index, so a search reads only that
-- agency's matches. Both extensions are trusted: the database's owner may create them.
create extension if not exists pg_trgm;
create extension if not exists btree_gin;
create index client_name_search on client using gin (agency_id, lower(name collate pg_c_utf8) gin_trgm_ops);
-- The first digits of an organisation number: under the C collation LIKE '5567%' is a range scan in any
-- database locale.
create index client_number_prefix on client (agency_id, organisation_number collate "C");

-- One main contact per client, now checked at commit: an update that moves the main contact writes its
-- rows in the order Hibernate flushes them, which inserts a new main contact before the old one is updated.
drop index client_contact_one_main;
alter table client_contact add constraint client_contact_one_main
    exclude using btree (client_id with =) where (main) deferrable initially deferred;

-- When the client or its contacts last changed. Every update writes it, so the client's version moves
-- once per update, when only a contact changed too.
alter table client add column updated_at timestamptz;
update client set updated_at = created_at;
alter table client alter column updated_at set not null;
