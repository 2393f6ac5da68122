-- Fairshed store, migration 10: operator accounts, API tokens and web sessions (issue 11 §1), and the audit log's
-- who (account, way in) and what (the subject acted on).
--
-- Secrets are never stored: a password as an Argon2id PHC string, a token and a session id as the SHA-256 of a
-- 256-bit random value (docs/security.md says why that suffices). Accounts and tokens are never deleted (the audit log
-- names them): an account is disabled, a token revoked, and the database refuses DELETE and TRUNCATE on both.

create table operator_account (
    id                   bigint generated always as identity primary key,
    name                 text not null unique check (name ~ '^[a-z0-9][a-z0-9._@-]{1,63}$'),
    role                 text not null check (role in ('VIEWER', 'PLANNER', 'PUBLISHER', 'ADMINISTRATOR')),
    region_id            integer references region (id),          -- null: national
    password_hash        text check (password_hash is null or password_hash like '$argon2id$%'),
    created_at           timestamptz not null default now(),
    created_by           text not null check (length(created_by) between 1 and 200),
    password_changed_at  timestamptz,
    disabled_at          timestamptz,
    disabled_by          text
);

create table operator_token (
    id              bigint generated always as identity primary key,
    prefix          text not null unique check (prefix ~ '^fst_[A-Za-z0-9]{8}$'),   -- names the token in logs
    secret_hash     bytea not null unique check (length(secret_hash) = 32),     -- SHA-256 of the whole token
    account_id      bigint not null references operator_account (id),
    role            text not null check (role in ('VIEWER', 'PLANNER', 'PUBLISHER', 'ADMINISTRATOR')),
    region_id       integer references region (id),                              -- null: national
    label           text check (label is null or length(label) <= 200),
    created_at      timestamptz not null,
    created_by      text not null check (length(created_by) between 1 and 200),
    expires_at      timestamptz not null,
    revoked_at      timestamptz,
    revoked_by      text,
    last_used_at    timestamptz,
    last_used_from  text check (last_used_from is null or length(last_used_from) <= 64),
    check (expires_at > created_at)
);
create index operator_token_account on operator_token (account_id);

create table operator_session (
    id              bigint generated always as identity primary key,
    secret_hash     bytea not null unique check (length(secret_hash) = 32),     -- SHA-256 of the cookie's value
    account_id      bigint not null references operator_account (id),
    created_at      timestamptz not null,
    last_seen_at    timestamptz not null,
    expires_at      timestamptz not null,                                        -- the absolute timeout
    ended_at        timestamptz,
    remote_address  text check (remote_address is null or length(remote_address) <= 64)
);
create index operator_session_account on operator_session (account_id);

create trigger operator_account_kept before delete on operator_account
    for each row execute function fairshed_refuse_change();
create trigger operator_account_truncate before truncate on operator_account
    for each statement execute function fairshed_refuse_change();
create trigger operator_token_kept before delete on operator_token
    for each row execute function fairshed_refuse_change();
create trigger operator_token_truncate before truncate on operator_token
    for each statement execute function fairshed_refuse_change();

-- The audit log's who and what: the account (null for the command line or the store itself), how it came in
-- (session, token:<prefix>, cli:<user>) and the subject acted on (account:<name>, token:<prefix>, draft:<id> ...).
-- Its UPDATE/DELETE/TRUNCATE triggers (migration 4) stay: adding columns changes no row.
alter table audit_log add column account_id bigint references operator_account (id);
alter table audit_log add column via text check (via is null or length(via) <= 100);
alter table audit_log add column subject text check (subject is null or length(subject) <= 200);
create index audit_log_at on audit_log (at);
