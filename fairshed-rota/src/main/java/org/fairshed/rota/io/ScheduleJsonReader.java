package org.fairshed.rota.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.common.Limits;
import org.fairshed.common.json.JsonFields;
import org.fairshed.common.json.JsonInput;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.RotaMethods;
import org.fairshed.rota.RotaMetrics;
import org.fairshed.rota.RotaOutcome;
import org.fairshed.rota.RotaResult;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.rota.plan.UnusableSlot;

/**
 * Reads a SCHEDULE.json (format 1 or 2) back into a {@link RotaResult}: what a re-plan and the exports need. Read
 * strictly (UTF-8, at most {@link Limits#MAX_PLAN_BYTES}, no duplicate keys or trailing content); every value is typed
 * and ranged where it is read and every error names the file and the field, e.g.
 * {@code days[0].regions[2].groups[5].outages[1].end}. Format 1 has no critical shed, unknown half-hours or unusable
 * slots, and its method {@code optimal} reads as {@code sweep}; its metrics are recomputed from the schedules. Solve
 * times are not in the file and read as 0.
 */
public final class ScheduleJsonReader {

    /** What the file is, for messages. */
    static final String WHAT = "schedule file";
    /** Most local days a schedule may hold: a plan of the longest horizon touches at most this many. */
    public static final int MAX_DAYS = Limits.MAX_SLOTS * 60 / HalfHours.MINUTES_PER_DAY + 1;
    private static final List<String> V1_FIELDS = List.of("formatVersion", "method", "days", "ledger", "metrics",
            "comparison");
    private static final List<String> V2_FIELDS = List.of("formatVersion", "method", "planRunId", "unusableSlots",
            "criticalShedMwh", "days", "ledger", "metrics", "comparison");

    private ScheduleJsonReader() {
    }

    /** Reads a schedule file. */
    public static RotaResult read(Path file) {
        return read(JsonInput.readObject(file, Limits.MAX_PLAN_BYTES, WHAT), file.toString());
    }

    /** Parses a schedule document; {@code source} names it in errors. */
    public static RotaResult parse(String json, String source) {
        return read(JsonInput.parseObject(json, source, "a schedule (docs/schedule-format.md)"), source);
    }

    private static RotaResult read(JsonNode root, String source) {
        JsonFields f = new JsonFields(source);
        int version = f.formatVersion(root, 1, 2);
        f.object(root, "", version >= 2 ? V2_FIELDS : V1_FIELDS);
        String method = RotaMethods.canonicalName(f.text(f.required(root, "", "method"), "method"));
        if (!RotaMethods.NAMES.contains(method)) {
            throw f.error("method", "must be one of " + String.join(", ", RotaMethods.NAMES) + ", got \"" + method + "\"");
        }
        JsonNode days = f.list(f.required(root, "", "days"), "days", MAX_DAYS);
        List<LocalDate> dates = new ArrayList<>();
        List<RegionSchedule> schedules = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            String dp = JsonFields.index("days", d);
            f.object(days.get(d), dp, List.of("date", "regions"));
            LocalDate date = JsonDates.date(f, f.required(days.get(d), dp, "date"), JsonFields.child(dp, "date"));
            if (!dates.isEmpty() && !date.isAfter(dates.getLast())) {
                throw f.error(JsonFields.child(dp, "date"), "must be after the previous day " + dates.getLast());
            }
            dates.add(date);
            String rp = JsonFields.child(dp, "regions");
            JsonNode regions = f.list(f.required(days.get(d), dp, "regions"), rp, Limits.MAX_REGIONS);
            Map<String, Integer> seen = new HashMap<>();
            for (int r = 0; r < regions.size(); r++) {
                String path = JsonFields.index(rp, r);
                RegionSchedule s = ScheduleRegionJson.read(f, regions.get(r), date, method, path, version);
                Integer first = seen.putIfAbsent(s.region(), r);
                if (first != null) {
                    throw f.error(JsonFields.child(path, "region"), "\"" + s.region() + "\" is listed twice on " + date
                            + " (first as " + JsonFields.index(rp, first) + ")");
                }
                schedules.add(s);
            }
        }
        JsonNode ledgerNode = root.get("ledger");
        Ledger ledger = JsonFields.absent(ledgerNode) ? Ledger.empty() : LedgerJson.parse(ledgerNode, f, "ledger");
        JsonNode metricsNode = root.get("metrics");
        RotaMetrics metrics = version >= 2 && !JsonFields.absent(metricsNode)
                ? RotaMetricsJson.read(f, metricsNode, "metrics") : RotaMetrics.of(schedules, ledger, null);
        JsonNode comparison = root.get("comparison");
        if (!JsonFields.absent(comparison) && version >= 2) {
            for (Map.Entry<String, JsonNode> e : JsonFields.entries(f.map(comparison, "comparison", "method → metrics"))) {
                RotaMetricsJson.read(f, e.getValue(), JsonFields.key("comparison", e.getKey()));
            }
        }
        String runId = null;
        List<UnusableSlot> unusable = List.of();
        if (version >= 2) {
            JsonNode id = root.get("planRunId");
            if (id == null) {
                throw f.error("planRunId", "is missing");
            }
            runId = id.isNull() ? null : f.text(id, "planRunId");
            if (runId != null && !runId.matches("[0-9a-f]{32}")) {
                throw f.error("planRunId", "must be 32 lowercase hex characters or null, got \"" + runId + "\"");
            }
            unusable = unusableSlots(f, f.list(f.required(root, "", "unusableSlots"), "unusableSlots", Limits.MAX_SLOTS));
        }
        return new RotaResult(RotaOutcome.SCHEDULED, "", method, dates, schedules, ledger, metrics, runId, unusable, 0);
    }

    private static List<UnusableSlot> unusableSlots(JsonFields f, JsonNode list) {
        List<UnusableSlot> out = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String p = JsonFields.index("unusableSlots", i);
            JsonNode n = f.object(list.get(i), p, List.of("slot", "start", "end", "status"));
            out.add(new UnusableSlot(f.intIn(f.required(n, p, "slot"), JsonFields.child(p, "slot"), 0, Limits.MAX_SLOTS),
                    JsonDates.dateTime(f, f.required(n, p, "start"), JsonFields.child(p, "start")),
                    JsonDates.dateTime(f, f.required(n, p, "end"), JsonFields.child(p, "end")),
                    f.text(f.required(n, p, "status"), JsonFields.child(p, "status"))));
        }
        return out;
    }

}
