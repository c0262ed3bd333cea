-- What the test handler applied: one row per event, with whether it came in its key's order.
create table applied_count (
    event_id   uuid         primary key,
    event_key  varchar(100) not null,
    seq        integer      not null,
    in_order   boolean      not null,
    applied_at timestamptz  not null default now()
);
create index applied_count_key on applied_count (event_key, seq);
