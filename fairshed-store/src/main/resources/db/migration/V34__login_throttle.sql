-- Failed logins per typed name, shared by every server on the database (replicas behind a load balancer would
-- otherwise each allow the whole budget): a token bucket per name, keyed by the SHA-256 of the normalised name (a
-- name field sometimes receives a password), with the caller's clock in epoch milliseconds.
create table login_name_bucket (
    name_hash   bytea primary key check (length(name_hash) = 32),
    tokens      double precision not null,
    updated_ms  bigint not null
);
