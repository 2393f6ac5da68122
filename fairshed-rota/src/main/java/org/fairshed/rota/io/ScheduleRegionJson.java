package org.fairshed.rota.io;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.common.Limits;
import org.fairshed.common.json.JsonFields;
import org.fairshed.rota.GroupSchedule;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.OutageType;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.Relaxation;
import org.fairshed.rota.RelaxedRule;
import org.fairshed.rota.RotaStatus;

/** One region-day of SCHEDULE.json, read as {@link ScheduleJsonReader} reads the file. */
final class ScheduleRegionJson {

    private static final List<String> V1_FIELDS = List.of("region", "status", "quotaMw", "offMw", "relaxations",
            "groups");
    private static final List<String> V2_FIELDS = List.of("region", "status", "quotaMw", "offMw", "criticalShedMw",
            "criticalShedMwh", "unknownHalfHours", "relaxations", "groups");

    private ScheduleRegionJson() {
    }

    static RegionSchedule read(JsonFields f, JsonNode node, LocalDate date, String method, String path, int version) {
        f.object(node, path, version >= 2 ? V2_FIELDS : V1_FIELDS);
        String region = f.text(f.required(node, path, "region"), JsonFields.child(path, "region"));
        RotaStatus status = named(f, node, path, "status", RotaStatus.class);
        double[] quota = halfHours(f, f.required(node, path, "quotaMw"), JsonFields.child(path, "quotaMw"));
        halfHours(f, f.required(node, path, "offMw"), JsonFields.child(path, "offMw"));
        boolean[] unknown = new boolean[HalfHours.PER_DAY];
        double[] critical = new double[HalfHours.PER_DAY];
        if (version >= 2) {
            critical = halfHours(f, f.required(node, path, "criticalShedMw"), JsonFields.child(path, "criticalShedMw"));
            f.nonNegative(f.required(node, path, "criticalShedMwh"), JsonFields.child(path, "criticalShedMwh"));
            String up = JsonFields.child(path, "unknownHalfHours");
            JsonNode list = f.list(f.required(node, path, "unknownHalfHours"), up, HalfHours.PER_DAY);
            for (int i = 0; i < list.size(); i++) {
                int h = f.intIn(list.get(i), JsonFields.index(up, i), 0, HalfHours.PER_DAY - 1);
                if (unknown[h]) {
                    throw f.error(JsonFields.index(up, i), "lists half-hour " + h + " twice");
                }
                unknown[h] = true;
            }
        }
        String rp = JsonFields.child(path, "relaxations");
        JsonNode rel = f.list(f.required(node, path, "relaxations"), rp, Limits.MAX_GROUPS_PER_REGION * HalfHours.PER_DAY);
        List<Relaxation> relaxations = new ArrayList<>();
        for (int i = 0; i < rel.size(); i++) {
            String p = JsonFields.index(rp, i);
            JsonNode r = f.object(rel.get(i), p, List.of("group", "halfHour", "rule"));
            JsonNode group = f.required(r, p, "group");
            if (!group.isTextual()) {
                throw f.error(JsonFields.child(p, "group"), "must be a group name or \"\", got " + JsonFields.describe(group));
            }
            relaxations.add(new Relaxation(group.asText(), f.intIn(f.required(r, p, "halfHour"),
                    JsonFields.child(p, "halfHour"), 0, HalfHours.PER_DAY - 1), named(f, r, p, "rule", RelaxedRule.class)));
        }
        String gp = JsonFields.child(path, "groups");
        JsonNode groups = f.list(f.required(node, path, "groups"), gp, Limits.MAX_GROUPS_PER_REGION);
        if (groups.isEmpty()) {
            throw f.error(gp, "must list at least one group");
        }
        List<GroupSchedule> list = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int g = 0; g < groups.size(); g++) {
            GroupSchedule s = group(f, groups.get(g), JsonFields.index(gp, g));
            Integer first = seen.putIfAbsent(s.group(), g);
            if (first != null) {
                throw f.error(JsonFields.child(JsonFields.index(gp, g), "group"), "\"" + s.group()
                        + "\" is listed twice (first as " + JsonFields.index(gp, first) + ")");
            }
            list.add(s);
        }
        return new RegionSchedule(region, date, method, quota, list, status, relaxations, 0, unknown, critical);
    }

    private static GroupSchedule group(JsonFields f, JsonNode node, String path) {
        f.object(node, path, List.of("group", "hoursOff", "loadMw", "outages"));
        String name = f.text(f.required(node, path, "group"), JsonFields.child(path, "group"));
        double[] load = halfHours(f, f.required(node, path, "loadMw"), JsonFields.child(path, "loadMw"));
        boolean[] off = new boolean[HalfHours.PER_DAY];
        boolean[] possible = new boolean[HalfHours.PER_DAY];
        String op = JsonFields.child(path, "outages");
        JsonNode outages = f.list(f.required(node, path, "outages"), op, HalfHours.PER_DAY);
        for (int i = 0; i < outages.size(); i++) {
            String p = JsonFields.index(op, i);
            JsonNode o = f.object(outages.get(i), p, List.of("start", "end", "type"));
            int start = minute(f, f.required(o, p, "start"), JsonFields.child(p, "start"));
            int end = minute(f, f.required(o, p, "end"), JsonFields.child(p, "end"));
            if (end <= start) {
                throw f.error(JsonFields.child(p, "end"), "must be after start " + start + ", got " + end);
            }
            OutageType type = named(f, o, p, "type", OutageType.class);
            for (int h = start / HalfHours.MINUTES; h < end / HalfHours.MINUTES; h++) {
                if (off[h] || possible[h]) {
                    throw f.error(p, "overlaps another outage of group " + name + " at minute " + h * HalfHours.MINUTES);
                }
                (type == OutageType.DEFINITE ? off : possible)[h] = true;
            }
        }
        double hours = f.numberIn(f.required(node, path, "hoursOff"), JsonFields.child(path, "hoursOff"), 0,
                HalfHours.PER_DAY * HalfHours.HOURS);
        GroupSchedule g = new GroupSchedule(name, load, off, possible);
        if (Math.abs(hours - g.hoursOff()) > 1e-9) {
            throw f.error(JsonFields.child(path, "hoursOff"), "is " + hours + " but the definite outages last "
                    + g.hoursOff() + " hours");
        }
        return g;
    }

    private static int minute(JsonFields f, JsonNode node, String path) {
        int m = f.intIn(node, path, 0, HalfHours.MINUTES_PER_DAY);
        if (m % HalfHours.MINUTES != 0) {
            throw f.error(path, "must be a minute from local midnight, a multiple of " + HalfHours.MINUTES
                    + " in [0, " + HalfHours.MINUTES_PER_DAY + "], got " + m);
        }
        return m;
    }

    private static double[] halfHours(JsonFields f, JsonNode node, String path) {
        JsonNode list = f.list(node, path, HalfHours.PER_DAY);
        if (list.size() != HalfHours.PER_DAY) {
            throw f.error(path, "must be a list of " + HalfHours.PER_DAY + " numbers (MW), got " + list.size());
        }
        double[] v = new double[HalfHours.PER_DAY];
        for (int h = 0; h < v.length; h++) {
            v[h] = f.numberIn(list.get(h), JsonFields.index(path, h), 0, Limits.MAX_POWER_MW);
        }
        return v;
    }

    private static <E extends Enum<E>> E named(JsonFields f, JsonNode node, String path, String name, Class<E> type) {
        String p = JsonFields.child(path, name);
        String text = f.text(f.required(node, path, name), p);
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(text)) {
                return e;
            }
        }
        throw f.error(p, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", got \"" + text + "\"");
    }
}
