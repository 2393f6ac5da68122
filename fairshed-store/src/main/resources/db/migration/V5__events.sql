-- Fairshed store, migration 5: the event sequence. Every publish, day-status change and registry import appends one
-- row in its own transaction and NOTIFYs with the row's id, so that every server replica numbers the events alike
-- (the public SSE ids) and a client can resume on any replica with Last-Event-ID: the replica reads the events after
-- that id from here. A NOTIFY is only a wake-up; this table is what happened. Append-only.

create table store_event (
    id         bigint generated always as identity primary key,
    at         timestamptz not null default date_trunc('milliseconds', now()),
    kind       text not null check (kind in ('revision', 'day-status', 'registry')),
    region_id  integer references region (id),
    revision   integer,        -- revision: the new number
    replaces   integer,        -- revision: the number it replaces, null for the first
    day        date,           -- day-status: the local day
    status     text,           -- day-status: the new status
    version    integer,        -- day-status: the day's new version
    check ((kind = 'revision') = (revision is not null)),
    check ((kind = 'day-status') = (day is not null and status is not null and version is not null))
);
create index store_event_region on store_event (region_id, id);

create trigger store_event_immutable before update or delete on store_event
    for each row execute function fairshed_refuse_change();
create trigger store_event_truncate before truncate on store_event
    for each statement execute function fairshed_refuse_change();
