create table client (
    id                  uuid         primary key,
    agency_id           uuid         not null,
    name                varchar(255) not null,
    organisation_number varchar(255) not null,
    street              varchar(255),
    postal_code         varchar(255),
    city                varchar(255),
    country             varchar(255) not null default 'SE',
    client_manager_id   varchar(255),
    active              boolean      not null default true,
    created_at          timestamptz  not null,
    version             bigint       not null default 0,
    constraint client_organisation_number_unique unique (agency_id, organisation_number)
);
-- The client list: one agency's clients by name.
create index client_agency_name on client (agency_id, name, id);

create table client_contact (
    id        uuid         primary key,
    client_id uuid         not null references client (id) on delete cascade,
    name      varchar(255) not null,
    email     varchar(255),
    phone     varchar(255),
    main      boolean      not null default false
);
create index client_contact_client on client_contact (client_id);
-- One main contact per client.
create unique index client_contact_one_main on client_contact (client_id) where main;

create table engagement (
    id           uuid         primary key,
    agency_id    uuid         not null,
    client_id    uuid         not null references client (id),
    title        varchar(255) not null,
    owner_id     uuid,
    period_start date         not null,
    period_end   date,
    status       varchar(255) not null,
    created_at   timestamptz  not null,
    version      bigint       not null default 0,
    constraint engagement_period check (period_end is null or period_end >= period_start)
);
-- Lists: an agency's engagements, optionally for one client, newest period first.
create index engagement_agency_period on engagement (agency_id, period_start desc, id);
create index engagement_agency_client on engagement (agency_id, client_id, period_start desc);

create table engagement_participant (
    engagement_id uuid    not null references engagement (id) on delete cascade,
    position      integer not null,
    staff_id      uuid    not null,
    primary key (engagement_id, position)
);

create table engagement_letter (
    id              uuid           primary key,
    engagement_id   uuid           not null references engagement (id),
    letter_version  integer        not null,
    status          varchar(255)   not null,
    terms           varchar(20000) not null,
    signed_at       timestamptz,
    signed_by       varchar(255),
    signed_by_name  varchar(255),
    signed_from     varchar(255),
    document_sha256 varchar(255),
    created_at      timestamptz    not null,
    version         bigint         not null default 0,
    constraint engagement_letter_version_unique unique (engagement_id, letter_version)
);
