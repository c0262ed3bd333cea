-- Who may see which client: the read model platform/access decides from (docs/architecture.md, "Who may see
-- which client"). Kept from events in a service that consumes them, or written in the same transaction by the
-- service that owns the facts. Every statement that writes it is an upsert, so a replayed event changes nothing.

-- Staff members as scopes: full access or their own clients, and whether they are still active.
create table access_staff (
    staff_id    uuid         primary key,
    agency_id   uuid         not null,
    -- the identity provider's user id (the token's sub); null until the login is provisioned
    subject     varchar(255),
    full_access boolean      not null,
    active      boolean      not null,
    updated_at  timestamptz  not null
);
-- A token is mapped to its member by (agency, subject) on every request.
create index access_staff_subject on access_staff (agency_id, subject) where subject is not null;

-- Every client of every agency this service has heard of: a full-access staff member sees a client of their agency.
create table access_client (
    client_id  uuid        primary key,
    agency_id  uuid        not null,
    updated_at timestamptz not null
);

-- The staff responsible for a client (client manager, engagement owners and participants): a staff member with
-- own-clients permission sees the clients where they are one of them.
create table access_responsibility (
    staff_id  uuid not null,
    client_id uuid not null references access_client (client_id) on delete cascade,
    primary key (staff_id, client_id)
);
create index access_responsibility_client on access_responsibility (client_id);

-- Client users as people, to map a token to them.
create table access_client_user (
    client_user_id uuid         primary key,
    subject        varchar(255),
    updated_at     timestamptz  not null
);
create index access_client_user_subject on access_client_user (subject) where subject is not null;

-- Which client companies a client user belongs to, and as what.
create table access_membership (
    client_user_id uuid        not null,
    client_id      uuid        not null,
    agency_id      uuid        not null,
    administrator  boolean     not null,
    granted_at     timestamptz not null,
    primary key (client_user_id, client_id)
);
create index access_membership_client on access_membership (client_id);
