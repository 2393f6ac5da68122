package org.fairshed.server.web.operator;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fairshed.store.db.Database;

/**
 * Read-only queries of the operator flow's tables (V30: {@code operator_job}, {@code operator_draft}) for the pages.
 * The flow's own classes are package-private to it; the pages only read, and every write goes through its API.
 */
public final class DashReads {

    public record Job(long id, String kind, String network, List<String> regions, String status, String stage, int done,
               int total, String message, String submittedBy, Instant submittedAt, Long draft) {

        public boolean finished() {
            return status.equals("DONE") || status.equals("FAILED") || status.equals("CANCELLED");
        }
    }

    public record Draft(long id, long job, String network, List<String> regions, String basedOn, boolean publishable,
                 String refusal, String planStatus, String author, Instant createdAt, Instant publishedAt,
                 String publishedBy, String reason) {
    }

    private final Database database;

    DashReads(Database database) {
        this.database = database;
    }

    List<Job> jobs(int limit) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select id, kind, network, regions, status, stage, done, "
                    + "total, message, submitted_by, submitted_at, draft_id from operator_job order by id desc limit ?")) {
                ps.setInt(1, limit);
                List<Job> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        long draft = rs.getLong(12);
                        out.add(new Job(rs.getLong(1), rs.getString(2), rs.getString(3), texts(rs.getArray(4)),
                                rs.getString(5), rs.getString(6), rs.getInt(7), rs.getInt(8), rs.getString(9),
                                rs.getString(10), instant(rs.getTimestamp(11)), rs.wasNull() ? null : draft));
                    }
                }
                return out;
            }
        });
    }

    private static final String DRAFT = "select id, job_id, network, regions, based_on, publishable, refusal, "
            + "plan_status, author, created_at, published_at, published_by, publish_reason from operator_draft ";

    List<Draft> drafts(int limit) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(DRAFT + "order by id desc limit ?")) {
                ps.setInt(1, limit);
                return drafts(ps);
            }
        });
    }

    Optional<Draft> draft(long id) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(DRAFT + "where id = ?")) {
                ps.setLong(1, id);
                List<Draft> list = drafts(ps);
                return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
            }
        });
    }

    /** The draft's {@code content} and {@code preview} JSON. */
    String[] contentAndPreview(long id) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select content::text, preview::text from operator_draft "
                    + "where id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null;
                }
            }
        });
    }

    private static List<Draft> drafts(PreparedStatement ps) throws SQLException {
        List<Draft> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Draft(rs.getLong(1), rs.getLong(2), rs.getString(3), texts(rs.getArray(4)), rs.getString(5),
                        rs.getBoolean(6), rs.getString(7), rs.getString(8), rs.getString(9), instant(rs.getTimestamp(10)),
                        instant(rs.getTimestamp(11)), rs.getString(12), rs.getString(13)));
            }
        }
        return out;
    }

    private static List<String> texts(Array a) throws SQLException {
        return a == null ? List.of() : List.of((String[]) a.getArray());
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
