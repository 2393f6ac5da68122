package org.fairshed.server.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * 10,000 seeded mutations of a valid damage update and a valid scenario, each posted as a job: never a 500, every
 * refusal an RFC 9457 problem (with the JSON path in {@code field} for a 400), and a refused upload leaves nothing
 * behind (no job row, no audit entry). An accepted one is one queued job, cancelled at once.
 */
class UploadFuzzTest {

    static final long SEED = 20261202L;
    static final int UPLOADS = 10_000;
    static final String DAMAGE = "{\"type\":\"damage-update\",\"network\":\"synthetic-demo\",\"at\":\"2026-12-02T14:30\","
            + "\"outages\":{\"generators\":[1,2],\"branches\":[3]},\"derates\":[{\"generators\":[4],\"factor\":0.5}]}";
    static final String SCENARIO = "{\"name\":\"fuzz\",\"network\":\"synthetic-demo\",\"start\":\"2026-12-03T00:00\","
            + "\"slotMinutes\":60,\"slots\":4,\"loadScale\":[0.9,0.95,1.0,0.9],\"outages\":{\"generators\":[1]}}";
    private static final String[] VALUES = {"-1", "0", "1e309", "4294967297", "1.5", "\"x\"", "null", "true", "[]", "{}",
        "\"../../etc/passwd\"", "\"2026-12-02T25:00\"", "\"2026-12-09T10:00\"", "-0", "99999999999999999999"};
    private static final String[] NAMES = {"type", "network", "at", "outages", "derates", "slots", "start", "slotMinutes",
        "generators", "branches", "buses", "factor", "loadScale", "regions", "x"};
    private static final String CHARS = "{}[]\",:0-9aé\u0000\\ ";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");
    private static final Pattern STRING = Pattern.compile("\"[^\"]*\"");

    @Test
    void mutatedUploadsNeverFailTheServerNorLeaveAPartialState() throws Exception {
        FlowWorld w = FlowWorld.get();
        Random random = new Random(SEED);
        int accepted = 0;
        int[] byStatus = new int[600];
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < UPLOADS && failures.size() < 20; i++) {
            String body = random.nextBoolean() ? DAMAGE : SCENARIO;
            int n = 1 + random.nextInt(3);
            for (int k = 0; k < n; k++) {
                body = mutate(body, random);
            }
            long[] before = counts(w);
            HttpResponse<String> r = w.send("POST", "/api/v1/operator/jobs", FlowWorld.PLANNER, body,
                    "Content-Type", "application/json");
            byStatus[r.statusCode()]++;
            long[] after = counts(w);
            if (r.statusCode() == 202) {
                accepted++;
                if (after[0] != before[0] + 1) {
                    failures.add("accepted but " + (after[0] - before[0]) + " job rows: " + body);
                }
                long id = FlowWorld.json(r).path("id").asLong();
                w.send("POST", "/api/v1/operator/jobs/" + id + "/cancel", FlowWorld.PLANNER, null);
                continue;
            }
            String media = r.headers().firstValue("Content-Type").orElse("");
            if (r.statusCode() >= 500 || !media.startsWith("application/problem+json")) {
                failures.add(r.statusCode() + " " + media + " for " + clip(body) + ": " + r.body());
            } else if (r.statusCode() == 400 && !FlowWorld.json(r).has("field")) {
                failures.add("400 without a field for " + clip(body) + ": " + r.body());
            }
            if (after[0] != before[0] || after[1] != before[1]) {
                failures.add("refused (" + r.statusCode() + ") but stored something: " + clip(body));
            }
        }
        assertThat(failures).isEmpty();
        assertThat(byStatus[400]).as("most mutations are refused").isGreaterThan(UPLOADS / 2);
        assertThat(byStatus[413]).as("some are too large").isPositive();
        assertThat(accepted).as("some stay valid").isPositive();
    }

    /** {operator_job rows, audit_log rows}. */
    private static long[] counts(FlowWorld w) {
        return w.store.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select (select count(*) from operator_job), "
                    + "(select count(*) from audit_log)"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new long[] {rs.getLong(1), rs.getLong(2)};
            }
        });
    }

    static String mutate(String s, Random random) {
        if (s.isEmpty()) {
            return "{";
        }
        int at = random.nextInt(s.length());
        return switch (random.nextInt(11)) {
            case 0 -> s.substring(0, at) + s.substring(at + 1);
            case 1 -> s.substring(0, at) + CHARS.charAt(random.nextInt(CHARS.length())) + s.substring(at);
            case 2 -> replaceOne(s, NUMBER, VALUES[random.nextInt(VALUES.length)], random);
            case 3 -> s.substring(0, at);
            case 4 -> s.replaceFirst("\\{", "{\"network\":\"synthetic-demo\",");
            case 5 -> replaceOne(s, STRING, "\"" + NAMES[random.nextInt(NAMES.length)] + "\"", random);
            case 6 -> replaceOne(s, STRING, VALUES[random.nextInt(VALUES.length)], random);
            case 7 -> s + " ".repeat(70_000);
            case 8 -> "[" + s + "]";
            case 9 -> replaceOne(s, NUMBER, Integer.toString(random.nextInt(5_000)), random);
            default -> s.replace("\"at\":\"2026-12-02T14:30\"", "\"at\":\"2026-12-0" + (1 + random.nextInt(5)) + "T"
                    + String.format("%02d", random.nextInt(30)) + ":00\"");
        };
    }

    private static String replaceOne(String s, Pattern p, String with, Random random) {
        Matcher m = p.matcher(s);
        List<int[]> hits = new ArrayList<>();
        while (m.find()) {
            hits.add(new int[] {m.start(), m.end()});
        }
        if (hits.isEmpty()) {
            return s;
        }
        int[] h = hits.get(random.nextInt(hits.size()));
        return s.substring(0, h[0]) + with + s.substring(h[1]);
    }

    private static String clip(String s) {
        return s.length() > 300 ? s.substring(0, 300) + "…" : s;
    }
}
