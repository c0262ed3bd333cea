-- The agencies' client registers as engagement-service publishes them (ClientRegistered, ClientUpdated): where
-- a consent invitation goes and whether the client's address is complete.
create table known_client (
    client_id            uuid          primary key,
    agency_id            uuid          not null,
    name                 varchar(200)  not null,
    street               varchar(200),
    postal_code          varchar(20),
    city                 varchar(100),
    main_contact_name    varchar(200),
    main_contact_email   varchar(254),
    -- the time of the event the row was last written from: an older one changes nothing
    updated_at           timestamptz   not null
);
create index known_client_agency_name on known_client (agency_id, name, client_id);

-- The agencies' staff (through platform/access's StaffChanged): names on pages, and the addresses a client's
-- main contact must not have.
create table known_staff (
    staff_id    uuid          primary key,
    agency_id   uuid          not null,
    name        varchar(200)  not null,
    email       varchar(254)  not null,
    active      boolean       not null
);
create index known_staff_email on known_staff (lower(email)) where active;

-- A client's consent to case management: one row per client, from the first invitation on.
create table consent (
    client_id            uuid           primary key,
    agency_id            uuid           not null,
    status               varchar(10)    not null check (status in ('REQUESTED', 'GRANTED', 'DECLINED', 'REVOKED')),
    main_contact_name    varchar(200)   not null,
    main_contact_email   varchar(254)   not null,
    requested_at         timestamptz    not null,
    requested_by_id      uuid,
    requested_by_name    varchar(200)   not null,
    answered_at          timestamptz,
    answered_by_id       uuid,
    answered_by_name     varchar(200),
    reason               varchar(1000),
    updated_at           timestamptz    not null,
    version              integer        not null
);
create index consent_agency_status on consent (agency_id, status, updated_at desc, client_id);

create table consent_history (
    id          uuid           primary key,
    client_id   uuid           not null references consent (client_id),
    at          timestamptz    not null,
    what        varchar(20)    not null,
    side        varchar(10)    not null check (side in ('AGENCY', 'CLIENT', 'SYSTEM')),
    by_name     varchar(200),
    note        varchar(1000)
);
create index consent_history_client on consent_history (client_id, at, id);

-- A case (ärende). "case" is an SQL keyword.
create table client_case (
    id                 uuid            primary key,
    agency_id          uuid            not null,
    client_id          uuid            not null,
    type               varchar(20)     not null
        check (type in ('QUESTION', 'DOCUMENT_REQUEST', 'APPROVAL', 'INFORMATION', 'FORM')),
    title              varchar(200)    not null,
    description        varchar(10000)  not null,
    status             varchar(20)     not null
        check (status in ('DRAFT', 'WAITING_FOR_CLIENT', 'WAITING_FOR_AGENCY', 'CLOSED', 'CANCELLED')),
    origin             varchar(10)     not null check (origin in ('AGENCY', 'CLIENT')),
    assignee_id        uuid,
    due_on             date,
    -- what the type asks (documents, form fields) and what the client answered (saved or submitted)
    definition         jsonb           not null,
    answer             jsonb           not null,
    answered_at        timestamptz,
    answered_by_id     uuid,
    answered_by_name   varchar(200),
    template_id        uuid,
    created_by_id      uuid,
    created_by_name    varchar(200)    not null,
    created_at         timestamptz     not null,
    sent_at            timestamptz,
    closed_at          timestamptz,
    closing_reason     varchar(20),
    closing_note       varchar(2000),
    -- each side's marker: the other side did something it has not looked at yet
    agency_unread      boolean         not null,
    client_unread      boolean         not null,
    updated_at         timestamptz     not null,
    version            integer         not null
);
-- the board: the agency's cases by last update, narrowed by status, assignee, client or type
create index client_case_agency_updated on client_case (agency_id, updated_at desc, id);
create index client_case_agency_status on client_case (agency_id, status, updated_at desc, id);
create index client_case_agency_assignee on client_case (agency_id, assignee_id, updated_at desc, id);
create index client_case_client_updated on client_case (client_id, updated_at desc, id);
-- due and overdue filters, and the reminder sweep: only cases waiting for the client have a turn to miss
create index client_case_waiting_due on client_case (due_on, id) where status = 'WAITING_FOR_CLIENT';

create table case_comment (
    id           uuid            primary key,
    case_id      uuid            not null references client_case (id),
    side         varchar(10)     not null check (side in ('AGENCY', 'CLIENT')),
    author_id    uuid,
    author_name  varchar(200)    not null,
    text         varchar(10000)  not null,
    at           timestamptz     not null
);
create index case_comment_case on case_comment (case_id, at, id);

create table case_history (
    id        uuid           primary key,
    case_id   uuid           not null references client_case (id),
    at        timestamptz    not null,
    what      varchar(20)    not null,
    side      varchar(10)    not null check (side in ('AGENCY', 'CLIENT', 'SYSTEM')),
    by_name   varchar(200),
    note      varchar(2000)
);
create index case_history_case on case_history (case_id, at, id);

-- A file of a case: what it is, and (in attachment_content, behind AttachmentStore) its bytes.
create table case_attachment (
    id                uuid           primary key,
    case_id           uuid           not null references client_case (id),
    -- the document or form field it answers, "document" for an approval's document; null for none
    item              varchar(40),
    file_name         varchar(255)   not null,
    content_type      varchar(100)   not null,
    size              bigint         not null,
    side              varchar(10)    not null check (side in ('AGENCY', 'CLIENT')),
    uploaded_by_id    uuid,
    uploaded_by_name  varchar(200)   not null,
    uploaded_at       timestamptz    not null
);
create index case_attachment_case on case_attachment (case_id, uploaded_at, id);

create table attachment_content (
    attachment_id  uuid   primary key references case_attachment (id) on delete cascade,
    content        bytea  not null
);

-- An agency's template of a case, sent to one client or many.
create table case_template (
    id            uuid            primary key,
    agency_id     uuid            not null,
    name          varchar(200)    not null,
    type          varchar(20)     not null
        check (type in ('QUESTION', 'DOCUMENT_REQUEST', 'APPROVAL', 'INFORMATION', 'FORM')),
    title         varchar(200)    not null,
    description   varchar(10000)  not null,
    due_in_days   integer,
    definition    jsonb           not null,
    updated_at    timestamptz     not null,
    version       integer         not null
);
create unique index case_template_agency_name on case_template (agency_id, lower(name));

-- Each reminder sent: one per case, rule and due date, whichever replica got there first.
create table case_reminder (
    case_id        uuid          not null references client_case (id),
    days_from_due  integer       not null,
    due_on         date          not null,
    sent_at        timestamptz   not null,
    primary key (case_id, days_from_due, due_on)
);
