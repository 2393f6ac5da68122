package org.fairshed.notify.warning;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.fairshed.notify.Messages;
import org.fairshed.notify.outbox.Delivery;
import org.fairshed.notify.outbox.DeliveryRepository;
import org.fairshed.notify.outbox.Payloads;
import org.fairshed.notify.push.PushRepository;
import org.fairshed.notify.push.PushSubscription;
import org.fairshed.store.db.Database;
import org.fairshed.store.db.Sql;

/**
 * Turns the warnings that are due into deliveries (message id {@code fs-warn-<id>}, expiring when the outage
 * begins). When several offsets of one outage are due at once (the server was down, or the outage was published
 * late), only the nearest is sent; a warning whose outage has begun is expired.
 */
public final class WarningRelease {

    private final Database database;
    private final Payloads payloads;

    public WarningRelease(Database database, Payloads payloads) {
        this.database = database;
        this.payloads = payloads;
    }

    /** Releases what is due at {@code now}; returns how many deliveries it wrote. */
    public int release(Instant now) {
        return database.write(c -> {
            int written = 0;
            Set<String> sent = new HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("select id, channel, subscription_id, region, group_code, day, "
                    + "start_minute, start_at, end_at, offset_minutes, revision, end_minute from lead_warning "
                    + "where state = 'PENDING' and due_at <= ? order by start_at, offset_minutes limit 1000 "
                    + "for update skip locked")) {
                Sql.setInstant(ps, 1, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        Delivery.Channel channel = Delivery.Channel.ofCode(rs.getString(2));
                        String sub = rs.getString(3);
                        Instant start = Sql.instant(rs, 8);
                        String outage = channel + "|" + sub + "|" + rs.getString(5) + "|" + start;
                        if (!start.isAfter(now) || !sent.add(outage)) {
                            mark(c, id, "EXPIRED");
                            continue;
                        }
                        String body = payload(c, channel, sub, rs, now);
                        if (body != null && DeliveryRepository.insert(c, channel, sub, "fs-warn-" + id, Payloads.WARNING,
                                body, now, start)) {
                            written++;
                        }
                        mark(c, id, body == null ? "CANCELLED" : "QUEUED");
                    }
                }
            }
            return written;
        });
    }

    private String payload(Connection c, Delivery.Channel channel, String sub, ResultSet rs, Instant now)
            throws SQLException {
        String region = rs.getString(4);
        String group = rs.getString(5);
        int startMinute = rs.getInt(7);
        int endMinute = rs.getInt(12);
        int offset = rs.getInt(10);
        int before = (int) Math.max(1, Math.round((Sql.instant(rs, 8).getEpochSecond() - now.getEpochSecond()) / 60.0));
        if (channel == Delivery.Channel.WEBHOOK) {
            return payloads.warning(region, group, rs.getDate(6).toLocalDate(), startMinute, endMinute,
                    Sql.instant(rs, 8), Sql.instant(rs, 9), Math.min(before, offset), rs.getInt(11), now);
        }
        Optional<PushSubscription> s = PushRepository.find(c, sub);
        if (s.isEmpty()) {
            return null;
        }
        String lang = s.get().lang();
        return payloads.push(Payloads.WARNING, Messages.warningTitle(lang),
                Messages.warning(lang, group, startMinute, endMinute, Math.min(before, offset)), region,
                java.util.List.of(group), s.get().addressId(), rs.getInt(11), lang);
    }

    private static void mark(Connection c, long id, String state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update lead_warning set state = ? where id = ?")) {
            ps.setString(1, state);
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }
}
