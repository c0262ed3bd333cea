-- Collaborations in shared services (samarbeten), what happened to each, and which services a client uses.

-- A collaboration of the agency and a client in one service of the catalogue, on one engagement. An imported
-- one (UNLINKED) has neither service nor engagement until staff link it.
create table collaboration (
    id                       uuid         primary key,
    agency_id                uuid         not null,
    client_id                uuid         not null references known_client (client_id),
    service                  varchar(40),
    engagement_id            uuid,
    status                   varchar(20)  not null
                             check (status in ('INVITED', 'ACTIVE', 'DECLINED', 'EXPIRED', 'ENDED', 'UNLINKED')),
    scenario                 varchar(20)  check (scenario in ('EXISTING_SERVICE', 'NEW_SERVICE', 'NEW_CUSTOMER')),
    invoice_recipient        varchar(10)  check (invoice_recipient in ('AGENCY', 'CLIENT')),
    variant                  varchar(20),
    agreement_months         integer      check (agreement_months > 0),
    agency_payment_recipient boolean      not null default false,
    -- the invitation: the last time it was sent, by whom, until when it may be answered, how often it was sent
    invited_at               timestamptz,
    invited_by_id            uuid,
    invited_by_name          varchar(200),
    expires_at               timestamptz,
    times_sent               integer      not null default 0,
    -- the answer: the client user, the terms version approved (an acceptance), the reason given (a decline)
    answered_at              timestamptz,
    answered_by_id           uuid,
    answered_by_name         varchar(200),
    terms_version            varchar(40),
    decline_reason           varchar(1000),
    activated_at             timestamptz,
    -- an ending: the last day, who asked for it (side and name); ended_at once it took effect
    ends_on                  date,
    end_side                 varchar(10)  check (end_side in ('AGENCY', 'CLIENT')),
    end_by_name              varchar(200),
    ended_at                 timestamptz,
    -- after an ending the client keeps the service alone (KEEP) or ends it too (END); null: not answered yet
    service_decision         varchar(10)  check (service_decision in ('KEEP', 'END')),
    -- an import: the older system's reference (unique in the agency, so an import runs again harmlessly),
    -- what it called the service, the day the collaboration started there
    import_reference         varchar(100),
    import_service_name      varchar(200),
    import_started_on        date,
    created_at               timestamptz  not null,
    updated_at               timestamptz  not null,
    version                  bigint       not null default 0,
    check ((status = 'UNLINKED') = (service is null)),
    check (status = 'UNLINKED' or (engagement_id is not null and invoice_recipient is not null))
);
-- One open collaboration per client and service: of two activations at once one wins, the other hears 409.
create unique index collaboration_open_per_service on collaboration (client_id, service)
    where status in ('INVITED', 'ACTIVE');
create unique index collaboration_import_reference on collaboration (agency_id, import_reference)
    where import_reference is not null;
-- Lists: a client's collaborations; the agency's by status, service, engagement; sent requests by time.
create index collaboration_client on collaboration (client_id, service);
create index collaboration_agency_status on collaboration (agency_id, status, client_id);
create index collaboration_agency_service on collaboration (agency_id, service, client_id);
create index collaboration_agency_engagement on collaboration (agency_id, engagement_id);
create index collaboration_agency_invited on collaboration (agency_id, invited_at desc, id) where invited_at is not null;
-- The deadlines a replica sweeps: invitations to expire, endings to take effect.
create index collaboration_invitation_deadline on collaboration (expires_at) where status = 'INVITED';
create index collaboration_ending_deadline on collaboration (ends_on) where status = 'ACTIVE' and ends_on is not null;
-- The engagement owner filter joins known_engagement by its key; its owner needs an index there.
create index known_engagement_agency_owner on known_engagement (agency_id, owner_id);

-- What happened to a collaboration, in order: the history both sides read.
create table collaboration_history (
    id                uuid         primary key,
    collaboration_id  uuid         not null references collaboration (id),
    at                timestamptz  not null,
    what              varchar(30)  not null,
    side              varchar(10)  not null check (side in ('AGENCY', 'CLIENT', 'SYSTEM')),
    by_name           varchar(200),
    -- the fields changed: [{"field": ..., "before": ..., "after": ...}]
    changes           jsonb        not null default '[]',
    note              varchar(1000)
);
create index collaboration_history_collaboration on collaboration_history (collaboration_id, at, id);

-- The services a client uses in the platform, with or without a collaboration: whether an activation is the
-- first scenario (the client already uses it) or the second (it is activated for the client with it).
create table client_service (
    client_id         uuid         not null references known_client (client_id),
    service           varchar(40)  not null,
    since             timestamptz  not null,
    -- who started it: the agency with a collaboration, the client, or an import
    started_by        varchar(10)  not null check (started_by in ('AGENCY', 'CLIENT', 'IMPORT')),
    ended_at          timestamptz,
    primary key (client_id, service)
);

-- An import finds its clients by organisation number.
create index known_client_agency_organisation_number on known_client (agency_id, organisation_number);
