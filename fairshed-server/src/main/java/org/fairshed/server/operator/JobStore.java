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
 * The jobs table ({@code operator_job}, V30, V31): the queue is the table, so a restart finds what was queued, and a
 * job that was RUNNING when its server died is queued again by the worker that takes the lock next
 * ({@link #requeueOrphans}), never lost. Each claim names its worker; a run's progress and end land only while the job is
 * still that worker's.
 */
final class JobStore {

    private static final String COLUMNS = "select id, kind, network, regions, status, stage, done, total, engine_status, "
            + "message, budget_seconds, input, plan_at, submitted_by, submitted_at, started_at, finished_at, draft_id, "
            + "attempts from operator_job ";

    private final Database database;
    /** This server's worker: the jobs it claims name it, and only its own runs' writes land. */
    private final String worker;

    JobStore(Database database) {
        this(database, null);
    }

    JobStore(Database database, String worker) {
        this.database = database;
        this.worker = worker;
    }

    String worker() {
        return worker;
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
            try (PreparedStatement ps = c.prepareStatement("update operator_job set status = 'RUNNING', "
                    + "started_at = now(), worker = ?, attempts = attempts + 1 where id = ?")) {
                ps.setString(1, worker);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return Optional.of(query(c, COLUMNS + "where id = ?", id).get(0));
        });
    }

    void progress(long id, String stage, int done, int total) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("update operator_job set stage = ?, done = ?, total = ? "
                    + "where id = ? and status = 'RUNNING' and worker is not distinct from ?")) {
                ps.setString(1, stage);
                ps.setInt(2, done);
                ps.setInt(3, total);
                ps.setLong(4, id);
                ps.setString(5, worker);
                return ps.executeUpdate();
            }
        });
    }

    /** Ends a job: DONE, FAILED or CANCELLED, with the engine's status, a message and its draft. */
    void finish(long id, String status, String engineStatus, String message, Long draftId) {
        database.write(c -> {
            // a run's end lands only while the job is this worker's (not after another took it over); the note of a
            // restart stays when the end has no message of its own
            try (PreparedStatement ps = c.prepareStatement("update operator_job set status = ?, engine_status = ?, "
                    + "message = coalesce(?, message), draft_id = ?, finished_at = now() where id = ? "
                    + "and status in ('QUEUED', 'RUNNING') and worker is not distinct from ?")) {
                ps.setString(1, status);
                ps.setString(2, engineStatus);
                ps.setString(3, message);
                ps.setObject(4, draftId, Types.BIGINT);
                ps.setLong(5, id);
                ps.setString(6, worker);
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

    /**
     * Asks for a running job to be cancelled, whichever server's worker runs it (that worker reads the request within
     * {@link JobQueue#CANCEL_WATCH_MILLIS}); false when the job does not run.
     */
    boolean requestCancel(long id) {
        return database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("update operator_job set cancel_requested = true "
                    + "where id = ? and status = 'RUNNING'")) {
                ps.setLong(1, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Whether a cancel of the job was asked through any server (read on the primary: a standby may lag). */
    boolean cancelRequested(long id) {
        return database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("select cancel_requested from operator_job where id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() && rs.getBoolean(1);
                }
            }
        });
    }

    /**
     * When a worker takes the lock, a job still RUNNING has lost its worker (only the lock's holder runs jobs): it is
     * queued again, at its place in the order, with a note that it was restarted — or FAILED when it has been tried
     * {@code maxAttempts} times (a job that kills its server must not kill the next one too), or CANCELLED when its
     * cancel had been asked. Returns {requeued, failed or cancelled}.
     */
    int[] requeueOrphans(int maxAttempts) {
        return database.write(c -> {
            int[] out = new int[2];
            try (PreparedStatement ps = c.prepareStatement("update operator_job set status = case when cancel_requested "
                    + "then 'CANCELLED' when attempts >= ? then 'FAILED' else 'QUEUED' end, finished_at = case "
                    + "when cancel_requested or attempts >= ? then now() end, message = case when cancel_requested "
                    + "then 'cancelled (its server stopped while the cancel was on its way)' when attempts >= ? "
                    + "then 'the server running it stopped ' || attempts || ' times; not tried again' "
                    + "else 'restarted: the server running it stopped (attempt ' || attempts || ' of ' || ? || ')' end, "
                    + "stage = null, done = 0, total = 0, worker = null where status = 'RUNNING' returning status")) {
                for (int i = 1; i <= 4; i++) {
                    ps.setInt(i, maxAttempts);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out[rs.getString(1).equals(FlowJob.QUEUED) ? 0 : 1]++;
                    }
                }
            }
            return out;
        });
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
                            (Long) rs.getObject(18), rs.getInt(19)));
                }
                return out;
            }
        }
    }
}
