package org.fairshed.notify.warning;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fairshed.notify.outbox.Delivery;
import org.fairshed.store.db.Sql;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.Outage;
import org.fairshed.store.model.OutageKind;
import org.fairshed.store.model.RevisionContent;

/**
 * Lead-time warnings live in the store ({@code lead_warning}), not in timers, so they fire at the right instant
 * across restarts and on whichever replica is up. On each revision a subscriber's pending warnings on the days the
 * revision covers are rewritten from it: one per definite outage that starts after now and offset (an outage that
 * continues one ending at the same instant, e.g. over midnight, gets none), due at its start minus the offset;
 * a warning whose outage vanished or moved is cancelled, a moved outage gets new ones. Days the revision does not
 * cover keep theirs.
 */
public final class WarningPlanner {

    private WarningPlanner() {
    }

    /** Rewrites the target's pending warnings in {@code content}'s region from it; returns how many are pending now. */
    public static int reschedule(Connection c, RevisionContent content, WarningTarget t, Instant now) throws SQLException {
        String region = content.revision().region();
        List<Planned> wanted = plan(content, t, now);
        Set<String> keep = new HashSet<>();
        for (Planned p : wanted) {
            keep.add(key(p.group(), p.startAt(), p.offset()));
        }
        try (PreparedStatement ps = c.prepareStatement("select id, group_code, start_at, offset_minutes from lead_warning "
                + "where channel = ? and subscription_id = ? and region = ? and state = 'PENDING' and day between ? and ? "
                + "for update")) {
            ps.setString(1, t.channel().code());
            ps.setString(2, t.subscriptionId());
            ps.setString(3, region);
            ps.setDate(4, Date.valueOf(content.revision().firstDay()));
            ps.setDate(5, Date.valueOf(content.revision().lastDay()));
            List<Long> cancel = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (!keep.contains(key(rs.getString(2), Sql.instant(rs, 3), rs.getInt(4)))) {
                        cancel.add(rs.getLong(1));
                    }
                }
            }
            if (!cancel.isEmpty()) {
                try (PreparedStatement u = c.prepareStatement("update lead_warning set state = 'CANCELLED' "
                        + "where id = any(?)")) {
                    u.setArray(1, c.createArrayOf("bigint", cancel.toArray()));
                    u.executeUpdate();
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("insert into lead_warning (channel, subscription_id, region, "
                + "group_code, day, start_minute, end_minute, start_at, end_at, offset_minutes, due_at, revision) values "
                + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (channel, subscription_id, region, group_code, start_at, "
                + "offset_minutes) do update set end_at = excluded.end_at, day = excluded.day, "
                + "start_minute = excluded.start_minute, end_minute = excluded.end_minute, revision = excluded.revision, due_at = excluded.due_at, "
                + "state = case when lead_warning.state = 'CANCELLED' then 'PENDING' else lead_warning.state end")) {
            for (Planned p : wanted) {
                ps.setString(1, t.channel().code());
                ps.setString(2, t.subscriptionId());
                ps.setString(3, region);
                ps.setString(4, p.group());
                ps.setDate(5, Date.valueOf(p.day()));
                ps.setInt(6, p.startMinute());
                ps.setInt(7, p.endMinute());
                Sql.setInstant(ps, 8, p.startAt());
                Sql.setInstant(ps, 9, p.endAt());
                ps.setInt(10, p.offset());
                Sql.setInstant(ps, 11, p.startAt().minusSeconds(60L * p.offset()));
                ps.setInt(12, content.revision().number());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return wanted.size();
    }

    /** Cancels a region's pending warnings on a day (the timetable is suspended: emergency). */
    public static int cancelDay(Connection c, String region, LocalDate day) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update lead_warning set state = 'CANCELLED' where region = ? "
                + "and day = ? and state = 'PENDING'")) {
            ps.setString(1, region);
            ps.setDate(2, Date.valueOf(day));
            return ps.executeUpdate();
        }
    }

    /** The warnings a target should have from {@code content}. */
    static List<Planned> plan(RevisionContent content, WarningTarget t, Instant now) {
        List<Planned> out = new ArrayList<>();
        if (t.offsets().isEmpty()) {
            return out;
        }
        Set<String> ends = new HashSet<>();
        for (GroupSchedule g : content.groups()) {
            for (Outage o : g.outages()) {
                if (o.kind() == OutageKind.DEFINITE) {
                    ends.add(g.group() + "|" + o.endAt());
                }
            }
        }
        for (GroupSchedule g : content.groups()) {
            if (!t.groups().contains(g.group())) {
                continue;
            }
            for (Outage o : g.outages()) {
                boolean continues = ends.contains(g.group() + "|" + o.startAt());
                if (o.kind() != OutageKind.DEFINITE || !o.startAt().isAfter(now) || continues
                        || !o.endAt().isAfter(o.startAt())) {
                    continue;
                }
                for (int offset : t.offsets()) {
                    out.add(new Planned(g.group(), g.day(), o.startMinute(), o.endMinute(), o.startAt(), o.endAt(),
                            offset));
                }
            }
        }
        return out;
    }

    private static String key(String group, Instant start, int offset) {
        return group + "|" + start + "|" + offset;
    }

    /** One warning to have. */
    record Planned(String group, LocalDate day, int startMinute, int endMinute, Instant startAt, Instant endAt,
                   int offset) {
    }

    /** The channel's code, for callers outside the package. */
    public static String channel(Delivery.Channel c) {
        return c.code();
    }
}
