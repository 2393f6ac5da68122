package org.fairshed.store.events;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.store.db.Database;
import org.fairshed.store.db.Sql;
import org.fairshed.store.model.DayStatusKind;

/**
 * The store's event sequence ({@code store_event}): appended by the writers in their transaction, read by the server
 * replicas to number and replay their Server-Sent Events (a client resumes with Last-Event-ID on any replica).
 */
public final class EventRepository {

    /** Most events one {@link #after} call returns. */
    public static final int MAX_BATCH = 10_000;
    /** The advisory lock key that orders the event ids by commit ("fsev"). */
    static final long ORDER_LOCK = 0x66736576L;
    private static final String SELECT = "select e.id, e.at, e.kind, r.code, e.revision, e.replaces, e.day, e.status, "
            + "e.version from store_event e left join region r on r.id = e.region_id ";

    private final Database database;

    public EventRepository(Database database) {
        this.database = database;
    }

    /** The events after {@code id}, oldest first, at most {@code limit} (≤ {@link #MAX_BATCH}). */
    public List<StoredEvent> after(long id, int limit) {
        int n = Math.max(1, Math.min(limit, MAX_BATCH));
        return database.single(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + "where e.id > ? order by e.id limit ?")) {
                ps.setLong(1, id);
                ps.setInt(2, n);
                try (ResultSet rs = ps.executeQuery()) {
                    List<StoredEvent> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(event(rs));
                    }
                    return out;
                }
            }
        });
    }

    /** The id of the newest event, 0 when there is none. */
    public long latestId() {
        return database.single(c -> latest(c, null));
    }

    /** The id of the newest registry import's event, 0 when there is none: the registry's version. */
    public long latestRegistryId() {
        return database.single(c -> latest(c, StoredEvent.Kind.REGISTRY));
    }

    private static long latest(Connection c, StoredEvent.Kind kind) throws SQLException {
        String sql = "select coalesce(max(id), 0) from store_event" + (kind == null ? "" : " where kind = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (kind != null) {
                ps.setString(1, kind.code());
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Appends an event on the writer's open transaction and returns its id. The writers' transactions take one
     * advisory lock first and hold it to their commit, so ids are given in commit order: a reader that has seen event
     * n has seen every event before it (gaps are rolled-back ids only). Writers append as late as they can.
     */
    public static long append(Connection c, StoredEvent.Kind kind, Integer regionId, int revision, Integer replaces,
                              LocalDate day, DayStatusKind status, int version) throws SQLException {
        try (PreparedStatement lock = c.prepareStatement("select pg_advisory_xact_lock(" + ORDER_LOCK + ")")) {
            lock.execute();
        }
        try (PreparedStatement ps = c.prepareStatement("insert into store_event (kind, region_id, revision, replaces, day, "
                + "status, version) values (?, ?, ?, ?, ?, ?, ?) returning id")) {
            ps.setString(1, kind.code());
            ps.setObject(2, regionId, Types.INTEGER);
            ps.setObject(3, kind == StoredEvent.Kind.REVISION ? revision : null, Types.INTEGER);
            ps.setObject(4, replaces, Types.INTEGER);
            ps.setDate(5, day == null ? null : Date.valueOf(day));
            ps.setString(6, status == null ? null : status.name());
            ps.setObject(7, kind == StoredEvent.Kind.DAY_STATUS ? version : null, Types.INTEGER);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static StoredEvent event(ResultSet rs) throws SQLException {
        String status = rs.getString(8);
        Date day = rs.getDate(7);
        return new StoredEvent(rs.getLong(1), Sql.instant(rs, 2), StoredEvent.Kind.ofCode(rs.getString(3)),
                rs.getString(4), rs.getInt(5), (Integer) rs.getObject(6), day == null ? null : day.toLocalDate(),
                status == null ? null : DayStatusKind.valueOf(status), rs.getInt(9));
    }
}
