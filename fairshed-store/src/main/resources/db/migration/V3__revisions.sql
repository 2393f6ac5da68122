-- Fairshed store, migration 3: revisions. A revision is the complete schedule of every group of a region for the
-- days it covers, numbered 1, 2, ... per region and immutable (the database refuses UPDATE, DELETE and TRUNCATE).
-- Publishing inserts one and moves the region's pointer in `published` in the same transaction.
--
-- Times: a day is a local date of the region's zone; minutes are wall-clock minutes from local midnight, [start, end)
-- with 0 <= start < end <= 1440 (1440 = the next midnight), as the rota and the compatible clients count them. The
-- instants start_at/end_at are derived at publish with the region's zone (docs/store.md: a start in a DST gap moves
-- forward by the gap, a start in an overlap takes the earlier offset, an end in an overlap the later one), so the
-- 23- and 25-hour days are exact in instants.

create table revision (
    id            bigint generated always as identity primary key,
    region_id     integer not null references region (id),
    number        integer not null check (number >= 1),
    replaces      integer check ((number = 1 and replaces is null) or replaces = number - 1),
    first_day     date not null,
    last_day      date not null check (last_day >= first_day and last_day - first_day < 31),
    slot_minutes  integer not null check (slot_minutes in (15, 30, 60)),
    plan_status   text not null check (length(plan_status) between 1 and 32),
    reason        text not null check (length(reason) between 1 and 2000),
    author        text not null check (length(author) between 1 and 200),
    created_at    timestamptz not null,
    content_hash  text not null check (content_hash ~ '^[0-9a-f]{64}$'),   -- SHA-256 of the content (docs/store.md)
    unique (region_id, number)
);

-- The figures behind a day: per slot the quota to shed (MW), the critical load shed (MW), the plan's status.
create table revision_day (
    revision_id       bigint not null references revision (id),
    day               date not null,
    quota_mw          double precision[] not null,
    critical_shed_mw  double precision[] not null,
    slot_status       text[] not null,
    primary key (revision_id, day)
);

-- Every hourly group of the region on every day of the revision: its load per slot and definite hours off.
create table revision_group_day (
    revision_id  bigint not null references revision (id),
    group_id     bigint not null references consumer_group (id),
    day          date not null,
    load_mw      double precision[] not null,
    hours_off    double precision not null check (hours_off between 0 and 25),
    primary key (revision_id, group_id, day),
    foreign key (revision_id, day) references revision_day (revision_id, day)
);

create table revision_outage (
    revision_id   bigint not null,
    group_id      bigint not null,
    day           date not null,
    kind          text not null check (kind in ('definite', 'possible')),
    start_minute  smallint not null check (start_minute >= 0 and start_minute < 1440),
    end_minute    smallint not null check (end_minute > start_minute and end_minute <= 1440),
    start_at      timestamptz not null,
    end_at        timestamptz not null check (end_at >= start_at),
    primary key (revision_id, group_id, day, kind, start_minute),
    foreign key (revision_id, group_id, day) references revision_group_day (revision_id, group_id, day)
);

-- The rolling 7-day fairness ledger as it stood at this revision: hours off per group and local day.
create table revision_ledger (
    revision_id  bigint not null references revision (id),
    group_id     bigint not null references consumer_group (id),
    day          date not null,
    hours_off    double precision not null check (hours_off between 0 and 25),
    primary key (revision_id, group_id, day)
);

create trigger revision_immutable before update or delete on revision
    for each row execute function fairshed_refuse_change();
create trigger revision_day_immutable before update or delete on revision_day
    for each row execute function fairshed_refuse_change();
create trigger revision_group_day_immutable before update or delete on revision_group_day
    for each row execute function fairshed_refuse_change();
create trigger revision_outage_immutable before update or delete on revision_outage
    for each row execute function fairshed_refuse_change();
create trigger revision_ledger_immutable before update or delete on revision_ledger
    for each row execute function fairshed_refuse_change();
create trigger revision_truncate before truncate on revision
    for each statement execute function fairshed_refuse_change();
create trigger revision_day_truncate before truncate on revision_day
    for each statement execute function fairshed_refuse_change();
create trigger revision_group_day_truncate before truncate on revision_group_day
    for each statement execute function fairshed_refuse_change();
create trigger revision_outage_truncate before truncate on revision_outage
    for each statement execute function fairshed_refuse_change();
create trigger revision_ledger_truncate before truncate on revision_ledger
    for each statement execute function fairshed_refuse_change();

-- The region's published revision: the one row a publish moves.
create table published (
    region_id     integer primary key references region (id),
    revision_id   bigint not null references revision (id),
    number        integer not null,
    published_at  timestamptz not null
);
