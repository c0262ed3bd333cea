-- The directory: who can be notified, as the events describe them. Each row holds the latest event
-- of its key (updated_at); lengths are the events' contract.
create table agency (
    id                  uuid          primary key,
    name                varchar(200)  not null,
    updated_at          timestamptz   not null
);

create table staff_member (
    id                  uuid          primary key,
    agency_id           uuid          not null,
    name                varchar(200)  not null,
    email               varchar(254)  not null,
    language            varchar(2)    not null check (language in ('sv', 'en')),
    -- the identity provider's user id ({@code sub} of their tokens), null until their login is linked
    subject             varchar(255),
    active              boolean       not null default true,
    updated_at          timestamptz   not null
);
create index staff_member_subject on staff_member (subject) where subject is not null;

create table client_user (
    id                  uuid          primary key,
    name                varchar(200)  not null,
    email               varchar(254)  not null,
    language            varchar(2)    not null check (language in ('sv', 'en')),
    subject             varchar(255),
    updated_at          timestamptz   not null
);
create index client_user_subject on client_user (subject) where subject is not null;

-- A client company: its name for the texts, its agency for the sender.
create table client (
    id                  uuid          primary key,
    agency_id           uuid          not null,
    name                varchar(200)  not null,
    updated_at          timestamptz   not null
);

create table membership (
    client_id           uuid          not null,
    client_user_id      uuid          not null,
    agency_id           uuid          not null,
    role                varchar(20)   not null check (role in ('ADMINISTRATOR', 'USER')),
    granted_at          timestamptz   not null,
    primary key (client_id, client_user_id)
);

-- One in-platform notification to one person. Its texts are rendered when read, in the reader's
-- language, from the template and the data the event gave.
create table notification (
    id                  uuid          primary key,
    agency_id           uuid          not null,
    recipient_kind      varchar(12)   not null check (recipient_kind in ('STAFF', 'CLIENT_USER')),
    recipient_id        uuid          not null,
    event_id            varchar(255)  not null,
    category            varchar(40)   not null,
    template            varchar(100)  not null,
    data                jsonb         not null,
    -- a path of the agency UI or the portal (/byra/..., /portal/...); the base URL is configuration
    link                varchar(500)  not null,
    created_at          timestamptz   not null,
    read_at             timestamptz,
    -- an event notifies a person once per template, whatever redelivers it
    constraint notification_once unique (event_id, recipient_kind, recipient_id, template)
);
-- the person's list, newest first, and their unread count
create index notification_recipient on notification (recipient_kind, recipient_id, created_at desc, id);
create index notification_unread on notification (recipient_kind, recipient_id) where read_at is null;

-- One e-mail to one person: written with the notification, sent after the commit.
create table email_delivery (
    id                  uuid          primary key,
    agency_id           uuid          not null,
    recipient_kind      varchar(12)   not null check (recipient_kind in ('STAFF', 'CLIENT_USER')),
    recipient_id        uuid          not null,
    event_id            varchar(255)  not null,
    category            varchar(40)   not null,
    template            varchar(100)  not null,
    data                jsonb         not null,
    link                varchar(500)  not null,
    status              varchar(10)   not null check (status in ('PENDING', 'SENT', 'FAILED')),
    attempts            integer       not null default 0,
    next_attempt_at     timestamptz   not null,
    -- a replica sending it holds it until then; a crashed replica's delivery is taken over after
    lease_until         timestamptz,
    last_error          varchar(2000),
    -- as sent (or last tried): what the administrator's list shows
    recipient_name      varchar(200),
    recipient_email     varchar(254),
    subject             varchar(500),
    created_at          timestamptz   not null,
    last_attempt_at     timestamptz,
    sent_at             timestamptz,
    constraint email_delivery_once unique (event_id, recipient_kind, recipient_id, template)
);
-- the mailer's queue
create index email_delivery_due on email_delivery (next_attempt_at) where status = 'PENDING';
-- the administrator's lists
create index email_delivery_agency on email_delivery (agency_id, status, created_at desc);

-- The optional e-mail categories a person turned off (mandatory ones are never stored here).
create table email_opt_out (
    recipient_kind      varchar(12)   not null,
    recipient_id        uuid          not null,
    category            varchar(40)   not null,
    primary key (recipient_kind, recipient_id, category)
);
