package org.fairshed.rota.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fairshed.common.InputException;
import org.fairshed.common.json.JsonInput;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.plan.PlanQuotas;
import org.fairshed.rota.plan.RegionDay;

/**
 * Reads the quotas out of a plan file ({@code docs/plan-format.md}). The quota of a half-hour is the region's
 * {@code nonCriticalShedMw} in the slot containing it; a 60-minute slot gives the same quota to both halves, a 30-minute
 * slot maps 1:1, other slot lengths are an error. Days are local days from {@code start}.
 */
public final class PlanFileReader {

    private PlanFileReader() {
    }

    public static PlanQuotas read(Path file) throws IOException {
        return parse(Files.readString(file), file.toString());
    }

    public static PlanQuotas parse(String json, String source) {
        JsonNode root = JsonInput.parseObject(json, source, "a plan object (docs/plan-format.md)");
        LocalDateTime start;
        try {
            start = LocalDateTime.parse(root.path("start").asText(""));
        } catch (DateTimeParseException e) {
            throw new InputException(source, 0, 0, "start", "must be a local date-time yyyy-MM-ddTHH:mm, got "
                    + root.path("start"));
        }
        int slotMinutes = root.path("slotMinutes").asInt(-1);
        if (slotMinutes != 30 && slotMinutes != 60) {
            throw new InputException(source, 0, 0, "slotMinutes", "must be 30 or 60 for the rota's half-hours, got "
                    + root.path("slotMinutes"));
        }
        if (start.getMinute() % HalfHours.MINUTES != 0 || start.getSecond() != 0 || start.getNano() != 0) {
            throw new InputException(source, 0, 0, "start", "must be on a half-hour, got " + start);
        }
        JsonNode regionsNode = root.path("regions");
        if (!regionsNode.isArray() || regionsNode.isEmpty()) {
            throw new InputException(source, 0, 0, "regions", "must be a non-empty list of region names");
        }
        List<String> regions = new ArrayList<>();
        regionsNode.forEach(n -> regions.add(n.asText()));
        JsonNode slots = root.path("slots");
        if (!slots.isArray()) {
            throw new InputException(source, 0, 0, "slots", "must be a list");
        }
        int halvesPerSlot = slotMinutes / HalfHours.MINUTES;
        Map<LocalDate, double[][]> quota = new TreeMap<>();
        Map<LocalDate, double[][]> load = new TreeMap<>();
        Map<LocalDate, boolean[]> planned = new TreeMap<>();
        for (int i = 0; i < slots.size(); i++) {
            JsonNode slot = slots.get(i);
            int index = slot.path("slot").asInt(i);
            JsonNode shed = slot.path("regionShed");
            String path = "slots[" + i + "].regionShed";
            if (!shed.isObject()) {
                throw new InputException(source, 0, 0, path, "must be an object region → shed");
            }
            for (int half = 0; half < halvesPerSlot; half++) {
                LocalDateTime t = start.plusMinutes((long) index * slotMinutes + (long) half * HalfHours.MINUTES);
                LocalDate date = t.toLocalDate();
                int h = (t.getHour() * 60 + t.getMinute()) / HalfHours.MINUTES;
                double[][] q = quota.computeIfAbsent(date, d -> new double[regions.size()][HalfHours.PER_DAY]);
                double[][] l = load.computeIfAbsent(date, d -> new double[regions.size()][HalfHours.PER_DAY]);
                planned.computeIfAbsent(date, d -> new boolean[HalfHours.PER_DAY])[h] = true;
                for (int r = 0; r < regions.size(); r++) {
                    String name = regions.get(r);
                    String rp = path + "[\"" + name + "\"]";
                    JsonNode rs = shed.get(name);
                    if (rs == null || !rs.isObject()) {
                        throw new InputException(source, 0, 0, rp, "is missing: every slot must list every region");
                    }
                    q[r][h] = nonNegative(rs.path("nonCriticalShedMw"), rp + ".nonCriticalShedMw", source);
                    l[r][h] = nonNegative(rs.path("nonCriticalLoadMw"), rp + ".nonCriticalLoadMw", source);
                    if (q[r][h] > l[r][h] + RotaParameters.COVER_TOLERANCE_MW) {
                        throw new InputException(source, 0, 0, rp + ".nonCriticalShedMw", "is " + q[r][h]
                                + " MW, more than the region's non-critical load " + l[r][h] + " MW");
                    }
                }
            }
        }
        List<RegionDay> days = new ArrayList<>();
        for (LocalDate date : quota.keySet()) {
            for (int r = 0; r < regions.size(); r++) {
                days.add(new RegionDay(date, regions.get(r), quota.get(date)[r], load.get(date)[r], planned.get(date)));
            }
        }
        return new PlanQuotas(regions, new ArrayList<>(quota.keySet()), days);
    }

    private static double nonNegative(JsonNode node, String path, String source) {
        if (!node.isNumber() || !(node.asDouble() >= 0) || !Double.isFinite(node.asDouble())) {
            throw new InputException(source, 0, 0, path, "must be a number >= 0, got " + (node.isMissingNode() ? "nothing" : node));
        }
        return node.asDouble();
    }
}
