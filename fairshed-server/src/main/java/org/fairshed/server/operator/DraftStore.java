package org.fairshed.server.operator;

import com.fasterxml.jackson.core.type.TypeReference;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.fairshed.server.http.Json;
import org.fairshed.store.db.Database;
import org.fairshed.store.db.Sql;

/** Drafts ({@code operator_draft}), their approvals and each region's four-eyes policy (V30). */
final class DraftStore {

    private static final TypeReference<Map<String, Integer>> NUMBERS = new TypeReference<>() {
    };
    private static final String COLUMNS = "select d.id, d.job_id, d.network, d.regions, d.based_on, "
            + "d.based_on_numbers::text, d.publishable, d.refusal, d.plan_status, d.author, d.created_at, d.published_at, "
            + "d.published_by, d.publish_reason, d.revisions::text, "
            + "array(select a.approver from operator_approval a where a.draft_id = d.id order by a.approved_at) "
            + "from operator_draft d ";

    private final Database database;

    DraftStore(Database database) {
        this.database = database;
    }

    /**
     * A new draft and its job's end (DONE with the draft) in one transaction; -1 and nothing stored when the job is no
     * longer this worker's run (cancelled meanwhile, or taken over by another worker after this one lost its lock).
     */
    long insertForJob(long jobId, String network, List<String> regions, String basedOn, Map<String, Integer> numbers,
                      boolean publishable, String refusal, String planStatus, String contentJson, String previewJson,
                      String author, String engineStatus, String message, String worker) {
        return database.write(c -> {
            long id;
            try (PreparedStatement ps = c.prepareStatement("insert into operator_draft (job_id, network, regions, "
                    + "based_on, based_on_numbers, publishable, refusal, plan_status, content, preview, author) values "
                    + "(?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::jsonb, ?::jsonb, ?) returning id")) {
                ps.setLong(1, jobId);
                ps.setString(2, network);
                ps.setArray(3, c.createArrayOf("text", regions.toArray()));
                ps.setString(4, basedOn);
                ps.setString(5, json(numbers));
                ps.setBoolean(6, publishable);
                ps.setString(7, refusal);
                ps.setString(8, planStatus);
                ps.setString(9, contentJson);
                ps.setString(10, previewJson);
                ps.setString(11, author);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    id = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("update operator_job set status = 'DONE', engine_status = ?, "
                    + "message = coalesce(?, message), draft_id = ?, finished_at = now() where id = ? "
                    + "and status = 'RUNNING' and worker is not distinct from ?")) {
                ps.setString(1, engineStatus);
                ps.setString(2, message);
                ps.setLong(3, id);
                ps.setLong(4, jobId);
                ps.setString(5, worker);
                if (ps.executeUpdate() != 1) {   // cancelled, or another worker took it over: no draft of this run
                    c.rollback();
                    return -1L;
                }
            }
            return id;
        });
    }

    Optional<FlowDraft> get(long id) {
        return database.read(c -> {
            List<FlowDraft> list = query(c, COLUMNS + "where d.id = ?", id);
            return list.isEmpty() ? Optional.empty() : Optional.of(list.get(0));
        });
    }

    List<FlowDraft> list(int limit) {
        return database.read(c -> query(c, COLUMNS + "order by d.id desc limit ?", limit));
    }

    String content(long id) {
        return text(id, "content");
    }

    String preview(long id) {
        return text(id, "preview");
    }

    /** Marks a draft published (after the store's publish committed); false when it already was. */
    boolean markPublished(long id, String by, String reason, Map<String, Integer> revisions) {
        return database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("update operator_draft set published_at = now(), "
                    + "published_by = ?, publish_reason = ?, revisions = ?::jsonb where id = ? and published_at is null")) {
                ps.setString(1, by);
                ps.setString(2, reason);
                ps.setString(3, json(revisions));
                ps.setLong(4, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Records an approval; false when this approver had already approved. */
    boolean approve(long id, String approver) {
        return database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into operator_approval (draft_id, approver) values "
                    + "(?, ?) on conflict do nothing")) {
                ps.setLong(1, id);
                ps.setString(2, approver);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Regions among {@code regions} whose publishes need a second publisher's approval. */
    List<String> fourEyesRegions(List<String> regions) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select r.code from operator_region_policy p join region r "
                    + "on r.id = p.region_id where p.four_eyes and r.code = any (?) order by r.code")) {
                ps.setArray(1, c.createArrayOf("text", regions.toArray()));
                try (ResultSet rs = ps.executeQuery()) {
                    List<String> out = new ArrayList<>();
                    while (rs.next()) {
                        out.add(rs.getString(1));
                    }
                    return out;
                }
            }
        });
    }

    void setFourEyes(String region, boolean on, String by) {
        database.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("insert into operator_region_policy (region_id, four_eyes, "
                    + "updated_by) select id, ?, ? from region where code = ? on conflict (region_id) do update set "
                    + "four_eyes = excluded.four_eyes, updated_by = excluded.updated_by, updated_at = now()")) {
                ps.setBoolean(1, on);
                ps.setString(2, by);
                ps.setString(3, region);
                return ps.executeUpdate();
            }
        });
    }

    private String text(long id, String column) {
        return database.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select " + column + "::text from operator_draft where id = ?")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getString(1) : null;
                }
            }
        });
    }

    static String json(Map<String, Integer> numbers) {
        return new String(Json.bytes(new LinkedHashMap<>(numbers)), java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Map<String, Integer> numbers(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Json.mapper().readValue(json, NUMBERS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<FlowDraft> query(Connection c, String sql, long arg) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                List<FlowDraft> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new FlowDraft(rs.getLong(1), rs.getLong(2), rs.getString(3), Sql.strings(rs.getArray(4)),
                            rs.getString(5), numbers(rs.getString(6)), rs.getBoolean(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), Sql.instant(rs, 11), Sql.instant(rs, 12),
                            rs.getString(13), rs.getString(14), numbers(rs.getString(15)), Sql.strings(rs.getArray(16))));
                }
                return out;
            }
        }
    }
}
