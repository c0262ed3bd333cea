-- The agencies' client registers as engagement-service publishes them (ClientRegistered, ClientUpdated):
-- what a client account is made from. Lengths are the events' contract; the row holds the latest event.
create table known_client (
    client_id           uuid         primary key,
    agency_id           uuid         not null,
    name                varchar(200) not null,
    organisation_number varchar(11)  not null,
    street              varchar(200),
    postal_code         varchar(6),
    city                varchar(100),
    country             varchar(2)   not null,
    main_contact_name   varchar(200) not null,
    main_contact_email  varchar(254),
    main_contact_phone  varchar(40),
    client_manager_id   uuid,
    -- the time of the event the row was written from
    updated_at          timestamptz  not null
);

-- A client company opened to the portal: one account per client (the primary key decides a race).
create table client_account (
    client_id           uuid         primary key references known_client (client_id),
    agency_id           uuid         not null,
    -- the company as it was when the account was made (ClientAccountCreated); pages show known_client's
    client_name         varchar(200) not null,
    organisation_number varchar(11)  not null,
    created_at          timestamptz  not null,
    -- the staff member who made it: their login (the token's sub) and name
    created_by          varchar(255) not null,
    created_by_name     varchar(200) not null
);

-- A person using the portal: one per e-mail address, a member of any number of companies of any agencies.
create table client_user (
    id                  uuid          primary key,
    -- stored lower-case, so the unique constraint compares addresses as people do
    email               varchar(254)  not null check (email = lower(email)),
    name                varchar(200)  not null,
    language            varchar(2)    not null check (language in ('sv', 'en')),
    -- the identity provider's user id: filled by provisioning, null until then
    subject             varchar(255),
    provisioning_state  varchar(20)   not null default 'PENDING'
                                      check (provisioning_state in ('PENDING', 'ACTIVE', 'FAILED')),
    provisioning_reason varchar(2000),
    created_at          timestamptz   not null,
    version             bigint        not null default 0,
    constraint client_user_email_unique unique (email)
);

-- Who belongs to which company, and as what.
create table membership (
    client_id      uuid         not null references client_account (client_id),
    client_user_id uuid         not null references client_user (id),
    role           varchar(20)  not null check (role in ('ADMINISTRATOR', 'USER')),
    granted_at     timestamptz  not null,
    -- who granted it: a staff member (the first administrator) or the company's administrator (their sub)
    granted_by     varchar(255) not null,
    -- a company's users, and its administrators the last-administrator rule locks, by the key's first column
    primary key (client_id, client_user_id)
);
-- A person's companies (GET /me/companies; whether a removed person has any left).
create index membership_client_user on membership (client_user_id);
