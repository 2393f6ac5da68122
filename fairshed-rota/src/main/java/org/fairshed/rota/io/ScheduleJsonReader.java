package org.fairshed.rota.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.common.InputException;
import org.fairshed.common.json.JsonInput;
import org.fairshed.rota.GroupSchedule;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.OutageType;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.Relaxation;
import org.fairshed.rota.RelaxedRule;
import org.fairshed.rota.Replan;
import org.fairshed.rota.RotaMetrics;
import org.fairshed.rota.RotaResult;
import org.fairshed.rota.RotaStatus;
import org.fairshed.rota.ledger.Ledger;

/**
 * Reads a SCHEDULE.json written by {@link ScheduleJsonWriter} back into a {@link RotaResult}: what a re-plan
 * ({@link Replan}) and the exports need. Every error names the file and the field, e.g.
 * {@code days[0].regions[2].groups[5].outages[1].end}. The ledger is read when present (else empty); the metrics are
 * read when present, else recomputed from the schedules. Solve times are not in the file and read as 0.
 */
public final class ScheduleJsonReader {

    private ScheduleJsonReader() {
    }

    /** Reads a schedule file. */
    public static RotaResult read(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    /** Parses a schedule document; {@code source} names it in errors. */
    public static RotaResult parse(String json, String source) {
        JsonNode root = JsonInput.parseObject(json, source, "a schedule object (docs/schedule-format.md)");
        JsonNode version = root.path("formatVersion");
        if (!version.isMissingNode() && version.asInt(-1) != ScheduleJsonWriter.FORMAT_VERSION) {
            throw new InputException(source, 0, 0, "formatVersion", "must be " + ScheduleJsonWriter.FORMAT_VERSION
                    + ", got " + version);
        }
        String method = root.path("method").asText("");
        JsonNode days = root.path("days");
        if (!days.isArray()) {
            throw new InputException(source, 0, 0, "days", "must be a list of {\"date\", \"regions\"}");
        }
        List<LocalDate> dates = new ArrayList<>();
        List<RegionSchedule> schedules = new ArrayList<>();
        for (int d = 0; d < days.size(); d++) {
            String dp = "days[" + d + "]";
            LocalDate date = date(days.get(d).path("date"), dp + ".date", source);
            if (!dates.isEmpty() && !date.isAfter(dates.getLast())) {
                throw new InputException(source, 0, 0, dp + ".date", "must be after the previous day " + dates.getLast());
            }
            dates.add(date);
            JsonNode regions = days.get(d).path("regions");
            if (!regions.isArray()) {
                throw new InputException(source, 0, 0, dp + ".regions", "must be a list of regions");
            }
            for (int r = 0; r < regions.size(); r++) {
                schedules.add(region(regions.get(r), date, method, dp + ".regions[" + r + "]", source));
            }
        }
        Ledger ledger = root.has("ledger") ? ledger(root.get("ledger"), source) : Ledger.empty();
        RotaMetrics metrics = root.has("metrics") ? metrics(root.get("metrics"), source)
                : RotaMetrics.of(schedules, ledger, null);
        return new RotaResult(method, dates, schedules, ledger, metrics, 0);
    }

    private static RegionSchedule region(JsonNode node, LocalDate date, String method, String path, String source) {
        String region = text(node.path("region"), path + ".region", source);
        RotaStatus status;
        try {
            status = RotaStatus.valueOf(node.path("status").asText(RotaStatus.FEASIBLE.name()));
        } catch (IllegalArgumentException e) {
            throw new InputException(source, 0, 0, path + ".status", "must be one of " + List.of(RotaStatus.values())
                    + ", got " + node.path("status"));
        }
        double[] quota = halfHours(node.path("quotaMw"), path + ".quotaMw", source);
        List<Relaxation> relaxations = new ArrayList<>();
        JsonNode rel = node.path("relaxations");
        for (int i = 0; i < rel.size(); i++) {
            String rp = path + ".relaxations[" + i + "]";
            JsonNode r = rel.get(i);
            int h = r.path("halfHour").asInt(-1);
            if (h < 0 || h >= HalfHours.PER_DAY) {
                throw new InputException(source, 0, 0, rp + ".halfHour", "must be in [0, 47], got " + r.path("halfHour"));
            }
            try {
                relaxations.add(new Relaxation(r.path("group").asText(""), h, RelaxedRule.valueOf(r.path("rule").asText())));
            } catch (IllegalArgumentException e) {
                throw new InputException(source, 0, 0, rp + ".rule", "must be one of " + List.of(RelaxedRule.values())
                        + ", got " + r.path("rule"));
            }
        }
        JsonNode groups = node.path("groups");
        if (!groups.isArray() || groups.isEmpty()) {
            throw new InputException(source, 0, 0, path + ".groups", "must be a non-empty list of groups");
        }
        List<GroupSchedule> list = new ArrayList<>();
        for (int g = 0; g < groups.size(); g++) {
            list.add(group(groups.get(g), path + ".groups[" + g + "]", source));
        }
        return new RegionSchedule(region, date, method, quota, list, status, relaxations, 0);
    }

    private static GroupSchedule group(JsonNode node, String path, String source) {
        String name = text(node.path("group"), path + ".group", source);
        double[] load = halfHours(node.path("loadMw"), path + ".loadMw", source);
        boolean[] off = new boolean[HalfHours.PER_DAY];
        boolean[] possible = new boolean[HalfHours.PER_DAY];
        JsonNode outages = node.path("outages");
        if (!outages.isArray()) {
            throw new InputException(source, 0, 0, path + ".outages", "must be a list of {\"start\", \"end\", \"type\"}");
        }
        for (int i = 0; i < outages.size(); i++) {
            String op = path + ".outages[" + i + "]";
            JsonNode o = outages.get(i);
            int start = minute(o.path("start"), op + ".start", source);
            int end = minute(o.path("end"), op + ".end", source);
            if (end <= start) {
                throw new InputException(source, 0, 0, op + ".end", "must be after start " + start + ", got " + end);
            }
            OutageType type;
            try {
                type = OutageType.valueOf(o.path("type").asText());
            } catch (IllegalArgumentException e) {
                throw new InputException(source, 0, 0, op + ".type", "must be DEFINITE or POSSIBLE, got " + o.path("type"));
            }
            for (int h = start / HalfHours.MINUTES; h < end / HalfHours.MINUTES; h++) {
                if (off[h] || possible[h]) {
                    throw new InputException(source, 0, 0, op, "overlaps another outage of group " + name + " at minute "
                            + h * HalfHours.MINUTES);
                }
                (type == OutageType.DEFINITE ? off : possible)[h] = true;
            }
        }
        return new GroupSchedule(name, load, off, possible);
    }

    private static int minute(JsonNode node, String path, String source) {
        int m = node.asInt(-1);
        if (!node.isIntegralNumber() || m < 0 || m > HalfHours.MINUTES_PER_DAY || m % HalfHours.MINUTES != 0) {
            throw new InputException(source, 0, 0, path, "must be a minute from local midnight, a multiple of "
                    + HalfHours.MINUTES + " in [0, " + HalfHours.MINUTES_PER_DAY + "], got " + node);
        }
        return m;
    }

    private static double[] halfHours(JsonNode node, String path, String source) {
        if (!node.isArray() || node.size() != HalfHours.PER_DAY) {
            throw new InputException(source, 0, 0, path, "must be a list of " + HalfHours.PER_DAY + " numbers (MW)");
        }
        double[] v = new double[HalfHours.PER_DAY];
        for (int h = 0; h < v.length; h++) {
            JsonNode n = node.get(h);
            if (!n.isNumber() || !(n.asDouble() >= 0) || !Double.isFinite(n.asDouble())) {
                throw new InputException(source, 0, 0, path + "[" + h + "]", "must be a number >= 0, got " + n);
            }
            v[h] = n.asDouble();
        }
        return v;
    }

    private static LocalDate date(JsonNode node, String path, String source) {
        try {
            return LocalDate.parse(node.asText(""));
        } catch (DateTimeParseException e) {
            throw new InputException(source, 0, 0, path, "must be a date yyyy-MM-dd, got " + node);
        }
    }

    private static String text(JsonNode node, String path, String source) {
        if (!node.isTextual() || node.asText().isBlank()) {
            throw new InputException(source, 0, 0, path, "must be a non-empty string, got "
                    + (node.isMissingNode() ? "nothing" : node));
        }
        return node.asText();
    }

    private static Ledger ledger(JsonNode node, String source) {
        if (!node.isObject()) {
            throw new InputException(source, 0, 0, "ledger", "must be an object");
        }
        return LedgerJson.parse(node, source + " (ledger)");
    }

    /** The metrics object as {@link ScheduleJsonWriter} writes it. */
    static RotaMetrics metrics(JsonNode m, String source) {
        if (!m.isObject()) {
            throw new InputException(source, 0, 0, "metrics", "must be an object");
        }
        return new RotaMetrics(m.path("overShedMwh").asDouble(), m.path("underShedMwh").asDouble(),
                m.path("dayHoursMin").asDouble(), m.path("dayHoursMax").asDouble(), m.path("dayHoursSpread").asDouble(),
                m.path("weekHoursMin").asDouble(), m.path("weekHoursMax").asDouble(),
                m.path("weekHoursSpread").asDouble(), m.path("jain").asDouble(1), m.path("switchingEvents").asInt(),
                m.path("ruleBreaks").asInt(), m.path("changesVsPrevious").asInt(), m.path("overShedFloorMwh").asDouble(),
                m.path("ignoredQuotaMwh").asDouble());
    }
}
