package org.fairshed.store.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.common.InputException;
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

    /** The newest entries first. */
    public List<AuditEntry> recent(int limit) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select l.id, l.at, l.actor, l.action, r.code, l.revision_before, "
                    + "l.revision_after, l.remote_address, l.detail::text from audit_log l left join region r "
                    + "on r.id = l.region_id order by l.id desc limit ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    List<AuditEntry> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(new AuditEntry(rs.getLong(1), rs.getTimestamp(2).toInstant(), rs.getString(3),
                                rs.getString(4), rs.getString(5), (Long) rs.getObject(6), (Long) rs.getObject(7),
                                rs.getString(8), rs.getString(9)));
                    }
                    return out;
                }
            }
        });
    }
}
