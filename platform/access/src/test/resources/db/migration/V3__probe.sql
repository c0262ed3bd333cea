-- Things that belong to a client, as a service's own rows do: what the probe's list queries filter.
create table probe_thing (
    id        uuid primary key,
    agency_id uuid not null,
    client_id uuid not null
);
