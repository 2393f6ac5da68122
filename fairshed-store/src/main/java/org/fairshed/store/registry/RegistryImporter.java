package org.fairshed.store.registry;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import org.fairshed.common.InputException;
import org.postgresql.PGConnection;

/**
 * One import in one transaction: rows are streamed by COPY into a temporary staging table, joined once with the
 * store (region, DSO, the address of the same natural key), checked there (set-based, every bad row by line), then
 * merged with set-based SQL: ids resolved (the row's own, else the address with the same natural key, else a new one
 * in line order), streets created, new addresses inserted and changed ones updated, groups and search keys replaced
 * where they differ (anti-joins, so a re-import that changes nothing writes nothing), and, in replace mode, the
 * absent addresses of the imported regions retired. Any error rolls everything back.
 */
final class RegistryImporter {

    private static final String STAGE = """
            create temp table registry_stage (
                line integer not null, id bigint, region text not null, settlement text not null, street text not null,
                house text not null, part text not null, lat double precision, lon double precision,
                hourly text[] not null, emergency text[] not null, dso text,
                natural_key text collate "C" not null, street_key text collate "C" not null,
                street_search text collate "C" not null, keys text[] collate "C" not null
            ) on commit drop""";
    private static final String SEQUENCE = "pg_get_serial_sequence('address', 'id')";

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
        if (parameters.createGroups()) {
            createMissingGroups();
        }
        execute("create temp table registry_rows on commit drop as select s.*, r.id as region_id, d.id as dso_id, "
                + "a.id as existing_id, coalesce(s.id, a.id) as known_id from registry_stage s "
                + "left join region r on r.code = s.region left join dso d on d.region_id = r.id and d.code = s.dso "
                + "left join address a on a.natural_key = s.natural_key order by s.line");
        execute("analyze registry_rows");
        check();
        if (!errors.isEmpty()) {
            c.rollback();
            return new RegistryImportResult(RegistryImportStatus.REJECTED, read, 0, 0, 0, 0, errors.sorted(),
                    errors.count(), elapsed(startNanos));
        }
        mergeStreets();
        assignIds();
        int inserted = insertAddresses();
        execute("create temp table registry_touched (id bigint not null) on commit drop");
        updateAddresses();
        mergeGroups();
        mergeKeys();
        int retired = parameters.replace() ? retire() : 0;
        int updated = count("select count(distinct t.id) from registry_touched t where not exists "
                + "(select 1 from registry_final f where f.resolved_id = t.id and f.fresh)");
        if (inserted + updated + retired > 0) {
            RegistryEvents.changed(c);
        }
        return new RegistryImportResult(RegistryImportStatus.IMPORTED, read, inserted, updated, read - inserted - updated,
                retired, List.of(), 0, elapsed(startNanos));
    }

    /** Every check against the store and between rows; each adds one error per bad row. */
    private void check() throws SQLException {
        report("select line, 'region', 'names the region ''' || region || ''', which the store does not have' "
                + "from registry_rows where region_id is null");
        report("select line, 'dso', 'names the DSO ''' || dso || ''', which region ' || region || ' does not have' "
                + "from registry_rows where dso is not null and dso_id is null and region_id is not null");
        for (String[] t : new String[][] {{"hourly", "groups"}, {"emergency", "emergency_groups"}}) {
            report("select u.line, '" + t[1] + "', 'names the group ' || u.code || ', which region ' || u.region "
                    + "|| ' does not have (" + t[0] + ")' from (select line, region, region_id, unnest(" + t[0] + ") as code "
                    + "from registry_rows where region_id is not null) u left join consumer_group cg "
                    + "on cg.region_id = u.region_id and cg.schedule_type = '" + t[0] + "' and cg.code = u.code "
                    + "where cg.id is null");
        }
        report("select line, '', 'is the same address as line ' || first || ' (region, settlement, street, house and "
                + "part alike)' from (select line, min(line) over (partition by natural_key) as first "
                + "from registry_rows) d where line <> first");
        report("select line, 'id', 'repeats the id ' || id || ' of line ' || first from (select line, id, "
                + "min(line) over (partition by id) as first from registry_rows where id is not null) d where line <> first");
        report("select s.line, 'id', 'is the id of an address in region ' || r.code || ', not ' || s.region "
                + "from registry_rows s join address a on a.id = s.id join region r on r.id = a.region_id "
                + "where a.region_id <> s.region_id");
        report("select line, 'id', 'resolves to the address ' || known_id || ', as line ' || first || ' does' "
                + "from (select line, id, known_id, min(line) over (partition by known_id) as first from registry_rows "
                + "where known_id is not null) d where line <> first and id is null");
        report("select s.line, 'id', 'is ' || s.id || ', but the store has this address as id ' || a.id "
                + "|| case when a.retired_at is null then '' else ' (retired)' end || '; leave the id empty to keep ' "
                + "|| a.id || ', or change the address' from registry_rows s join address a on a.id = s.existing_id "
                + "where s.id is not null and s.id <> s.existing_id "
                + "and not exists (select 1 from registry_rows t where t.known_id = a.id)");
    }

    private void createMissingGroups() throws SQLException {
        execute("insert into consumer_group (region_id, schedule_type, code, position) "
                + "select m.region_id, m.t, m.code, coalesce((select max(position) from consumer_group cg "
                + "where cg.region_id = m.region_id and cg.schedule_type = m.t), 0) "
                + "+ row_number() over (partition by m.region_id, m.t order by m.first, m.code) "
                + "from (select r.id as region_id, g.t, g.code, min(s.line) as first from registry_stage s "
                + "join region r on r.code = s.region cross join lateral "
                + "(select unnest(s.hourly), 'hourly' union all select unnest(s.emergency), 'emergency') as g(code, t) "
                + "group by r.id, g.t, g.code) m on conflict (region_id, schedule_type, code) do nothing");
    }

    private void mergeStreets() throws SQLException {
        execute("insert into street (region_id, settlement, name, natural_key, search_key) "
                + "select distinct on (street_key) region_id, settlement, street, street_key, street_search "
                + "from registry_rows order by street_key, line desc "
                + "on conflict (natural_key) do update set settlement = excluded.settlement, name = excluded.name, "
                + "search_key = excluded.search_key where (street.settlement, street.name, street.search_key) "
                + "is distinct from (excluded.settlement, excluded.name, excluded.search_key)");
    }

    /** New ids in line order, after every id in use (a file may bring ids of its own). */
    private void assignIds() throws SQLException {
        execute("select setval(" + SEQUENCE + ", greatest((select coalesce(max(id), 0) from address), "
                + "(select coalesce(max(id), 0) from registry_rows), (select last_value from address_id_seq), 1))");
        execute("create temp table registry_final on commit drop as select r.*, st.id as street_id, "
                + "(r.known_id is null or not exists (select 1 from address a where a.id = r.known_id)) as fresh, "
                + "coalesce(r.known_id, nextval(" + SEQUENCE + ")) as resolved_id "
                + "from registry_rows r join street st on st.natural_key = r.street_key order by r.line");
        execute("create index on registry_final (resolved_id)");
        execute("analyze registry_final");
    }

    private int insertAddresses() throws SQLException {
        return update("insert into address (id, region_id, street_id, dso_id, house, part, lat, lon, hourly_groups, "
                + "emergency_groups, natural_key) select resolved_id, region_id, street_id, dso_id, house, part, lat, lon, "
                + "hourly, emergency, natural_key from registry_final where fresh order by resolved_id");
    }

    private void updateAddresses() throws SQLException {
        execute("with u as (update address a set street_id = f.street_id, dso_id = f.dso_id, house = f.house, "
                + "part = f.part, lat = f.lat, lon = f.lon, hourly_groups = f.hourly, emergency_groups = f.emergency, "
                + "natural_key = f.natural_key, retired_at = null, updated_at = now() from registry_final f "
                + "where a.id = f.resolved_id and not f.fresh and (a.street_id, a.dso_id, a.house, a.part, a.lat, a.lon, "
                + "a.hourly_groups, a.emergency_groups, a.natural_key, a.retired_at) is distinct from (f.street_id, "
                + "f.dso_id, f.house, f.part, f.lat, f.lon, f.hourly, f.emergency, f.natural_key, null) returning a.id) "
                + "insert into registry_touched select id from u");
    }

    private void mergeGroups() throws SQLException {
        execute("create temp table registry_groups on commit drop as select u.address_id, cg.id as group_id, u.fresh "
                + "from (select resolved_id as address_id, region_id, fresh, unnest(hourly) as code, 'hourly' as t "
                + "from registry_final union all select resolved_id, region_id, fresh, unnest(emergency), 'emergency' "
                + "from registry_final) u join consumer_group cg on cg.region_id = u.region_id "
                + "and cg.schedule_type = u.t and cg.code = u.code");
        execute("analyze registry_groups");
        execute("with d as (delete from address_group ag using registry_final f where ag.address_id = f.resolved_id "
                + "and not f.fresh and not exists (select 1 from registry_groups g where g.address_id = ag.address_id "
                + "and g.group_id = ag.group_id) returning ag.address_id) insert into registry_touched select address_id from d");
        // a fresh address has no groups yet: no anti-join for it
        execute("insert into address_group (address_id, group_id) select address_id, group_id from registry_groups "
                + "where fresh order by 1, 2");
        execute("with i as (insert into address_group (address_id, group_id) select g.address_id, g.group_id "
                + "from registry_groups g where not g.fresh and not exists (select 1 from address_group ag "
                + "where ag.address_id = g.address_id and ag.group_id = g.group_id) order by 1, 2 returning address_id) "
                + "insert into registry_touched select address_id from i");
    }

    private void mergeKeys() throws SQLException {
        execute("create temp table registry_keys on commit drop as select distinct unnest(keys) as key, "
                + "resolved_id as address_id, fresh from registry_final");
        execute("analyze registry_keys");
        execute("delete from address_search k using registry_final f where k.address_id = f.resolved_id and not f.fresh "
                + "and not exists (select 1 from registry_keys n where n.key = k.key and n.address_id = k.address_id)");
        execute("insert into address_search (key, address_id) select key, address_id from registry_keys where fresh "
                + "order by 1, 2");
        execute("insert into address_search (key, address_id) select n.key, n.address_id from registry_keys n "
                + "where not n.fresh and not exists (select 1 from address_search k where k.key = n.key "
                + "and k.address_id = n.address_id) order by 1, 2");
    }

    private int retire() throws SQLException {
        return count("with r as (update address a set retired_at = now(), updated_at = now() "
                + "where a.region_id in (select distinct region_id from registry_final) and a.retired_at is null "
                + "and not exists (select 1 from registry_final f where f.resolved_id = a.id) returning a.id), "
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

    private int update(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
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
