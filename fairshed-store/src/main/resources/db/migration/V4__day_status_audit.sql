-- Fairshed store, migration 4: the day status per region and local date, and the append-only audit log.

create table day_status (
    region_id         integer not null references region (id),
    day               date not null,
    status            text not null check (status in ('WAITING_FOR_SCHEDULE', 'SCHEDULE_APPLIES', 'EMERGENCY',
                                                      'NO_OUTAGES')),
    expected_at       timestamptz,               -- WAITING_FOR_SCHEDULE: when the schedule is expected
    message           text check (message is null or length(message) <= 2000),
    emergency_groups  text[] not null default '{}',   -- EMERGENCY: the emergency lists switched off (no times)
    version           integer not null check (version >= 1),   -- 1, 2, ... per region and day (ETags, SSE ids)
    updated_at        timestamptz not null,
    updated_by        text not null check (length(updated_by) between 1 and 200),
    primary key (region_id, day),
    check (status <> 'WAITING_FOR_SCHEDULE' or expected_at is not null),
    check (status = 'EMERGENCY' or cardinality(emergency_groups) = 0)
);

-- Who did what, when, from where, and the revision before and after. Append-only.
create table audit_log (
    id               bigint generated always as identity primary key,
    at               timestamptz not null default now(),
    actor            text not null check (length(actor) between 1 and 200),
    action           text not null check (action ~ '^[a-z][a-z0-9._-]{0,63}$'),
    region_id        integer references region (id),
    revision_before  bigint references revision (id),
    revision_after   bigint references revision (id),
    remote_address   text check (remote_address is null or length(remote_address) <= 64),
    detail           jsonb not null default '{}'::jsonb
);
create index audit_log_region on audit_log (region_id, at);

create trigger audit_log_immutable before update or delete on audit_log
    for each row execute function fairshed_refuse_change();
create trigger audit_log_truncate before truncate on audit_log
    for each statement execute function fairshed_refuse_change();
