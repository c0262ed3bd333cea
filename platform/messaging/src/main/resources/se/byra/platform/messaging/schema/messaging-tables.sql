-- Transactional outbox: one row per event, written in the transaction of the change it reports.
-- status: PENDING (waiting for the relay), PUBLISHED (acknowledged by the broker), PARKED (the
-- broker refused it for good; holds its key until an operator retries or skips it), HELD (waiting
-- behind a PARKED row of its key), SKIPPED (an operator decided it is never published).
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
    status         varchar(10)  not null default 'PENDING'
                   check (status in ('PENDING', 'PUBLISHED', 'PARKED', 'HELD', 'SKIPPED')),
    -- a relay that is sending the row; no row lock is held while the broker answers
    lease_owner    uuid,
    lease_until    timestamptz,
    attempts       integer      not null default 0,
    last_error     text,
    parked_at      timestamptz,
    published_at   timestamptz,
    -- when the row left the queue (published or skipped): housekeeping deletes by it
    finished_at    timestamptz
) with (fillfactor = 50);
-- Half of each page is kept free so the relay's lease update (no indexed column changes) is a HOT
-- update: a new row version on the same page and no new entry in any index.

-- What the relay claims: pending rows in commit order.
create index outbox_event_pending on outbox_event (seq) where status = 'PENDING';
-- The ordering guard: older unfinished rows of the same key.
create index outbox_event_unfinished_key on outbox_event (topic, message_key, seq)
    where status in ('PENDING', 'HELD', 'PARKED');
-- Parked and held rows, for the operator, the gauges and the release of held keys.
create index outbox_event_parked on outbox_event (seq) where status = 'PARKED';
create index outbox_event_held on outbox_event (seq) where status = 'HELD';
-- Housekeeping deletes finished rows after the retention period.
create index outbox_event_finished_at on outbox_event (finished_at) where finished_at is not null;

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
