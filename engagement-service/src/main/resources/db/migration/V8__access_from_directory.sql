-- platform/access's read model from what the staff directory and the client register hold already; from now on
-- every change writes it in its own transaction.
insert into access_staff (staff_id, agency_id, subject, full_access, active, updated_at)
select id, agency_id, subject, permission = 'FULL', status = 'ACTIVE', now() from staff_member;

insert into access_client (client_id, agency_id, updated_at)
select id, agency_id, now() from client;

insert into access_responsibility (staff_id, client_id)
select client_manager_id, id from client where client_manager_id is not null
union
select owner_id, client_id from engagement where owner_id is not null
union
select p.staff_id, e.client_id from engagement_participant p join engagement e on e.id = p.engagement_id;

-- The other services learn the client register, the responsibility sets and the staff's logins from events this
-- version starts to publish. What existed before is published once, as one snapshot each, by EventBackfill.
create table event_backfill (
    aggregate varchar(20) not null check (aggregate in ('CLIENT', 'STAFF')),
    id        uuid        not null,
    primary key (aggregate, id)
);
insert into event_backfill (aggregate, id) select 'CLIENT', id from client;
insert into event_backfill (aggregate, id) select 'STAFF', id from staff_member where subject is not null;
