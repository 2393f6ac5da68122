package org.fairshed.store.access;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.fairshed.store.db.Database;

/**
 * The failed logins per typed name as token buckets in the database, so that every server on it counts against one
 * budget: {@code capacity} failures, each back after {@code refillMillis}. A name is kept as its HMAC-SHA256 under
 * a key kept outside the database (what people type there is sometimes a password, and a bare hash of a weak one is
 * soon guessed by whoever reads the table); time is the caller's clock, in epoch milliseconds. Each call is one
 * statement, atomic against concurrent ones.
 */
public final class LoginThrottleRepository {

    /** The bucket's tokens at {@code ?now}: refilled since its last change, at most the capacity. */
    private static final String REFILLED = "least(?::float8, b.tokens + greatest(0, ?::bigint - b.updated_ms)::float8 / ?)";

    private final Database database;
    private final SecretKeySpec nameKey;

    /** Over {@code database}, names keyed under {@code nameKey} (the same on every server of the database). */
    public LoginThrottleRepository(Database database, byte[] nameKey) {
        this.database = database;
        this.nameKey = new SecretKeySpec(nameKey.clone(), "HmacSHA256");
    }

    /** Milliseconds until {@code name} has a failure left (0: now). */
    public long waitMillis(String name, long nowMillis, int capacity, long refillMillis) {
        double tokens = database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + REFILLED + " from login_name_bucket b "
                    + "where name_hash = ?")) {
                ps.setDouble(1, capacity);
                ps.setLong(2, nowMillis);
                ps.setDouble(3, refillMillis);
                ps.setBytes(4, hash(name));
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getDouble(1) : capacity;
                }
            }
        });
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) * refillMillis);
    }

    /** Takes one failure of {@code name} (none when its bucket is empty already: the wait does not grow). */
    public void failed(String name, long nowMillis, int capacity, long refillMillis) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into login_name_bucket as b (name_hash, tokens, "
                    + "updated_ms) values (?, ?::float8 - 1, ?) on conflict (name_hash) do update set tokens = case "
                    + "when " + REFILLED + " >= 1 then " + REFILLED + " - 1 else " + REFILLED + " end, "
                    + "updated_ms = greatest(b.updated_ms, excluded.updated_ms)")) {
                int i = 0;
                ps.setBytes(++i, hash(name));
                ps.setDouble(++i, capacity);
                ps.setLong(++i, nowMillis);
                for (int k = 0; k < 3; k++) {
                    ps.setDouble(++i, capacity);
                    ps.setLong(++i, nowMillis);
                    ps.setDouble(++i, refillMillis);
                }
                return ps.executeUpdate();
            }
        });
    }

    /** Drops the buckets that are full again (they say nothing a missing one does not); returns how many. */
    public int sweep(long nowMillis, int capacity, long refillMillis) {
        return database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from login_name_bucket b where " + REFILLED
                    + " >= ?")) {
                ps.setDouble(1, capacity);
                ps.setLong(2, nowMillis);
                ps.setDouble(3, refillMillis);
                ps.setDouble(4, capacity);
                return ps.executeUpdate();
            }
        });
    }

    private byte[] hash(String name) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(nameKey);
            return mac.doFinal(name.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}
