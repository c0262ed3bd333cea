-- The agency's own profile: one row per agency, keyed by the token's agency_id. No row yet is the empty
-- profile (version 0 in the API). Lengths are the API's @Size limits.
create table agency_profile (
    agency_id           uuid         primary key,
    name                varchar(200) not null,
    organisation_number varchar(11)  not null,
    street              varchar(200),
    postal_code         varchar(6),
    city                varchar(100),
    country             varchar(2)   not null default 'SE',
    email               varchar(254),
    phone               varchar(40),
    created_at          timestamptz  not null,
    updated_at          timestamptz  not null,
    version             bigint       not null default 0
);

-- The agency's logo in a table of its own, so reading or locking the profile never reads the image.
-- The type is the one detected from the image's first bytes, never the one a request claimed.
create table agency_logo (
    agency_id    uuid        primary key,
    content_type varchar(20) not null check (content_type in ('image/png', 'image/jpeg')),
    image        bytea       not null,
    size_bytes   integer     not null check (size_bytes = octet_length(image)),
    updated_at   timestamptz not null
);

-- The agency's staff directory (medarbetare).
create table staff_member (
    id                    uuid          primary key,
    agency_id             uuid          not null,
    name                  varchar(200)  not null,
    -- stored lower-case, so the unique constraint compares addresses as people do
    email                 varchar(254)  not null check (email = lower(email)),
    language              varchar(2)    not null check (language in ('sv', 'en')),
    permission            varchar(20)   not null check (permission in ('FULL', 'OWN_CLIENTS')),
    administrator         boolean       not null,
    status                varchar(20)   not null check (status in ('ACTIVE', 'DEACTIVATED')),
    -- the identity provider's user id: filled by provisioning, null until then
    subject               varchar(255),
    provisioning_state    varchar(20)   not null default 'PENDING'
                                        check (provisioning_state in ('PENDING', 'ACTIVE', 'FAILED')),
    provisioning_reason   varchar(2000),
    created_at            timestamptz   not null,
    updated_at            timestamptz   not null,
    version               bigint        not null default 0,
    constraint staff_member_email_unique unique (agency_id, email)
);
-- The list: one agency's staff by name, then id; and the same with a status filter.
create index staff_member_agency_name on staff_member (agency_id, name, id);
create index staff_member_agency_status_name on staff_member (agency_id, status, name, id);
-- Search (GET /staff?q=): a part of the name in any case (the expression client_name_search uses), or a
-- part of the e-mail address (stored lower-case); trigrams with the agency in the same index (V3's
-- extensions pg_trgm and btree_gin).
create index staff_member_name_search on staff_member
    using gin (agency_id, lower(name collate pg_c_utf8) gin_trgm_ops);
create index staff_member_email_search on staff_member using gin (agency_id, email gin_trgm_ops);
-- Every request looks its caller up by (agency, subject) to refuse a deactivated member; one staff record
-- per identity in an agency.
create unique index staff_member_subject on staff_member (agency_id, subject) where subject is not null;
-- The last-administrator rule reads the agency's active administrators.
create index staff_member_active_administrators on staff_member (agency_id) where administrator and status = 'ACTIVE';
