-- The client manager (kundansvarig), an engagement's owner (uppdragsansvarig) and its participants are staff
-- members of the agency: staff_member.id. Until now client.client_manager_id was free text, which the agency UI
-- filled with the signed-in user's identity-provider subject, and owners and participants were uuids nobody
-- checked. Each value is mapped once, here, by the rule in staff_member_named: the subject of a staff member of
-- the same agency becomes that member's id, the id of a staff member of the agency stays, anything else names no
-- one the agency knows and goes (null; a participant row is deleted).
create function pg_temp.staff_member_named(p_agency uuid, p_value text) returns uuid
    language sql stable
    as $$
        select coalesce(
            (select id from staff_member where agency_id = p_agency and subject = p_value),
            (select id from staff_member
              where agency_id = p_agency
                and id = case when pg_input_is_valid(p_value, 'uuid') then p_value::uuid end))
    $$;

-- What the references below name: so the database itself keeps everyone on a client or an engagement within
-- the client's own agency (the service checks that they are active when they are put there).
alter table staff_member add constraint staff_member_agency_id unique (agency_id, id);

alter table client rename column client_manager_id to client_manager_text;
alter table client add column client_manager_id uuid;
update client set client_manager_id = pg_temp.staff_member_named(agency_id, client_manager_text)
 where client_manager_text is not null;
alter table client drop column client_manager_text;
alter table client add constraint client_manager_is_staff
    foreign key (agency_id, client_manager_id) references staff_member (agency_id, id);
-- A staff member's clients as their manager (own-clients permission).
create index client_agency_manager on client (agency_id, client_manager_id);

update engagement set owner_id = pg_temp.staff_member_named(agency_id, owner_id::text) where owner_id is not null;
alter table engagement add constraint engagement_owner_is_staff
    foreign key (agency_id, owner_id) references staff_member (agency_id, id);
-- The engagements a staff member owns.
create index engagement_owner on engagement (owner_id);

-- Participants are renumbered from 0 in their old order (the list is read by position, and a gap would read as
-- a null), each staff member once: a subject and an id of one member both listed become one participant.
create temporary table named_participant as
select engagement_id, staff_id,
       (row_number() over (partition by engagement_id order by first_position) - 1)::integer as position
  from (select p.engagement_id, pg_temp.staff_member_named(e.agency_id, p.staff_id::text) as staff_id,
               min(p.position) as first_position
          from engagement_participant p
          join engagement e on e.id = p.engagement_id
         group by 1, 2) named
 where staff_id is not null;
delete from engagement_participant;
insert into engagement_participant (engagement_id, position, staff_id)
select engagement_id, position, staff_id from named_participant;
drop table named_participant;
-- The table has no agency of its own: the service checks a participant's agency.
alter table engagement_participant add constraint engagement_participant_is_staff
    foreign key (staff_id) references staff_member (id);
-- The engagements a staff member takes part in.
create index engagement_participant_staff on engagement_participant (staff_id);

drop function pg_temp.staff_member_named(uuid, text);
