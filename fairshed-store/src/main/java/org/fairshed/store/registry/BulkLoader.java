package org.fairshed.store.registry;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * The first load of an empty registry, without per-row work in the database: the registry's indexes and constraints
 * are dropped (in the transaction: DDL is transactional in PostgreSQL, so a failure leaves them as they were), the
 * addresses are streamed by COPY straight into {@code address} with their ids, natural keys and groups, the search keys
 * (made in Java, as the importer makes them) into {@code address_search}, the streets from memory into {@code street},
 * {@code address_group} derived with set-based SQL, and then the indexes and constraints are built again — one sort
 * each instead of a million index insertions and foreign-key checks. The identity and search rules are the importer's
 * (the same {@link RegistryRow} keys): ids in line order after every id in use, a street's display form from its last
 * line, duplicates of an address refused by line. Street ids are given in order of first appearance.
 */
final class BulkLoader {

    private static final List<String> TABLES = List.of("street", "address", "address_group", "address_search");
    private static final String SEQUENCE = "pg_get_serial_sequence('address', 'id')";
    private static final String STREET_SEQUENCE = "pg_get_serial_sequence('street', 'id')";

    private final Connection c;
    private final ImportErrors errors;

    BulkLoader(Connection c, ImportErrors errors) {
        this.c = c;
        this.errors = errors;
    }

    /** Whether the registry holds nothing (no address, no street), so that this loader may be used. */
    static boolean isEmpty(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select exists (select 1 from address) or exists (select 1 from street)")) {
            rs.next();
            return !rs.getBoolean(1);
        }
    }

    RegistryImportResult run(Iterator<RegistryRow> rows, long startNanos) throws SQLException, IOException {
        execute("lock table street, address, address_group, address_search in access exclusive mode");
        if (!isEmpty(c)) {
            throw new IllegalStateException("the bulk load needs an empty registry");
        }
        execute("set local maintenance_work_mem = '256MB'");
        List<String> rebuild = dropIndexesAndConstraints();
        Organisation org = organisation();
        long first = firstId();
        Map<String, StreetRow> streets = new LinkedHashMap<>();
        Path keys = Files.createTempFile("fairshed-keys", ".copy");
        int read = 0;
        long[] hashes = new long[1024];
        int[] lines = new int[1024];
        try {
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            try (BufferedWriter keyOut = Files.newBufferedWriter(keys, StandardCharsets.UTF_8)) {
                AddressStream addresses = new AddressStream(rows, org, streets, keyOut, first);
                copy.copyIn("copy address (id, region_id, street_id, dso_id, house, part, lat, lon, hourly_groups, "
                        + "emergency_groups, natural_key) from stdin", addresses);
                read = addresses.rows;
                hashes = addresses.hashes;
                lines = addresses.lines;
            }
            if (errors.isEmpty()) {
                duplicates(hashes, lines, read, first);
            }
            if (!errors.isEmpty()) {
                c.rollback();
                return new RegistryImportResult(RegistryImportStatus.REJECTED, read, 0, 0, 0, 0, errors.sorted(),
                        errors.count(), Duration.ofNanos(System.nanoTime() - startNanos));
            }
            try (Reader in = Files.newBufferedReader(keys, StandardCharsets.UTF_8)) {
                copy.copyIn("copy address_search (key, address_id) from stdin", in);
            }
        } finally {
            Files.deleteIfExists(keys);
        }
        copyStreets(streets);
        for (String type : List.of("hourly", "emergency")) {
            execute("insert into address_group (address_id, group_id) select a.id, cg.id from address a cross join "
                    + "unnest(a." + type + "_groups) as g(code) join consumer_group cg on cg.region_id = a.region_id "
                    + "and cg.schedule_type = '" + type + "' and cg.code = g.code");
        }
        for (String ddl : rebuild) {
            execute(ddl);
        }
        if (read > 0) {
            execute("select setval(" + SEQUENCE + ", " + (first + read - 1) + ")");
            execute("select setval(" + STREET_SEQUENCE + ", " + Math.max(1, streets.size()) + ")");
            for (String t : TABLES) {
                execute("analyze " + t);
            }
            RegistryEvents.changed(c);
        }
        return new RegistryImportResult(RegistryImportStatus.IMPORTED, read, read, 0, 0, 0, List.of(), 0,
                Duration.ofNanos(System.nanoTime() - startNanos));
    }

    /** The definitions to build again, in order: primary keys and unique constraints, indexes, foreign keys last. */
    private List<String> dropIndexesAndConstraints() throws SQLException {
        List<String> drops = new ArrayList<>();
        List<String> keysAndUniques = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        String tables = "('" + String.join("','", TABLES) + "')";
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select con.conname, "
                + "con.conrelid::regclass::text, con.contype, pg_get_constraintdef(con.oid) from pg_constraint con "
                + "where con.contype in ('p', 'u', 'f') and (con.conrelid::regclass::text in " + tables
                + " or con.confrelid::regclass::text in " + tables + ") order by con.contype = 'f' desc, con.conname")) {
            while (rs.next()) {
                String drop = "alter table " + rs.getString(2) + " drop constraint " + rs.getString(1);
                String add = "alter table " + rs.getString(2) + " add constraint " + rs.getString(1) + " " + rs.getString(4);
                drops.add(drop);
                (rs.getString(3).equals("f") ? foreign : keysAndUniques).add(add);
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select i.indexrelid::regclass::text, "
                + "pg_get_indexdef(i.indexrelid) from pg_index i where i.indrelid::regclass::text in " + tables
                + " and not exists (select 1 from pg_constraint con where con.conindid = i.indexrelid) order by 1")) {
            while (rs.next()) {
                drops.add("drop index " + rs.getString(1));
                indexes.add(rs.getString(2));
            }
        }
        for (String d : drops) {
            execute(d);
        }
        List<String> rebuild = new ArrayList<>(keysAndUniques);
        rebuild.addAll(indexes);
        rebuild.addAll(foreign);
        return rebuild;
    }

    /** The first new id: after every id in use, as the importer gives it. */
    private long firstId() throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select greatest((select last_value from "
                + "address_id_seq), 1) + 1")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Rows of one natural key (equal 64-bit hashes, confirmed on the stored keys) are refused by line. */
    private void duplicates(long[] hashes, int[] lines, int n, long first) throws SQLException {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(hashes[a], hashes[b]));
        List<Long> candidates = new ArrayList<>();
        for (int i = 1; i < n; i++) {
            if (hashes[order[i]] == hashes[order[i - 1]]) {
                candidates.add(first + order[i]);
                candidates.add(first + order[i - 1]);
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement("select array_agg(id order by id) from address where id = any(?) "
                + "group by natural_key having count(*) > 1")) {
            ps.setArray(1, c.createArrayOf("bigint", candidates.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Long[] ids = (Long[]) rs.getArray(1).getArray();
                    for (int k = 1; k < ids.length; k++) {
                        errors.add(lines[(int) (ids[k] - first)], "", "is the same address as line "
                                + lines[(int) (ids[0] - first)] + " (region, settlement, street, house and part alike)");
                    }
                }
            }
        }
    }

    private void copyStreets(Map<String, StreetRow> streets) throws SQLException, IOException {
        StringBuilder sb = new StringBuilder(streets.size() * 96);
        for (Map.Entry<String, StreetRow> e : streets.entrySet()) {
            StreetRow s = e.getValue();
            sb.append(s.id).append('\t').append(s.regionId).append('\t');
            AddressStream.text(sb, s.settlement);
            AddressStream.text(sb, s.name);
            AddressStream.text(sb, e.getKey());
            AddressStream.text(sb, s.searchKey);
            sb.setCharAt(sb.length() - 1, '\n');
        }
        c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy street (id, region_id, settlement, name, natural_key, "
                + "search_key) from stdin", new java.io.StringReader(sb.toString()));
    }

    private Organisation organisation() throws SQLException {
        Organisation o = new Organisation();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id, code from region")) {
            while (rs.next()) {
                o.regions.put(rs.getString(2), rs.getInt(1));
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select d.id, r.code, d.code from dso d "
                + "join region r on r.id = d.region_id")) {
            while (rs.next()) {
                o.dsos.put(rs.getString(2) + "|" + rs.getString(3), rs.getInt(1));
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select r.code, g.schedule_type, g.code "
                + "from consumer_group g join region r on r.id = g.region_id")) {
            while (rs.next()) {
                o.groups.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
            }
        }
        return o;
    }

    private void execute(String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static final class Organisation {
        final Map<String, Integer> regions = new HashMap<>();
        final Map<String, Integer> dsos = new HashMap<>();
        final Set<String> groups = new HashSet<>();
    }

    static final class StreetRow {
        final long id;
        final int regionId;
        String settlement;
        String name;
        final String searchKey;

        StreetRow(long id, int regionId, String settlement, String name, String searchKey) {
            this.id = id;
            this.regionId = regionId;
            this.settlement = settlement;
            this.name = name;
            this.searchKey = searchKey;
        }
    }

    /**
     * The rows as COPY text for {@code address}, read by the driver as a {@link Reader}; each row's search keys go to
     * {@code keyOut} and its street into {@code streets}. A row that names what the store lacks is an error by line
     * (reported with every other; nothing is then kept).
     */
    private final class AddressStream extends Reader {
        private final Iterator<RegistryRow> source;
        private final Organisation org;
        private final Map<String, StreetRow> streets;
        private final BufferedWriter keyOut;
        private final long first;
        private final StringBuilder buffer = new StringBuilder(1 << 16);
        private final Map<String, String> identities = new HashMap<>();
        private final Map<String, String> searches = new HashMap<>();
        private int pos;
        int rows;
        long[] hashes = new long[1 << 16];
        int[] lines = new int[1 << 16];

        AddressStream(Iterator<RegistryRow> rows, Organisation org, Map<String, StreetRow> streets, BufferedWriter keyOut,
                      long first) {
            this.source = rows;
            this.org = org;
            this.streets = streets;
            this.keyOut = keyOut;
            this.first = first;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            while (pos >= buffer.length()) {
                buffer.setLength(0);
                pos = 0;
                if (!source.hasNext()) {
                    return -1;
                }
                while (buffer.length() < (1 << 15) && source.hasNext()) {
                    add(source.next());
                }
            }
            int n = Math.min(len, buffer.length() - pos);
            buffer.getChars(pos, pos + n, cbuf, off);
            pos += n;
            return n;
        }

        private void add(RegistryRow r) throws IOException {
            Integer region = org.regions.get(r.region());
            boolean ok = region != null;
            if (!ok) {
                errors.add(r.line(), "region", "names the region '" + r.region() + "', which the store does not have");
            }
            if (r.id() != null) {
                errors.add(r.line(), "id", "carries an id, but the first load of an empty registry gives the ids");
                ok = false;
            }
            Integer dso = r.dso() == null ? null : org.dsos.get(r.region() + "|" + r.dso());
            if (ok && r.dso() != null && dso == null) {
                errors.add(r.line(), "dso", "names the DSO '" + r.dso() + "', which region " + r.region() + " does not have");
                ok = false;
            }
            if (region != null) { // as the importer: a row's groups are checked against a region the store has
                ok &= groups(r, r.hourlyGroups(), "hourly", "groups") & groups(r, r.emergencyGroups(), "emergency",
                        "emergency_groups");
            }
            if (!ok || !errors.isEmpty()) {
                rows++;
                return; // keep reading to report every bad row; nothing is kept
            }
            long id = first + rows;
            String streetKey = RegistryRow.streetKey(r.region(), cached(identities, r.settlement(), true),
                    cached(identities, r.street(), true));
            String streetSearch = cached(searches, r.street(), false);
            StreetRow street = streets.get(streetKey);
            if (street == null) {
                street = new StreetRow(streets.size() + 1L, region, r.settlement(), r.street(), streetSearch);
                streets.put(streetKey, street);
            } else {
                street.settlement = r.settlement();
                street.name = r.street();
            }
            String naturalKey = RegistryRow.naturalKey(streetKey, SearchKeys.identity(r.house()),
                    SearchKeys.identity(r.part()));
            if (rows == hashes.length) {
                hashes = Arrays.copyOf(hashes, rows * 2);
                lines = Arrays.copyOf(lines, rows * 2);
            }
            hashes[rows] = hash(naturalKey);
            lines[rows] = r.line();
            rows++;
            buffer.append(id).append('\t').append(region).append('\t').append(street.id).append('\t')
                    .append(dso == null ? "\\N" : dso.toString()).append('\t');
            text(buffer, r.house());
            text(buffer, r.part());
            buffer.append(r.lat() == null ? "\\N" : Double.toString(r.lat())).append('\t');
            buffer.append(r.lon() == null ? "\\N" : Double.toString(r.lon())).append('\t');
            array(buffer, r.hourlyGroups());
            array(buffer, r.emergencyGroups());
            text(buffer, naturalKey);
            buffer.setCharAt(buffer.length() - 1, '\n');
            for (String key : RegistryRow.searchKeys(cached(searches, r.settlement(), false), streetSearch,
                    SearchKeys.search(r.house()), SearchKeys.search(r.part()))) {
                keyOut.write(key);
                keyOut.write('\t');
                keyOut.write(Long.toString(id));
                keyOut.write('\n');
            }
        }

        private boolean groups(RegistryRow r, List<String> codes, String type, String field) {
            boolean ok = true;
            for (String g : codes) {
                if (!org.groups.contains(r.region() + "|" + type + "|" + g)) {
                    errors.add(r.line(), field, "names the group " + g + ", which region " + r.region()
                            + " does not have (" + type + ")");
                    ok = false;
                }
            }
            return ok;
        }

        private String cached(Map<String, String> cache, String text, boolean identity) {
            String v = cache.get(text);
            if (v == null) {
                if (cache.size() >= 100_000) {
                    cache.clear();
                }
                v = identity ? SearchKeys.identity(text) : SearchKeys.search(text);
                cache.put(text, v);
            }
            return v;
        }

        @Override
        public void close() {
            // the rows are the caller's
        }

        static void text(StringBuilder sb, String s) {
            for (int i = 0; i < s.length(); i++) {
                char ch = s.charAt(i);
                switch (ch) {
                    case '\\' -> sb.append("\\\\");
                    case '\t' -> sb.append("\\t");
                    case '\n' -> sb.append("\\n");
                    case '\r' -> sb.append("\\r");
                    default -> sb.append(ch);
                }
            }
            sb.append('\t');
        }

        static void array(StringBuilder sb, List<String> values) {
            sb.append('{');
            for (int i = 0; i < values.size(); i++) {
                sb.append(i > 0 ? "," : "").append('"').append(values.get(i)).append('"');
            }
            sb.append("}\t");
        }

        private static long hash(String s) {
            long h = 0xcbf29ce484222325L;
            byte[] b = s.getBytes(StandardCharsets.UTF_8);
            for (byte x : b) {
                h = (h ^ (x & 0xff)) * 0x100000001b3L;
            }
            return h ^ (h >>> 29) ^ ((long) s.length() << 48);
        }
    }
}
