package org.fairshed.store.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.fairshed.store.db.Database;

/**
 * The failed logins per typed name as token buckets in the database, so that every server on it counts against one
 * budget: {@code capacity} failures, each back after {@code refillMillis}. A name is kept as the SHA-256 of itself
 * (what people type there is sometimes a password); time is the caller's clock, in epoch milliseconds. Each call is
 * one statement, atomic against concurrent ones.
 */
public final class LoginThrottleRepository {

    /** The bucket's tokens at {@code ?now}: refilled since its last change, at most the capacity. */
    private static final String REFILLED = "least(?::float8, b.tokens + greatest(0, ?::bigint - b.updated_ms)::float8 / ?)";

    private final Database database;

    public LoginThrottleRepository(Database database) {
        this.database = database;
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

    static byte[] hash(String name) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(name.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }
}
