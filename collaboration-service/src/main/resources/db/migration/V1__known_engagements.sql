-- Read model of engagements signed in engagement-service (from EngagementSigned).
create table known_engagement (
    engagement_id       uuid         primary key,
    agency_id           uuid         not null,
    client_id           uuid         not null,
    client_name         varchar(255) not null,
    organisation_number varchar(255) not null,
    title               varchar(255) not null,
    owner_id            uuid,
    participant_ids     uuid[]       not null,
    period_start        date         not null,
    period_end          date,
    letter_id           uuid         not null,
    letter_version      integer      not null,
    signed_at           timestamptz  not null,
    updated_at          timestamptz  not null
);
-- Lists: an agency's engagements by client name, and one client's engagements.
create index known_engagement_agency_client_name on known_engagement (agency_id, client_name, period_start, engagement_id);
create index known_engagement_agency_client on known_engagement (agency_id, client_id);
