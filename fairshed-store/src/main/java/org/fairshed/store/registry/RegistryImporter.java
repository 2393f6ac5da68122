package org.fairshed.store.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Iterator;
import org.fairshed.common.InputException;
import org.postgresql.PGConnection;

/**
 * One import in one transaction: rows are streamed by COPY into a temporary staging table, checked there against the
 * store and each other (set-based, every bad row by line), then merged with set-based SQL: ids resolved (the row's
 * own, else the address with the same natural key, else a new one), streets created, addresses inserted or updated,
 * groups and search keys replaced where they changed, and, in replace mode, the absent addresses of the imported
 * regions retired. Any error rolls everything back.
 */
final class RegistryImporter {

    private static final String STAGE = """
            create temp table registry_stage (
                line integer not null, id bigint, region text not null, settlement text not null, street text not null,
                house text not null, part text not null, lat double precision, lon double precision,
                hourly text[] not null, emergency text[] not null, dso text,
                natural_key text collate "C" not null, street_key text collate "C" not null,
                street_search text collate "C" not null, keys text[] collate "C" not null,
                region_id integer, dso_id integer, resolved_id bigint, street_id bigint
            ) on commit drop""";

    private final Connection c;
    private final ImportErrors errors;
    private final RegistryImportParameters parameters;

    RegistryImporter(Connection c, ImportErrors errors, RegistryImportParameters parameters) {
        this.c = c;
        this.errors = errors;
        this.parameters = parameters;
    }

    RegistryImportResult run(Iterator<RegistryRow> rows, long startNanos) throws SQLException {
        execute("set constraints all deferred");
        execute(STAGE);
        StageWriter writer = new StageWriter(c.unwrap(PGConnection.class).getCopyAPI().copyIn(StageWriter.COPY));
        try {
            while (rows.hasNext()) {
                writer.write(rows.next());
            }
        } catch (InputException fatal) {
            errors.add(fatal);
        } finally {
            writer.finish();
        }
        int read = writer.rows();
        execute("create index on registry_stage (line)");
        execute("analyze registry_stage");
        check();
        if (!errors.isEmpty()) {
            return rejected(read, startNanos);
        }
        assignIds();
        mergeStreets();
        int[] counts = mergeAddresses();
        int retired = parameters.replace() ? retire() : 0;
        int updated = counts[1];
        return new RegistryImportResult(RegistryImportStatus.IMPORTED, read, counts[0], updated,
                writer.rows() - counts[0] - updated, retired, java.util.List.of(), 0, elapsed(startNanos));
    }

    private RegistryImportResult rejected(int read, long startNanos) throws SQLException {
        c.rollback();
        return new RegistryImportResult(RegistryImportStatus.REJECTED, read, 0, 0, 0, 0, errors.sorted(),
                errors.count(), elapsed(startNanos));
    }

    /** Every check against the store and between rows; each adds one error per bad row. */
    private void check() throws SQLException {
        execute("update registry_stage s set region_id = r.id from region r where r.code = s.region");
        report("select line, 'region', 'names the region ''' || region || ''', which the store does not have' "
                + "from registry_stage where region_id is null");
        execute("update registry_stage s set dso_id = d.id from dso d where d.region_id = s.region_id and d.code = s.dso");
        report("select line, 'dso', 'names the DSO ''' || dso || ''', which region ' || region || ' does not have' "
                + "from registry_stage where dso is not null and dso_id is null and region_id is not null");
        if (parameters.createGroups()) {
            createMissingGroups();
        }
        for (String[] t : new String[][] {{"hourly", "groups"}, {"emergency", "emergency_groups"}}) {
            report("select s.line, '" + t[1] + "', 'names the group ' || g.code || ', which region ' || s.region "
                    + "|| ' does not have (" + t[0] + ")' from registry_stage s cross join lateral unnest(s." + t[0]
                    + ") as g(code) where s.region_id is not null and not exists (select 1 from consumer_group cg "
                    + "where cg.region_id = s.region_id and cg.schedule_type = '" + t[0] + "' and cg.code = g.code)");
        }
        report("select line, '', 'is the same address as line ' || first || ' (region, settlement, street, house and "
                + "part alike)' from (select line, min(line) over (partition by natural_key) as first "
                + "from registry_stage) d where line <> first");
        report("select line, 'id', 'repeats the id ' || id || ' of line ' || first from (select line, id, "
                + "min(line) over (partition by id) as first from registry_stage where id is not null) d where line <> first");
        report("select s.line, 'id', 'is the id of an address in region ' || r.code || ', not ' || s.region "
                + "from registry_stage s join address a on a.id = s.id join region r on r.id = a.region_id "
                + "where a.region_id <> s.region_id");
        execute("update registry_stage s set resolved_id = coalesce(s.id, (select a.id from address a "
                + "where a.natural_key = s.natural_key))");
        execute("create index on registry_stage (resolved_id)");
        report("select line, 'id', 'resolves to the address ' || resolved_id || ', as line ' || first || ' does' "
                + "from (select line, resolved_id, min(line) over (partition by resolved_id) as first from registry_stage "
                + "where resolved_id is not null) d where line <> first");
        report("select s.line, 'id', 'is ' || s.id || ', but the store has this address as id ' || a.id "
                + "|| case when a.retired_at is null then '' else ' (retired)' end || '; leave the id empty to keep ' "
                + "|| a.id || ', or change the address' from registry_stage s join address a on a.natural_key = s.natural_key "
                + "where a.id <> s.resolved_id and not exists (select 1 from registry_stage t where t.resolved_id = a.id)");
    }

    private void createMissingGroups() throws SQLException {
        execute("insert into consumer_group (region_id, schedule_type, code, position) "
                + "select m.region_id, m.t, m.code, coalesce((select max(position) from consumer_group cg "
                + "where cg.region_id = m.region_id and cg.schedule_type = m.t), 0) "
                + "+ row_number() over (partition by m.region_id, m.t order by m.first, m.code) "
                + "from (select s.region_id, g.t, g.code, min(s.line) as first from registry_stage s cross join lateral "
                + "(select unnest(s.hourly), 'hourly' union all select unnest(s.emergency), 'emergency') as g(code, t) "
                + "where s.region_id is not null group by s.region_id, g.t, g.code) m "
                + "on conflict (region_id, schedule_type, code) do nothing");
    }

    private void assignIds() throws SQLException {
        execute("select setval(pg_get_serial_sequence('address', 'id'), greatest("
                + "(select coalesce(max(id), 0) from address), (select coalesce(max(id), 0) from registry_stage), "
                + "(select last_value from address_id_seq), 1))");
        execute("update registry_stage s set resolved_id = n.v from (select line, nextval(pg_get_serial_sequence("
                + "'address', 'id')) as v from (select line from registry_stage where resolved_id is null order by line) o) n "
                + "where s.line = n.line");
    }

    private void mergeStreets() throws SQLException {
        execute("insert into street (region_id, settlement, name, natural_key, search_key) "
                + "select distinct on (street_key) region_id, settlement, street, street_key, street_search "
                + "from registry_stage order by street_key, line desc "
                + "on conflict (natural_key) do update set settlement = excluded.settlement, name = excluded.name, "
                + "search_key = excluded.search_key where (street.settlement, street.name, street.search_key) "
                + "is distinct from (excluded.settlement, excluded.name, excluded.search_key)");
        execute("update registry_stage s set street_id = st.id from street st where st.natural_key = s.street_key");
    }

    /** Inserts and updates addresses, their groups and keys; returns {inserted, updated}. */
    private int[] mergeAddresses() throws SQLException {
        execute("create temp table registry_touched (id bigint not null, fresh boolean not null) on commit drop");
        int inserted = count("with up as (insert into address as a (id, region_id, street_id, dso_id, house, part, lat, "
                + "lon, natural_key, retired_at, updated_at) select resolved_id, region_id, street_id, dso_id, house, part, "
                + "lat, lon, natural_key, null, now() from registry_stage "
                + "on conflict (id) do update set street_id = excluded.street_id, dso_id = excluded.dso_id, "
                + "house = excluded.house, part = excluded.part, lat = excluded.lat, lon = excluded.lon, "
                + "natural_key = excluded.natural_key, retired_at = null, updated_at = now() "
                + "where (a.street_id, a.dso_id, a.house, a.part, a.lat, a.lon, a.natural_key, a.retired_at) is distinct "
                + "from (excluded.street_id, excluded.dso_id, excluded.house, excluded.part, excluded.lat, excluded.lon, "
                + "excluded.natural_key, null) returning a.id, (xmax = 0) as fresh), "
                + "t as (insert into registry_touched select id, fresh from up) "
                + "select count(*) from up where fresh");
        execute("create temp table registry_groups on commit drop as select s.resolved_id as address_id, cg.id as group_id "
                + "from registry_stage s cross join lateral (select unnest(s.hourly), 'hourly' union all "
                + "select unnest(s.emergency), 'emergency') as g(code, t) join consumer_group cg "
                + "on cg.region_id = s.region_id and cg.schedule_type = g.t and cg.code = g.code");
        execute("create index on registry_groups (address_id, group_id)");
        execute("analyze registry_groups");
        execute("with d as (delete from address_group ag using registry_stage s where ag.address_id = s.resolved_id "
                + "and not exists (select 1 from registry_groups g where g.address_id = ag.address_id "
                + "and g.group_id = ag.group_id) returning ag.address_id) "
                + "insert into registry_touched select address_id, false from d");
        execute("with i as (insert into address_group (address_id, group_id) select address_id, group_id "
                + "from registry_groups on conflict do nothing returning address_id) "
                + "insert into registry_touched select address_id, false from i");
        execute("create temp table registry_keys on commit drop as select distinct unnest(keys) as key, "
                + "resolved_id as address_id from registry_stage");
        execute("analyze registry_keys");
        execute("delete from address_search k using registry_stage s where k.address_id = s.resolved_id "
                + "and not exists (select 1 from registry_keys n where n.key = k.key and n.address_id = k.address_id)");
        execute("insert into address_search (key, address_id) select key, address_id from registry_keys "
                + "on conflict do nothing");
        int updated = count("select count(distinct t.id) from registry_touched t where not exists "
                + "(select 1 from registry_touched f where f.fresh and f.id = t.id)");
        return new int[] {inserted, updated};
    }

    private int retire() throws SQLException {
        return count("with r as (update address a set retired_at = now(), updated_at = now() "
                + "where a.region_id in (select distinct region_id from registry_stage) and a.retired_at is null "
                + "and not exists (select 1 from registry_stage s where s.resolved_id = a.id) returning a.id), "
                + "d as (delete from address_search k using r where k.address_id = r.id) select count(*) from r");
    }

    private void report(String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql + " order by 1")) {
            while (rs.next()) {
                errors.add(rs.getInt(1), rs.getString(2), rs.getString(3));
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private int count(String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static Duration elapsed(long startNanos) {
        return Duration.ofNanos(System.nanoTime() - startNanos);
    }
}
