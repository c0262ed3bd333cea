-- The agency's profile is published as AgencyUpdated from this version on (notification-service signs its
-- e-mails with the agency's name). Each profile saved before is published once, as one snapshot, by
-- EventBackfill, as V8 did for clients and staff.
alter table event_backfill drop constraint event_backfill_aggregate_check;
alter table event_backfill add constraint event_backfill_aggregate_check
    check (aggregate in ('CLIENT', 'STAFF', 'AGENCY'));
insert into event_backfill (aggregate, id) select 'AGENCY', agency_id from agency_profile;
