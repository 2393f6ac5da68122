package org.fairshed.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.common.InputException;
import org.fairshed.store.access.Actor;
import org.fairshed.store.db.Database;
import org.fairshed.store.model.AuditEntry;

/**
 * The append-only audit log (the database refuses UPDATE, DELETE and TRUNCATE). The store's own writes (publish,
 * day status) append in their transaction; {@link #record} is for the operator flow's other actions.
 */
public final class AuditRepository {

    private final Database database;

    public AuditRepository(Database database) {
        this.database = database;
    }

    /**
     * Appends one entry in its own transaction.
     *
     * @param region     region code, null for a national action
     * @param detailJson a JSON object, null for {@code {}}
     */
    public long record(String actor, String action, String region, Long revisionBefore, Long revisionAfter,
                       String remoteAddress, String detailJson) {
        if (actor == null || actor.isBlank() || actor.length() > 200) {
            throw InputException.atField("audit", "actor", "must have 1 to 200 characters, got '" + actor + "'");
        }
        if (action == null || !action.matches("[a-z][a-z0-9._-]{0,63}")) {
            throw InputException.atField("audit", "action", "must be a lower-case word such as publish, got '" + action + "'");
        }
        return database.write(c -> {
            Integer regionId = null;
            if (region != null) {
                try (PreparedStatement ps = c.prepareStatement("select id from region where code = ?")) {
                    ps.setString(1, region);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (!rs.next()) {
                            throw InputException.atField("audit", "region", "names the region '" + region
                                    + "', which the store does not have");
                        }
                        regionId = rs.getInt(1);
                    }
                }
            }
            return append(c, actor, action, regionId, revisionBefore, revisionAfter, remoteAddress, detailJson);
        });
    }

    /** Appends one entry on an open transaction; returns its id. */
    public static long append(Connection c, String actor, String action, Integer regionId, Long revisionBefore,
                              Long revisionAfter, String remoteAddress, String detailJson) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into audit_log (actor, action, region_id, revision_before, "
                + "revision_after, remote_address, detail) values (?, ?, ?, ?, ?, ?, coalesce(?::jsonb, '{}'::jsonb)) "
                + "returning id")) {
            ps.setString(1, actor);
            ps.setString(2, action);
            ps.setObject(3, regionId, Types.INTEGER);
            ps.setObject(4, revisionBefore, Types.BIGINT);
            ps.setObject(5, revisionAfter, Types.BIGINT);
            ps.setString(6, remoteAddress);
            ps.setString(7, detailJson);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Appends one entry with its actor's account and way in and the subject acted on, on an open transaction (so the
     * entry commits with the change it records, or not at all); returns its id.
     *
     * @param subject what was acted on ({@code account:<name>}, {@code token:<prefix>}, {@code draft:<id>}), or null
     */
    public static long append(Connection c, Actor actor, String action, Integer regionId, Long revisionBefore,
                              Long revisionAfter, String subject, String detailJson) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("insert into audit_log (actor, action, region_id, revision_before, "
                + "revision_after, remote_address, detail, account_id, via, subject) values (?, ?, ?, ?, ?, ?, "
                + "coalesce(?::jsonb, '{}'::jsonb), ?, ?, ?) returning id")) {
            ps.setString(1, actor.name());
            ps.setString(2, action);
            ps.setObject(3, regionId, Types.INTEGER);
            ps.setObject(4, revisionBefore, Types.BIGINT);
            ps.setObject(5, revisionAfter, Types.BIGINT);
            ps.setString(6, actor.remoteAddress());
            ps.setString(7, detailJson);
            ps.setObject(8, actor.accountId(), Types.BIGINT);
            ps.setString(9, actor.via());
            ps.setString(10, subject);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Appends one entry with its actor in its own transaction (see {@link #append(Connection, Actor, String,
     * Integer, Long, Long, String, String)}); {@code region} a code or null. */
    public long record(Actor actor, String action, String region, Long revisionBefore, Long revisionAfter,
                       String subject, String detailJson) {
        if (action == null || !action.matches("[a-z][a-z0-9._-]{0,63}")) {
            throw InputException.atField("audit", "action", "must be a lower-case word such as publish, got '" + action + "'");
        }
        return database.write(c -> append(c, actor, action, regionId(c, region), revisionBefore, revisionAfter,
                subject, detailJson));
    }

    /** The newest entries first. */
    public List<AuditEntry> recent(int limit) {
        return query(null, Long.MAX_VALUE, limit);
    }

    /**
     * Entries with an id below {@code beforeId}, newest first, at most {@code limit}: of one region (and the national
     * ones when {@code region} is null: all of them).
     */
    public List<AuditEntry> query(String region, long beforeId, int limit) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select l.id, l.at, l.actor, l.action, r.code, l.revision_before, "
                    + "l.revision_after, l.remote_address, l.detail::text, l.account_id, l.via, l.subject from audit_log l "
                    + "left join region r on r.id = l.region_id where l.id < ? and (?::text is null or r.code = ?) "
                    + "order by l.id desc limit ?")) {
                ps.setLong(1, beforeId);
                ps.setString(2, region);
                ps.setString(3, region);
                ps.setInt(4, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    List<AuditEntry> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getString(5), (Long) rs.getObject(6), (Long) rs.getObject(7),
                                rs.getString(8), rs.getString(9), (Long) rs.getObject(10), rs.getString(11),
                                rs.getString(12)));
                    }
                    return out;
                }
            }
        });
    }

    /** The id of region {@code code}, null for null; bad input for an unknown code. */
    public static Integer regionId(Connection c, String code) throws SQLException {
        if (code == null) {
            return null;
        }
        try (PreparedStatement ps = c.prepareStatement("select id from region where code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw InputException.atField("audit", "region", "names the region '" + code
                            + "', which the store does not have");
                }
                return rs.getInt(1);
            }
        }
    }
}
