package org.fairshed.store.notify;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The PostgreSQL NOTIFY channels the store emits on, inside the writing transaction (so a listener hears of a
 * revision only once it is committed, and never of one that rolled back). Payloads are small JSON objects:
 *
 * <ul>
 *   <li>{@value #REVISION}: {@code {"region":"kyiv","revision":5,"replaces":4,"id":123,"hash":"<sha-256>","event":7}}</li>
 *   <li>{@value #DAY_STATUS}: {@code {"region":"kyiv","day":"2026-12-02","status":"EMERGENCY","version":3,"event":8}}</li>
 *   <li>{@value #REGISTRY}: {@code {"event":9}} after a registry import that changed something</li>
 * </ul>
 * {@code event} is the id of the row the writer appended to the event sequence ({@code store_event}).
 */
public final class Channels {

    public static final String REVISION = "fairshed_revision";
    public static final String DAY_STATUS = "fairshed_day_status";
    public static final String REGISTRY = "fairshed_registry";

    private Channels() {
    }

    /** {@code pg_notify(channel, payload)} on the open transaction. */
    public static void notify(Connection c, String channel, String payload) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select pg_notify(?, ?)")) {
            ps.setString(1, channel);
            ps.setString(2, payload);
            ps.execute();
        }
    }
}
