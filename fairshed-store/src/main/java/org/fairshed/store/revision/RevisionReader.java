package org.fairshed.store.revision;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fairshed.store.db.Sql;
import org.fairshed.store.model.DayFigures;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.LedgerDay;
import org.fairshed.store.model.Outage;
import org.fairshed.store.model.OutageKind;
import org.fairshed.store.model.Revision;
import org.fairshed.store.model.RevisionContent;

/** The SQL that reads revisions on an open (read-only, single-snapshot) transaction. */
final class RevisionReader {

    static final String HEADER = "select v.id, r.code, v.number, v.replaces, v.first_day, v.last_day, v.slot_minutes, "
            + "v.plan_status, v.reason, v.author, v.created_at, v.content_hash from revision v join region r on r.id = v.region_id ";

    private RevisionReader() {
    }

    static Optional<Revision> published(Connection c, String region) throws SQLException {
        return one(c, HEADER + "join published p on p.revision_id = v.id where r.code = ?", region, null);
    }

    static Optional<Revision> byNumber(Connection c, String region, int number) throws SQLException {
        return one(c, HEADER + "where r.code = ? and v.number = ?", region, number);
    }

    static List<Revision> list(Connection c, String region, int limit) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HEADER + "where r.code = ? order by v.number desc limit ?")) {
            ps.setString(1, region);
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                List<Revision> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(header(rs));
                }
                return out;
            }
        }
    }

    static RevisionContent content(Connection c, Revision revision) throws SQLException {
        List<DayFigures> days = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select day, quota_mw, critical_shed_mw, slot_status from revision_day "
                + "where revision_id = ? order by day")) {
            ps.setLong(1, revision.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    days.add(new DayFigures(rs.getDate(1).toLocalDate(), Sql.doubles(rs.getArray(2)),
                            Sql.doubles(rs.getArray(3)), Sql.strings(rs.getArray(4))));
                }
            }
        }
        List<GroupSchedule> groups = groupDays(c, revision.id(), null, null, null);
        List<LedgerDay> ledger = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select g.code, l.day, l.hours_off from revision_ledger l "
                + "join consumer_group g on g.id = l.group_id where l.revision_id = ? order by g.position, g.id, l.day")) {
            ps.setLong(1, revision.id());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ledger.add(new LedgerDay(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getDouble(3)));
                }
            }
        }
        return new RevisionContent(revision, days, groups, ledger);
    }

    /** Group-days of a revision, optionally of one group and a day range, ordered by group position, then day. */
    static List<GroupSchedule> groupDays(Connection c, long revisionId, String group, LocalDate from, LocalDate to)
            throws SQLException {
        String filter = group == null ? "" : " and g.code = ? and d.day between ? and ?";
        Map<String, List<Outage>> outages = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("select g.code, o.day, o.kind, o.start_minute, o.end_minute, "
                + "o.start_at, o.end_at from revision_outage o join consumer_group g on g.id = o.group_id "
                + "join revision_group_day d on d.revision_id = o.revision_id and d.group_id = o.group_id and d.day = o.day "
                + "where o.revision_id = ?" + filter + " order by g.code, o.day, o.start_minute, o.kind")) {
            bind(ps, revisionId, group, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    outages.computeIfAbsent(rs.getString(1) + "|" + rs.getDate(2), k -> new ArrayList<>())
                            .add(new Outage(OutageKind.ofCode(rs.getString(3)), rs.getInt(4), rs.getInt(5),
                                    Sql.instant(rs, 6), Sql.instant(rs, 7)));
                }
            }
        }
        List<GroupSchedule> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select g.code, d.day, d.load_mw, d.hours_off from revision_group_day d "
                + "join consumer_group g on g.id = d.group_id where d.revision_id = ?" + filter
                + " order by g.position, g.id, d.day")) {
            bind(ps, revisionId, group, from, to);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String code = rs.getString(1);
                    Date day = rs.getDate(2);
                    out.add(new GroupSchedule(code, day.toLocalDate(), outages.getOrDefault(code + "|" + day, List.of()),
                            Sql.doubles(rs.getArray(3)), rs.getDouble(4)));
                }
            }
        }
        return out;
    }

    private static void bind(PreparedStatement ps, long revisionId, String group, LocalDate from, LocalDate to)
            throws SQLException {
        ps.setLong(1, revisionId);
        if (group != null) {
            ps.setString(2, group);
            ps.setDate(3, Date.valueOf(from));
            ps.setDate(4, Date.valueOf(to));
        }
    }

    private static Optional<Revision> one(Connection c, String sql, String region, Integer number) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, region);
            if (number != null) {
                ps.setInt(2, number);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(header(rs)) : Optional.empty();
            }
        }
    }

    static Revision header(ResultSet rs) throws SQLException {
        return new Revision(rs.getLong(1), rs.getString(2), rs.getInt(3), (Integer) rs.getObject(4),
                rs.getDate(5).toLocalDate(), rs.getDate(6).toLocalDate(), rs.getInt(7), rs.getString(8), rs.getString(9),
                rs.getString(10), Sql.instant(rs, 11), rs.getString(12));
    }
}
