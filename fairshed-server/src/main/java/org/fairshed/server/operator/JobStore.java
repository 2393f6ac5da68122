package org.fairshed.server.operator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fairshed.store.db.Database;
import org.fairshed.store.db.Sql;

/**
 * The jobs table ({@code operator_job}, V30): the queue is the table, so a restart finds what was queued, and a job
 * that was RUNNING when the server died is FAILED after the restart ({@link #failInterrupted}), never lost.
 */
final class JobStore {

    private static final String COLUMNS = "select id, kind, network, regions, status, stage, done, total, engine_status, "
            + "message, budget_seconds, input, plan_at, submitted_by, submitted_at, started_at, finished_at, draft_id "
            + "from operator_job ";

    private final Database database;

    JobStore(Database database) {
        this.database = database;
    }

    long insert(String kind, String network, List<String> regions, int budgetSeconds, String input,
                LocalDateTime planAt, String submittedBy, String remoteAddress) {
        return database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into operator_job (kind, network, regions, status, "
                    + "budget_seconds, input, plan_at, submitted_by, remote_address) values (?, ?, ?, 'QUEUED', ?, ?, ?, ?, ?) "
                    + "returning id")) {
                ps.setString(1, kind);
                ps.setString(2, network);
                ps.setArray(3, c.createArrayOf("text", regions.toArray()));
                ps.setInt(4, budgetSeconds);
                ps.setString(5, input);
                ps.setObject(6, planAt == null ? null : Timestamp.valueOf(planAt), Types.TIMESTAMP);
                ps.setString(7, submittedBy);
                ps.setString(8, remoteAddress);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    Optional<FlowJob> get(long id) {
        return database.read(c -> {
            List<FlowJob> list = query(c, COLUMNS + "where id = ?", id);
            return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
        });
    }

    /** Newest first. */
    List<FlowJob> list(int limit) {
        return database.read(c -> query(c, COLUMNS + "order by id desc limit ?", limit));
    }

    /** Takes the oldest QUEUED job and marks it RUNNING, or empty when none waits. */
    Optional<FlowJob> takeNext() {
        return database.write(c -> {
            List<FlowJob> next = query(c, COLUMNS + "where status = 'QUEUED' order by id limit 1 for update skip locked");
            if (next.isEmpty()) {
                return Optional.empty();
            }
            long id = next.get(0).id();
            update(c, "update operator_job set status = 'RUNNING', started_at = now() where id = ?", id);
            return Optional.of(query(c, COLUMNS + "where id = ?", id).get(0));
        });
    }

    void progress(long id, String stage, int done, int total) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("update operator_job set stage = ?, done = ?, total = ? "
                    + "where id = ? and status = 'RUNNING'")) {
                ps.setString(1, stage);
                ps.setInt(2, done);
                ps.setInt(3, total);
                ps.setLong(4, id);
                return ps.executeUpdate();
            }
        });
    }

    /** Ends a job: DONE, FAILED or CANCELLED, with the engine's status, a message and its draft. */
    void finish(long id, String status, String engineStatus, String message, Long draftId) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("update operator_job set status = ?, engine_status = ?, "
                    + "message = ?, draft_id = ?, finished_at = now() where id = ? and status in ('QUEUED', 'RUNNING')")) {
                ps.setString(1, status);
                ps.setString(2, engineStatus);
                ps.setString(3, message);
                ps.setObject(4, draftId, Types.BIGINT);
                ps.setLong(5, id);
                return ps.executeUpdate();
            }
        });
    }

    /** A queued job cancelled before it ran; false when it already runs or ended. */
    boolean cancelQueued(long id) {
        return database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("update operator_job set status = 'CANCELLED', "
                    + "message = 'cancelled before it ran', finished_at = now() where id = ? and status = 'QUEUED'")) {
                ps.setLong(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** At start: every job RUNNING (its server died under it) becomes FAILED; returns how many. */
    int failInterrupted() {
        return database.write(c -> update(c, "update operator_job set status = 'FAILED', finished_at = now(), "
                + "message = 'the server stopped while the job ran; submit it again' where status = 'RUNNING'", null));
    }

    private static int update(Connection c, String sql, Long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) {
                ps.setLong(1, id);
            }
            return ps.executeUpdate();
        }
    }

    private static List<FlowJob> query(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                List<FlowJob> out = new ArrayList<>();
                while (rs.next()) {
                    Timestamp at = rs.getTimestamp(13);
                    out.add(new FlowJob(rs.getLong(1), rs.getString(2), rs.getString(3), Sql.strings(rs.getArray(4)),
                            rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9),
                            rs.getString(10), rs.getInt(11), rs.getString(12), at == null ? null : at.toLocalDateTime(),
                            rs.getString(14), Sql.instant(rs, 15), Sql.instant(rs, 16), Sql.instant(rs, 17),
                            (Long) rs.getObject(18)));
                }
                return out;
            }
        }
    }
}
