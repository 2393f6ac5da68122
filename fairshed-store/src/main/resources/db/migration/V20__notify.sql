-- Fairshed store, migration 20: notifications (module fairshed-notify, docs/notify.md). The transactional outbox
-- (notify_event, written in the publish and day-status transactions through the store's PublishListener), the
-- subscribers (signed webhooks, Web Push), the deliveries fanned out from the outbox (one row per subscriber and
-- message id: the id a receiver dedups by), the lead-time warnings scheduled from the published schedules, and the
-- server's VAPID key pair (shared by every replica).

-- What happened, written in the same transaction as the publish or the day-status change: all or nothing with it.
create table notify_event (
    id            bigint generated always as identity primary key,
    at            timestamptz not null default date_trunc('milliseconds', now()),
    kind          text not null check (kind in ('revision', 'day-status')),
    region_id     integer not null references region (id),
    store_event   bigint not null references store_event (id),
    revision      integer,       -- revision: the new number
    replaces      integer,       -- revision: the number it replaced
    day           date,          -- day-status: the local day
    status        text,          -- day-status: the new status
    version       integer,       -- day-status: the day's new version
    fanned_out_at timestamptz,   -- set once its deliveries and warnings are written (by the dispatcher)
    check ((kind = 'revision') = (revision is not null)),
    check ((kind = 'day-status') = (day is not null and status is not null and version is not null))
);
create index notify_event_pending on notify_event (id) where fanned_out_at is null;
create unique index notify_event_store_event on notify_event (store_event);

-- Where the outbox starts: store events up to this one happened before notifications were installed and are not
-- told. Later ones that a writer without the outbox listener committed are caught up from store_event.
create table notify_state (
    id           integer primary key check (id = 1),
    since_event  bigint not null
);

-- A signed webhook (Standard Webhooks v1). The secret is needed to sign, so it is kept (never logged, never shown
-- again after the creation's response). Filters: regions, region/group pairs, address ids; all empty = everything.
create table webhook_subscription (
    id              text primary key check (id ~ '^wh_[A-Za-z0-9]{16,40}$'),
    url             text not null check (length(url) between 1 and 2000),
    secret          text not null check (secret ~ '^whsec_[A-Za-z0-9+/=]{20,200}$'),
    regions         text[] not null default '{}',
    groups          text[] not null default '{}',    -- 'region/group'
    address_ids     bigint[] not null default '{}',
    warn_minutes    integer[] not null default '{}', -- lead-time warnings, minutes before a definite outage
    created_at      timestamptz not null default date_trunc('milliseconds', now()),
    created_by      text not null check (length(created_by) between 1 and 200),
    disabled_at     timestamptz,
    disabled_reason text check (disabled_reason is null or length(disabled_reason) <= 500),
    deleted_at      timestamptz
);

-- A browser's Web Push subscription (RFC 8030/8291): one address or one region/group, warnings, language.
create table push_subscription (
    id                 text primary key check (id ~ '^ps_[A-Za-z0-9]{16,40}$'),
    manage_token_hash  text not null check (length(manage_token_hash) = 64),   -- SHA-256 hex of the manage token
    endpoint           text not null check (length(endpoint) between 1 and 2000),
    p256dh             text not null check (length(p256dh) between 80 and 100),
    auth               text not null check (length(auth) between 16 and 32),
    region             text not null,
    groups             text[] not null,
    address_id         bigint,
    warn_minutes       integer[] not null default '{}',
    lang               text not null check (lang in ('uk', 'en')),
    created_at         timestamptz not null default date_trunc('milliseconds', now()),
    disabled_at        timestamptz,
    disabled_reason    text,
    unique nulls not distinct (endpoint, region, address_id, groups)
);

-- One message to one subscriber: the webhook's or the push's outbox row. message_id is the webhook-id (stable
-- across retries); the body is fixed when the row is written, so every attempt sends the same bytes.
create table notify_delivery (
    id              bigint generated always as identity primary key,
    channel         text not null check (channel in ('webhook', 'push')),
    subscription_id text not null,
    message_id      text not null check (length(message_id) between 1 and 200),
    type            text not null,
    payload         text not null,
    created_at      timestamptz not null default date_trunc('milliseconds', now()),
    expires_at      timestamptz,            -- a warning whose outage has begun is not sent any more
    state           text not null default 'PENDING' check (state in ('PENDING', 'DELIVERED', 'FAILED',
                                                                     'CANCELLED', 'EXPIRED')),
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    leased_until    timestamptz,            -- a dispatcher is sending it; after this moment another may
    last_status     integer,
    last_error      text,
    delivered_at    timestamptz,
    unique (channel, subscription_id, message_id)
);
create index notify_delivery_due on notify_delivery (next_attempt_at) where state = 'PENDING';
create index notify_delivery_subscription on notify_delivery (channel, subscription_id, id);

-- A lead-time warning: subscriber, the definite outage it warns of (by its start instant), the offset, when it is
-- due. Rewritten from the published schedule on every revision: an outage that vanished or moved cancels its
-- warnings, a new start gets new ones. Due ones become deliveries.
create table lead_warning (
    id              bigint generated always as identity primary key,
    channel         text not null check (channel in ('webhook', 'push')),
    subscription_id text not null,
    region          text not null,
    group_code      text not null,
    day             date not null,
    start_minute    integer not null,   -- wall-clock minutes of the local day, as the schedule writes them
    end_minute      integer not null,
    start_at        timestamptz not null,
    end_at          timestamptz not null,
    offset_minutes  integer not null check (offset_minutes between 1 and 1440),
    due_at          timestamptz not null,
    revision        integer not null,
    state           text not null default 'PENDING' check (state in ('PENDING', 'QUEUED', 'CANCELLED', 'EXPIRED')),
    unique (channel, subscription_id, region, group_code, start_at, offset_minutes)
);
create index lead_warning_due on lead_warning (due_at) where state = 'PENDING';

-- The server's VAPID key pair (RFC 8292): made once, shared by every replica, so subscriptions survive restarts.
create table vapid_key (
    id          integer primary key check (id = 1),
    public_key  text not null,   -- uncompressed P-256 point, base64url
    private_key text not null,   -- PKCS#8, base64
    created_at  timestamptz not null default now()
);
