-- Transactional outbox: one row per event, written in the transaction of the change it reports.
create table outbox_event (
    seq            bigint generated always as identity primary key,
    id             uuid         not null unique,
    topic          varchar(249) not null,
    message_key    varchar(255) not null,
    type           varchar(255) not null,
    dataschema     varchar(500) not null,
    source         varchar(255) not null,
    subject        varchar(255),
    agency_id      uuid,
    occurred_at    timestamptz  not null,
    payload        jsonb        not null,
    traceparent    varchar(55),
    tracestate     varchar(512),
    created_at     timestamptz  not null default now(),
    published_at   timestamptz,
    attempts       integer      not null default 0,
    last_error     text
);

-- What the relay claims: unpublished rows in commit order.
create index outbox_event_pending on outbox_event (seq) where published_at is null;
-- The ordering guard: older unpublished rows of the same key.
create index outbox_event_pending_key on outbox_event (topic, message_key, seq) where published_at is null;
-- Housekeeping deletes published rows after the retention period.
create index outbox_event_published_at on outbox_event (published_at) where published_at is not null;

-- Idempotent consumer: the id of every handled event, written with the handler's effect.
create table inbox_event (
    event_id     uuid         primary key,
    type         varchar(255) not null,
    source       varchar(255),
    topic        varchar(249) not null,
    kafka_partition integer   not null,
    kafka_offset bigint       not null,
    handled_at   timestamptz  not null default now()
);

create index inbox_event_handled_at on inbox_event (handled_at);
