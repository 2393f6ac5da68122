package org.fairshed.notify.outbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.notify.webhook.WebhookRepository;
import org.fairshed.notify.push.PushRepository;
import org.fairshed.store.db.Database;
import org.fairshed.store.db.Sql;

/**
 * The deliveries: written by the fan-out (one per subscriber and message id; a second write of the same is a
 * no-op), claimed by a dispatcher with a lease, recorded after each attempt. A subscriber's messages go one at a
 * time in the order they were written: the next is claimed only when the one before is recorded as delivered,
 * given up or cancelled.
 */
public final class DeliveryRepository {

    private final Database database;

    public DeliveryRepository(Database database) {
        this.database = database;
    }

    /** Writes a delivery unless the subscriber already has this message id; true when written. */
    public static boolean insert(Connection c, Delivery.Channel channel, String subscriptionId, String messageId,
                                 String type, String payload, Instant now, Instant expiresAt) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into notify_delivery (channel, subscription_id, "
                + "message_id, type, payload, created_at, next_attempt_at, expires_at) values (?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (channel, subscription_id, message_id) do nothing")) {
            ps.setString(1, channel.code());
            ps.setString(2, subscriptionId);
            ps.setString(3, messageId);
            ps.setString(4, type);
            ps.setString(5, payload);
            Sql.setInstant(ps, 6, now);
            Sql.setInstant(ps, 7, now);
            Sql.setInstant(ps, 8, expiresAt);
            return ps.executeUpdate() == 1;
        }
    }

    /**
     * A subscription is gone (deleted, or the receiver said 410): its pending deliveries and lead-time warnings are
     * cancelled, on the caller's transaction.
     */
    public static void cancelPending(Connection c, Delivery.Channel channel, String subscriptionId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update notify_delivery set state = 'CANCELLED', "
                + "leased_until = null where channel = ? and subscription_id = ? and state = 'PENDING'")) {
            ps.setString(1, channel.code());
            ps.setString(2, subscriptionId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("update lead_warning set state = 'CANCELLED' "
                + "where channel = ? and subscription_id = ? and state = 'PENDING'")) {
            ps.setString(1, channel.code());
            ps.setString(2, subscriptionId);
            ps.executeUpdate();
        }
    }

    /**
     * Claims up to {@code limit} deliveries due at {@code now}, at most one per subscriber and only its oldest
     * pending one, leased until {@code now + lease}: another dispatcher (a replica) skips them meanwhile, and if
     * this one dies before recording, the lease runs out and the message is sent again with the same id. Messages
     * past their expiry are marked EXPIRED instead.
     */
    public List<Delivery> claim(Instant now, Duration lease, int limit) {
        return database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("update notify_delivery set state = 'EXPIRED', "
                    + "leased_until = null where state = 'PENDING' and expires_at is not null and expires_at <= ?")) {
                Sql.setInstant(ps, 1, now);
                ps.executeUpdate();
            }
            List<Delivery> out = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("with heads as (select distinct on (channel, subscription_id) "
                    + "id, next_attempt_at, leased_until from notify_delivery where state = 'PENDING' "
                    + "order by channel, subscription_id, id) "
                    + "update notify_delivery d set leased_until = ? from (select id from heads "
                    + "where next_attempt_at <= ? and (leased_until is null or leased_until <= ?) "
                    + "order by next_attempt_at, id limit ?) h where d.id = h.id and d.state = 'PENDING' "
                    + "and (d.leased_until is null or d.leased_until <= ?) "
                    + "returning d.id, d.channel, d.subscription_id, d.message_id, d.type, d.payload, d.attempts, "
                    + "d.expires_at")) {
                Sql.setInstant(ps, 1, now.plus(lease));
                Sql.setInstant(ps, 2, now);
                Sql.setInstant(ps, 3, now);
                ps.setInt(4, limit);
                Sql.setInstant(ps, 5, now);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new Delivery(rs.getLong(1), Delivery.Channel.ofCode(rs.getString(2)), rs.getString(3),
                                rs.getString(4), rs.getString(5), rs.getString(6), rs.getInt(7), Sql.instant(rs, 8)));
                    }
                }
            }
            out.sort(java.util.Comparator.comparingLong(Delivery::id));
            return out;
        });
    }

    /**
     * Records one attempt's outcome: delivered, retried at {@code retryAt}, given up, or (GONE) the subscription
     * disabled with everything it still had pending.
     */
    public void record(Delivery d, SendOutcome outcome, Instant now, Instant retryAt, boolean giveUp) {
        database.write(c -> {
            String state = switch (outcome.kind()) {
                case DELIVERED -> "DELIVERED";
                case RETRY -> giveUp ? "FAILED" : "PENDING";
                case GONE, FAILED -> "FAILED";
            };
            try (PreparedStatement ps = c.prepareStatement("update notify_delivery set state = ?, attempts = attempts + 1, "
                    + "last_status = ?, last_error = ?, leased_until = null, next_attempt_at = coalesce(?, next_attempt_at), "
                    + "delivered_at = ? where id = ? and state = 'PENDING'")) {
                ps.setString(1, state);
                ps.setObject(2, outcome.status() == 0 ? null : outcome.status(), java.sql.Types.INTEGER);
                ps.setString(3, outcome.kind() == SendOutcome.Kind.DELIVERED ? null : truncate(outcome.detail()));
                Sql.setInstant(ps, 4, state.equals("PENDING") ? retryAt : null);
                Sql.setInstant(ps, 5, outcome.kind() == SendOutcome.Kind.DELIVERED ? now : null);
                ps.setLong(6, d.id());
                ps.executeUpdate();
            }
            if (outcome.kind() == SendOutcome.Kind.GONE) {
                String reason = "the receiver answered " + outcome.status() + " at " + now;
                if (d.channel() == Delivery.Channel.WEBHOOK) {
                    WebhookRepository.disable(c, d.subscriptionId(), reason);
                } else {
                    PushRepository.disable(c, d.subscriptionId(), reason);
                }
            }
            return null;
        });
    }

    private static String truncate(String s) {
        return s == null || s.length() <= 500 ? s : s.substring(0, 500);
    }
}
