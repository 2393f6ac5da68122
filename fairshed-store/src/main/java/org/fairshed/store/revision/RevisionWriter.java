package org.fairshed.store.revision;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.store.PublishListeners;
import org.fairshed.store.audit.AuditRepository;
import org.fairshed.store.db.Sql;
import org.fairshed.store.events.EventRepository;
import org.fairshed.store.events.StoredEvent;
import org.fairshed.store.model.DayFigures;
import org.fairshed.store.model.Group;
import org.fairshed.store.model.GroupDay;
import org.fairshed.store.model.Interval;
import org.fairshed.store.model.LedgerDay;
import org.fairshed.store.model.OutageKind;
import org.fairshed.store.model.Region;
import org.fairshed.store.model.Revision;
import org.fairshed.store.model.RevisionDraft;
import org.fairshed.store.notify.Channels;

/**
 * The SQL of one publish on an open transaction: lock the region, compare the published number with the expected one,
 * insert the revision and everything it holds (batched), move the pointer, append to the audit log, NOTIFY.
 */
final class RevisionWriter {

    private RevisionWriter() {
    }

    /** The region's published number and revision id (0 and null for none), the region row locked until commit. */
    static long[] lockPublished(Connection c, Region region) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select id from region where id = ? for update")) {
            lock.setInt(1, region.id());
            lock.executeQuery().close();
        }
        try (PreparedStatement ps = c.prepareStatement("select number, revision_id from published where region_id = ?")) {
            ps.setInt(1, region.id());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new long[] {rs.getInt(1), rs.getLong(2)} : new long[] {0, 0};
            }
        }
    }

    static Revision insert(Connection c, Region region, RevisionDraft d, List<Group> groups, int number, Long before,
                           String hash, Publication publication, PublishListeners listeners) throws SQLException {
        Map<String, Long> groupIds = new HashMap<>();
        groups.forEach(g -> groupIds.put(g.code(), g.id()));
        List<DayFigures> days = d.days();
        java.time.LocalDate first = days.stream().map(DayFigures::day).min(java.util.Comparator.naturalOrder()).orElseThrow();
        java.time.LocalDate last = days.stream().map(DayFigures::day).max(java.util.Comparator.naturalOrder()).orElseThrow();
        long id;
        Instant created;
        try (PreparedStatement ps = c.prepareStatement("insert into revision (region_id, number, replaces, first_day, "
                + "last_day, slot_minutes, plan_status, reason, author, created_at, content_hash) values "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, date_trunc('milliseconds', now()), ?) returning id, created_at")) {
            ps.setInt(1, region.id());
            ps.setInt(2, number);
            ps.setObject(3, number == 1 ? null : number - 1, Types.INTEGER);
            ps.setDate(4, Date.valueOf(first));
            ps.setDate(5, Date.valueOf(last));
            ps.setInt(6, d.slotMinutes());
            ps.setString(7, d.planStatus());
            ps.setString(8, d.reason());
            ps.setString(9, d.author());
            ps.setString(10, hash);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                id = rs.getLong(1);
                created = Sql.instant(rs, 2);
            }
        }
        insertDays(c, id, days);
        insertGroupDays(c, id, d.groups(), groupIds, region.zone());
        insertLedger(c, id, d.ledger(), groupIds);
        try (PreparedStatement ps = c.prepareStatement("insert into published (region_id, revision_id, number, published_at) "
                + "values (?, ?, ?, ?) on conflict (region_id) do update set revision_id = excluded.revision_id, "
                + "number = excluded.number, published_at = excluded.published_at")) {
            ps.setInt(1, region.id());
            ps.setLong(2, id);
            ps.setInt(3, number);
            Sql.setInstant(ps, 4, created);
            ps.executeUpdate();
        }
        String detail = "{\"revision\":" + number + ",\"hash\":\"" + hash + "\"}";
        if (publication.actor() != null) {
            AuditRepository.append(c, publication.actor(), "publish", region.id(), before, id, "revision:"
                    + region.code() + "#" + number, detail);
        } else {
            AuditRepository.append(c, d.author(), "publish", region.id(), before, id, publication.remoteAddress(), detail);
        }
        long event = EventRepository.append(c, StoredEvent.Kind.REVISION, region.id(), number,
                number == 1 ? null : number - 1, null, null, 0);
        Channels.notify(c, Channels.REVISION, "{\"region\":\"" + region.code() + "\",\"revision\":" + number
                + ",\"replaces\":" + (number == 1 ? "null" : number - 1) + ",\"id\":" + id + ",\"hash\":\"" + hash
                + "\",\"event\":" + event + "}");
        Revision revision = new Revision(id, region.code(), number, number == 1 ? null : number - 1, first, last,
                d.slotMinutes(), d.planStatus(), d.reason(), d.author(), created, hash);
        listeners.revision(c, revision, event);
        return revision;
    }

    private static void insertDays(Connection c, long id, List<DayFigures> days) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into revision_day (revision_id, day, quota_mw, "
                + "critical_shed_mw, slot_status) values (?, ?, ?, ?, ?)")) {
            for (DayFigures f : days) {
                ps.setLong(1, id);
                ps.setDate(2, Date.valueOf(f.day()));
                ps.setArray(3, doubles(c, f.quotaMw()));
                ps.setArray(4, doubles(c, f.criticalShedMw()));
                ps.setArray(5, c.createArrayOf("text", f.slotStatus().toArray()));
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static void insertGroupDays(Connection c, long id, List<GroupDay> groupDays, Map<String, Long> groupIds,
                                        ZoneId zone) throws SQLException {
        try (PreparedStatement days = c.prepareStatement("insert into revision_group_day (revision_id, group_id, day, "
                + "load_mw, hours_off) values (?, ?, ?, ?, ?)");
             PreparedStatement outages = c.prepareStatement("insert into revision_outage (revision_id, group_id, day, kind, "
                     + "start_minute, end_minute, start_at, end_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (GroupDay g : groupDays) {
                long groupId = groupIds.get(g.group());
                Date day = Date.valueOf(g.day());
                days.setLong(1, id);
                days.setLong(2, groupId);
                days.setDate(3, day);
                days.setArray(4, doubles(c, g.loadMw()));
                days.setDouble(5, g.hoursOff());
                days.addBatch();
                for (OutageKind kind : OutageKind.values()) {
                    for (Interval i : kind == OutageKind.DEFINITE ? g.definite() : g.possible()) {
                        outages.setLong(1, id);
                        outages.setLong(2, groupId);
                        outages.setDate(3, day);
                        outages.setString(4, kind.code());
                        outages.setInt(5, i.start());
                        outages.setInt(6, i.end());
                        Sql.setInstant(outages, 7, LocalTimes.start(g.day(), i.start(), zone));
                        Sql.setInstant(outages, 8, LocalTimes.end(g.day(), i.end(), zone));
                        outages.addBatch();
                    }
                }
            }
            days.executeBatch();
            outages.executeBatch();
        }
    }

    private static void insertLedger(Connection c, long id, List<LedgerDay> ledger, Map<String, Long> groupIds)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into revision_ledger (revision_id, group_id, day, hours_off) "
                + "values (?, ?, ?, ?)")) {
            for (LedgerDay l : ledger) {
                ps.setLong(1, id);
                ps.setLong(2, groupIds.get(l.group()));
                ps.setDate(3, Date.valueOf(l.day()));
                ps.setDouble(4, l.hoursOff());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private static Array doubles(Connection c, List<Double> values) throws SQLException {
        return c.createArrayOf("float8", values.toArray());
    }
}
