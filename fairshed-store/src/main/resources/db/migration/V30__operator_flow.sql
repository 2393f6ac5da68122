-- The operator flow (issue 11 §2, §3): plan jobs, the drafts they make, approvals (four eyes) and each region's
-- publishing policy. Jobs and drafts are working state, not the public record: they are updated in place (status,
-- progress, published), while what a publish makes lives in the immutable revision tables.

create table operator_job (
    id             bigint generated always as identity primary key,
    kind           text not null check (kind in ('scenario', 'damage-update')),
    network        text not null check (length(network) between 1 and 200),
    regions        text[] not null,                                      -- store regions to draft
    status         text not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED', 'CANCELLED')),
    stage          text,
    done           integer not null default 0,
    total          integer not null default 0,
    engine_status  text,                                                 -- the engine's JobStatus when it ran
    message        text,
    budget_seconds integer not null check (budget_seconds > 0),
    input          text not null,                                        -- the upload as received
    plan_at        timestamp,                                            -- a damage update's moment (local)
    submitted_by   text not null,
    remote_address text,
    submitted_at   timestamptz not null default now(),
    started_at     timestamptz,
    finished_at    timestamptz,
    draft_id       bigint
);
create index operator_job_queue on operator_job (status, id);

create table operator_draft (
    id               bigint generated always as identity primary key,
    job_id           bigint not null references operator_job (id),
    network          text not null,
    regions          text[] not null,
    based_on         text not null,                                      -- ETag of the published state it was made against
    based_on_numbers jsonb not null,                                     -- {"kyiv": 3, ...}: the numbers it replaces
    publishable      boolean not null,
    refusal          text,                                               -- why it cannot be published
    plan_status      text not null,
    content          jsonb not null,                                     -- the revision drafts, one per region
    preview          jsonb not null,                                     -- the diff against based_on
    author           text not null,
    created_at       timestamptz not null default now(),
    published_at     timestamptz,
    published_by     text,
    publish_reason   text,
    revisions        jsonb                                               -- {"kyiv": 4, ...} once published
);
create index operator_draft_job on operator_draft (job_id);

create table operator_approval (
    draft_id    bigint not null references operator_draft (id),
    approver    text not null,
    approved_at timestamptz not null default now(),
    primary key (draft_id, approver)
);

create table operator_region_policy (
    region_id  integer primary key references region (id),
    four_eyes  boolean not null,
    updated_by text not null,
    updated_at timestamptz not null default now()
);
