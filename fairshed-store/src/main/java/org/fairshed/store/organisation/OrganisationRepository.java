package org.fairshed.store.organisation;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.fairshed.common.InputException;
import org.fairshed.common.Limits;
import org.fairshed.store.db.Database;
import org.fairshed.store.model.CriticalFeeder;
import org.fairshed.store.model.Dso;
import org.fairshed.store.model.Group;
import org.fairshed.store.model.Region;
import org.fairshed.store.model.RegionDefinition;
import org.fairshed.store.model.ScheduleType;

/**
 * Regions, their distribution companies, groups per schedule type and critical feeders. Every put is idempotent
 * (create or update by code); nothing is deleted, since revisions and addresses refer to it.
 */
public final class OrganisationRepository {

    /** Region and DSO codes. */
    public static final Pattern CODE = Pattern.compile("[a-z0-9][a-z0-9_-]{0,62}");
    /** Group codes ({@code 1.1}, {@code 6.2}, a per-building {@code K-0042}). */
    public static final Pattern GROUP_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,31}");
    private static final String SOURCE = "organisation";
    private static final String REGION_COLUMNS = "r.id, r.code, r.name_uk, r.name_en, r.time_zone";

    private final Database database;

    public OrganisationRepository(Database database) {
        this.database = database;
    }

    public Region putRegion(RegionDefinition region) {
        checkCode(region.code(), "region.code");
        checkName(region.nameUk(), "region.nameUk");
        checkName(region.nameEn(), "region.nameEn");
        return database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into region as r (code, name_uk, name_en, time_zone) "
                    + "values (?, ?, ?, ?) on conflict (code) do update set name_uk = excluded.name_uk, "
                    + "name_en = excluded.name_en, time_zone = excluded.time_zone returning " + REGION_COLUMNS)) {
                ps.setString(1, region.code());
                ps.setString(2, region.nameUk());
                ps.setString(3, region.nameEn());
                ps.setString(4, region.zone().getId());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return region(rs);
                }
            }
        });
    }

    public List<Region> regions() {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + REGION_COLUMNS + " from region r order by r.code collate \"C\"");
                 ResultSet rs = ps.executeQuery()) {
                List<Region> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(region(rs));
                }
                return out;
            }
        });
    }

    public Optional<Region> region(String code) {
        return database.read(c -> findRegion(c, code));
    }

    /** The region {@code code} on an open transaction, or an input error naming {@code field}. */
    public Region requireRegion(Connection c, String code, String source, String field) throws SQLException {
        return findRegion(c, code).orElseThrow(() -> InputException.atField(source, field,
                "names the region '" + code + "', which the store does not have"));
    }

    public Optional<Region> findRegion(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select " + REGION_COLUMNS + " from region r where r.code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(region(rs)) : Optional.empty();
            }
        }
    }

    public Dso putDso(String region, String code, String name) {
        checkCode(code, "dso.code");
        checkName(name, "dso.name");
        return database.write(c -> {
            Region r = requireRegion(c, region, SOURCE, "dso.region");
            try (PreparedStatement ps = c.prepareStatement("insert into dso (region_id, code, name) values (?, ?, ?) "
                    + "on conflict (region_id, code) do update set name = excluded.name returning id")) {
                ps.setInt(1, r.id());
                ps.setString(2, code);
                ps.setString(3, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new Dso(rs.getInt(1), region, code, name);
                }
            }
        });
    }

    public List<Dso> dsos(String region) {
        return database.read(c -> dsos(c, region));
    }

    /** The region's DSOs on an open transaction. */
    public List<Dso> dsos(Connection c, String region) throws SQLException {
        {
            try (PreparedStatement ps = c.prepareStatement("select d.id, d.code, d.name from dso d join region r "
                    + "on r.id = d.region_id where r.code = ? order by d.code collate \"C\"")) {
                ps.setString(1, region);
                try (ResultSet rs = ps.executeQuery()) {
                    List<Dso> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new Dso(rs.getInt(1), region, rs.getString(2), rs.getString(3)));
                    }
                    return out;
                }
            }
        }
    }

    /**
     * Creates the groups of {@code codes} that the region does not have yet (after the existing ones, in the given
     * order) and returns all the region's groups of that type.
     */
    public List<Group> putGroups(String region, ScheduleType type, List<String> codes) {
        if (codes.size() > Limits.MAX_GROUPS_PER_REGION) {
            throw InputException.atField(SOURCE, "groups", "has " + codes.size() + " groups; a region may have at most "
                    + Limits.MAX_GROUPS_PER_REGION);
        }
        for (int i = 0; i < codes.size(); i++) {
            checkGroupCode(codes.get(i), "groups[" + i + "]");
        }
        return database.write(c -> {
            Region r = requireRegion(c, region, SOURCE, "region");
            insertGroups(c, r.id(), type, codes);
            return groups(c, region, type);
        });
    }

    /** Inserts the missing groups on an open transaction. */
    public static void insertGroups(Connection c, int regionId, ScheduleType type, List<String> codes) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into consumer_group (region_id, schedule_type, code, position) "
                + "select ?, ?, g.code, coalesce((select max(position) from consumer_group where region_id = ? "
                + "and schedule_type = ?), 0) + g.ord from unnest(?::text[]) with ordinality as g(code, ord) "
                + "on conflict (region_id, schedule_type, code) do nothing")) {
            ps.setInt(1, regionId);
            ps.setString(2, type.code());
            ps.setInt(3, regionId);
            ps.setString(4, type.code());
            ps.setArray(5, c.createArrayOf("text", codes.toArray()));
            ps.executeUpdate();
        }
    }

    public List<Group> groups(String region, ScheduleType type) {
        return database.read(c -> groups(c, region, type));
    }

    public List<Group> groups(Connection c, String region, ScheduleType type) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select g.id, g.code, g.name, g.position from consumer_group g "
                + "join region r on r.id = g.region_id where r.code = ? and g.schedule_type = ? order by g.position, g.id")) {
            ps.setString(1, region);
            ps.setString(2, type.code());
            try (ResultSet rs = ps.executeQuery()) {
                List<Group> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new Group(rs.getLong(1), region, type, rs.getString(2), rs.getString(3), rs.getInt(4)));
                }
                return out;
            }
        }
    }

    public void putCriticalFeeder(CriticalFeeder feeder) {
        if (feeder.code() == null || feeder.code().isBlank() || feeder.code().length() > 64) {
            throw InputException.atField(SOURCE, "feeder.code", "must have 1 to 64 characters, got '" + feeder.code() + "'");
        }
        checkName(feeder.name(), "feeder.name");
        if (feeder.category() == null || !feeder.category().matches("[a-z][a-z_-]{0,31}")) {
            throw InputException.atField(SOURCE, "feeder.category", "must be a lower-case word such as hospital or water, got '"
                    + feeder.category() + "'");
        }
        database.write(c -> {
            Region r = requireRegion(c, feeder.region(), SOURCE, "feeder.region");
            Long groupId = null;
            if (feeder.group() != null) {
                groupId = groupId(c, r.id(), ScheduleType.HOURLY, feeder.group()).orElseThrow(() -> InputException.atField(
                        SOURCE, "feeder.group", "names the group '" + feeder.group() + "', which region " + r.code()
                                + " does not have"));
            }
            try (PreparedStatement ps = c.prepareStatement("insert into critical_feeder (region_id, code, name, category, "
                    + "group_id) values (?, ?, ?, ?, ?) on conflict (region_id, code) do update set name = excluded.name, "
                    + "category = excluded.category, group_id = excluded.group_id")) {
                ps.setInt(1, r.id());
                ps.setString(2, feeder.code());
                ps.setString(3, feeder.name());
                ps.setString(4, feeder.category());
                ps.setObject(5, groupId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    public List<CriticalFeeder> criticalFeeders(String region) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select f.code, f.name, f.category, g.code from critical_feeder f "
                    + "join region r on r.id = f.region_id left join consumer_group g on g.id = f.group_id "
                    + "where r.code = ? order by f.code collate \"C\"")) {
                ps.setString(1, region);
                try (ResultSet rs = ps.executeQuery()) {
                    List<CriticalFeeder> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new CriticalFeeder(region, rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
                    }
                    return out;
                }
            }
        });
    }

    private static Optional<Long> groupId(Connection c, int regionId, ScheduleType type, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select id from consumer_group where region_id = ? "
                + "and schedule_type = ? and code = ?")) {
            ps.setInt(1, regionId);
            ps.setString(2, type.code());
            ps.setString(3, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getLong(1)) : Optional.empty();
            }
        }
    }

    private static Region region(ResultSet rs) throws SQLException {
        return new Region(rs.getInt(1), rs.getString(2), rs.getString(3), rs.getString(4), ZoneId.of(rs.getString(5)));
    }

    private static void checkCode(String code, String field) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw InputException.atField(SOURCE, field, "must be a code of lower-case letters, digits, '-' and '_' "
                    + "(at most 63), got '" + code + "'");
        }
    }

    public static void checkGroupCode(String code, String field) {
        if (code == null || !GROUP_CODE.matcher(code).matches()) {
            throw InputException.atField(SOURCE, field, "must be a group code of letters, digits, '.', '-' and '_' "
                    + "(at most 32, e.g. 3.1), got '" + code + "'");
        }
    }

    private static void checkName(String name, String field) {
        if (name == null || name.isBlank() || name.length() > 200) {
            throw InputException.atField(SOURCE, field, "must have 1 to 200 characters, got '" + name + "'");
        }
    }
}
