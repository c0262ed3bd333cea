-- Provisioning requests of platform/identity: what a service asked the identity provider to do,
-- written in the service's transaction and carried out after its commit (see Provisioning).
create table identity_provisioning (
    id              bigserial primary key,
    -- whose request, in the service's words ("staff:<uuid>"); one owner's requests run in order
    owner           text        not null check (length(owner) between 1 and 200),
    action          text        not null check (action in ('ENSURE', 'UPDATE', 'DISABLE')),
    person          jsonb,
    -- the user's id: known after ENSURE, taken from the owner's last ENSURE for the others
    subject         text,
    state           text        not null default 'PENDING' check (state in ('PENDING', 'DONE', 'FAILED')),
    attempts        integer     not null default 0,
    next_attempt_at timestamptz not null default now(),
    lease_until     timestamptz,
    last_error      text,
    created_at      timestamptz not null default now(),
    done_at         timestamptz
);
-- what the worker claims: the due pending requests, oldest first
create index identity_provisioning_due on identity_provisioning (next_attempt_at, id) where state = 'PENDING';
-- the gauges' count of what is not done; done requests are most of the table and never read by it
create index identity_provisioning_open on identity_provisioning (state) where state <> 'DONE';
-- an owner's earlier pending request, which must go first, and its last ENSURE's subject
create index identity_provisioning_owner on identity_provisioning (owner, id);
