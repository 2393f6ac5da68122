package org.fairshed.store.registry;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fairshed.common.InputException;
import org.fairshed.store.db.Database;
import org.fairshed.store.model.Address;
import org.fairshed.store.model.Street;
import org.fairshed.store.organisation.OrganisationRepository;

/**
 * The consumer registry: import (one transaction, every bad row by line), export (the same CSV), lookup by the
 * stable id, prefix search across scripts, and the street → house navigation the compatible clients use.
 */
public final class RegistryRepository {

    /** Largest number of results of one search. */
    public static final int MAX_RESULTS = 100;
    /** Longest query text. */
    public static final int MAX_QUERY = 200;
    /** The byte after every character of a search key: the exclusive upper bound of a prefix range. */
    private static final String AFTER_KEY = "\u007f";

    private final Database database;
    private final OrganisationRepository organisation;

    public RegistryRepository(Database database, OrganisationRepository organisation) {
        this.database = database;
        this.organisation = organisation;
    }

    /** Imports a registry file (see {@link RegistryCsvReader} for the format). */
    public RegistryImportResult importCsv(Path file, RegistryImportParameters parameters) {
        String source = file.toString();
        try (InputStream in = Files.newInputStream(file)) {
            return importCsv(in, source, parameters);
        } catch (NoSuchFileException e) {
            throw InputException.of(source, "registry file not found");
        } catch (AccessDeniedException e) {
            throw InputException.of(source, "cannot be read: permission denied");
        } catch (IOException e) {
            throw InputException.of(source, "cannot be read: " + e.getMessage());
        }
    }

    /**
     * Imports registry CSV from {@code in}, named {@code source} in messages. A header that cannot be read is thrown as
     * an {@link InputException}; bad rows come back in a REJECTED result, all of them, and nothing is changed.
     */
    public RegistryImportResult importCsv(InputStream in, String source, RegistryImportParameters parameters) {
        long start = System.nanoTime();
        ImportErrors errors = new ImportErrors(source);
        RegistryCsvReader reader = new RegistryCsvReader(in, errors, parameters);
        return database.write(c -> new RegistryImporter(c, errors, parameters).run(reader, start));
    }

    /** Imports rows that are already checked field by field (the synthetic generator's). */
    public RegistryImportResult importRows(Iterator<RegistryRow> rows, String source, RegistryImportParameters parameters) {
        long start = System.nanoTime();
        ImportErrors errors = new ImportErrors(source);
        return database.write(c -> new RegistryImporter(c, errors, parameters).run(rows, start));
    }

    /**
     * Loads rows (checked field by field, without ids: the synthetic generator's) into an empty registry without
     * per-row work in the database ({@link BulkLoader}: indexes and constraints dropped and rebuilt around COPY, in
     * the one transaction); a registry that holds anything already gets the ordinary {@link #importRows} instead.
     * The same identity and search rules; every bad row reported, nothing half-loaded.
     */
    public RegistryImportResult bulkLoad(Iterator<RegistryRow> rows, String source) {
        long start = System.nanoTime();
        ImportErrors errors = new ImportErrors(source);
        return database.write(c -> {
            if (!BulkLoader.isEmpty(c)) {
                return new RegistryImporter(c, errors, RegistryImportParameters.defaults()).run(rows, start);
            }
            try {
                return new BulkLoader(c, errors).run(rows, start);
            } catch (IOException e) {
                throw new UncheckedIOException("the bulk load's temporary key file failed: " + e.getMessage(), e);
            }
        });
    }

    /** Writes every live address as registry CSV (ordered by region code, then id); returns how many. */
    public long exportCsv(OutputStream out) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + AddressQueries.COLUMNS + AddressQueries.FROM
                    + " where a.retired_at is null order by r.code collate \"C\", a.id")) {
                ps.setFetchSize(10_000);
                Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                long n = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    RegistryCsv.header(w);
                    while (rs.next()) {
                        write(w, AddressQueries.address(rs));
                        n++;
                    }
                    w.flush();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return n;
            }
        });
    }

    private static void write(Writer w, Address a) throws IOException {
        w.write(Long.toString(a.id()));
        for (String field : List.of(a.region(), a.settlement(), a.street(), a.house(), a.part(),
                RegistryCsv.coordinate(a.lat()), RegistryCsv.coordinate(a.lon()), String.join(";", a.hourlyGroups()),
                String.join(";", a.emergencyGroups()), a.dso() == null ? "" : a.dso())) {
            w.write(',');
            RegistryCsv.field(w, field);
        }
        w.write(RegistryCsv.NEWLINE);
    }

    /**
     * Streams the live registry to {@code sink} from one REPEATABLE READ snapshot (see {@link RegistrySink} for the
     * order), with a fetch size that keeps the driver's memory bounded.
     */
    public void snapshot(RegistrySink sink) {
        database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select coalesce(max(id), 0) from store_event where kind = 'registry'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                sink.version(rs.getLong(1));
            }
            try (PreparedStatement ps = c.prepareStatement("select st.id, r.code, st.settlement, st.name from street st "
                    + "join region r on r.id = st.region_id order by st.id")) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.street(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select a.id, a.street_id, a.house, a.part, a.lat, a.lon, d.code, "
                    + "a.hourly_groups, a.emergency_groups from address a left join dso d on d.id = a.dso_id "
                    + "where a.retired_at is null order by a.id")) {
                ps.setFetchSize(10_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        double lat = rs.getDouble(5);
                        if (rs.wasNull()) {
                            lat = Double.NaN;
                        }
                        double lon = rs.getDouble(6);
                        if (rs.wasNull()) {
                            lon = Double.NaN;
                        }
                        sink.address(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), lat, lon,
                                rs.getString(7), (String[]) rs.getArray(8).getArray(), (String[]) rs.getArray(9).getArray());
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("select k.key, k.address_id from address_search k "
                    + "order by k.key, k.address_id")) {
                ps.setFetchSize(20_000);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        sink.key(rs.getString(1), rs.getLong(2));
                    }
                }
            }
            return null;
        });
    }

    /** The live address with this id. */
    public Optional<Address> address(long id) {
        return database.single(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + AddressQueries.COLUMNS + AddressQueries.FROM
                    + " where a.id = ? and a.retired_at is null")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(AddressQueries.address(rs)) : Optional.empty();
                }
            }
        });
    }

    /** Live addresses in the registry. */
    public long count() {
        return database.single(c -> {
            try (PreparedStatement ps = c.prepareStatement("select count(*) from address where retired_at is null");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    /**
     * Addresses whose search key starts with the query's ({@link SearchKeys#search}): {@code khreshchatyk 22},
     * {@code Хрещатик 22}, {@code kyiv khreshchatyk 2} all find {@code Хрещатик 22}. Ordered by key (an exact house
     * first), then id; at most {@code limit} ({@link #MAX_RESULTS}). A query without letters or digits finds nothing.
     */
    public List<Address> search(String query, int limit) {
        String key = searchKey(query, limit);
        if (key.isEmpty()) {
            return List.of();
        }
        return database.single(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + AddressQueries.COLUMNS + ", h.k" + AddressQueries.FROM
                    + " join (select address_id, min(key) as k from (select key, address_id from address_search "
                    + "where key >= ? and key < ? order by key, address_id limit ?) x group by address_id) h "
                    + "on h.address_id = a.id order by h.k, a.id limit ?")) {
                ps.setString(1, key);
                ps.setString(2, key + AFTER_KEY);
                ps.setInt(3, limit * 2);
                ps.setInt(4, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Address> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(AddressQueries.address(rs));
                    }
                    return out;
                }
            }
        });
    }

    /** Streets of a region whose name starts with the query (folded alike), ordered by name key, then id. */
    public List<Street> streets(String region, String query, int limit) {
        String key = searchKey(query, limit);
        return database.read(c -> {
            int regionId = organisation.requireRegion(c, region, "query", "region").id();
            try (PreparedStatement ps = c.prepareStatement("select id, settlement, name from street where region_id = ? "
                    + "and search_key >= ? and search_key < ? order by search_key, id limit ?")) {
                ps.setInt(1, regionId);
                ps.setString(2, key);
                ps.setString(3, key + AFTER_KEY);
                ps.setInt(4, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Street> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Street(rs.getLong(1), region, rs.getString(2), rs.getString(3)));
                    }
                    return out;
                }
            }
        });
    }

    /** Live addresses of a street whose house (and part) starts with the query, ordered by house key, then id. */
    public List<Address> houses(long streetId, String query, int limit) {
        String key = searchKey(query, limit);
        List<Address> all = database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + AddressQueries.COLUMNS + AddressQueries.FROM
                    + " where a.street_id = ? and a.retired_at is null order by a.id")) {
                ps.setLong(1, streetId);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Address> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(AddressQueries.address(rs));
                    }
                    return out;
                }
            }
        });
        Map<String, List<Address>> byKey = new java.util.TreeMap<>();
        for (Address a : all) {
            String houseKey = SearchKeys.search(a.house() + (a.part().isEmpty() ? "" : " " + a.part()));
            if (houseKey.startsWith(key)) {
                byKey.computeIfAbsent(houseKey, k -> new ArrayList<>()).add(a);
            }
        }
        List<Address> out = new ArrayList<>();
        byKey.values().forEach(out::addAll);
        return out.size() <= limit ? out : out.subList(0, limit);
    }

    private static String searchKey(String query, int limit) {
        if (query == null || query.length() > MAX_QUERY) {
            throw InputException.atField("query", "q", "must have at most " + MAX_QUERY + " characters");
        }
        if (limit < 1 || limit > MAX_RESULTS) {
            throw InputException.atField("query", "limit", "must be in [1, " + MAX_RESULTS + "], got " + limit);
        }
        return SearchKeys.search(query);
    }

}
