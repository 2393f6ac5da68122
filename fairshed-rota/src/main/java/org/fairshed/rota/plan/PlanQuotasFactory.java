package org.fairshed.rota.plan;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.fairshed.common.InputException;
import org.fairshed.common.Limits;
import org.fairshed.common.json.JsonFields;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RotaParameters;

/**
 * Checks a plan ({@link PlanSlots}) and maps its slots to the rota's half-hours: a 60-minute slot gives the same quota
 * to both halves, a 30-minute slot maps 1:1; days are local days from {@code start}. The quota of a half-hour is the
 * region's {@code nonCriticalShedMw} in the slot containing it, its critical shed the region's {@code criticalShedMw};
 * the half-hours of an unusable slot are unknown, whatever figures the slot carries. Every error is an
 * {@link InputException} naming the plan's source and the field path as in PLAN.json.
 */
public final class PlanQuotasFactory {

    /** Statuses of a slot whose shed may be scheduled (docs/plan-format.md). */
    public static final Set<String> USABLE_STATUSES = Set.of("OPTIMAL", "DEGRADED", "CRITICAL_SHED");
    /** Every slot status of plan format 2. */
    public static final List<String> STATUSES = List.of("OPTIMAL", "DEGRADED", "CRITICAL_SHED", "INFEASIBLE",
            "TIME_LIMIT", "ERROR", "CANCELLED");

    private PlanQuotasFactory() {
    }

    /** The rota's input from a plan; an {@link InputException} for anything the plan may not say. */
    public static PlanQuotas of(PlanSlots plan) {
        String source = plan.source();
        List<String> regions = regions(plan.regions(), source);
        if (plan.slotMinutes() != 30 && plan.slotMinutes() != 60) {
            throw InputException.atField(source, "slotMinutes", "must be 30 or 60 for the rota's half-hours, got "
                    + plan.slotMinutes());
        }
        LocalDateTime start = plan.start();
        if (start == null || start.getMinute() % HalfHours.MINUTES != 0 || start.getSecond() != 0 || start.getNano() != 0) {
            throw InputException.atField(source, "start", "must be a local date-time on a half-hour, got " + start);
        }
        if (plan.slots().isEmpty() || plan.slots().size() > Limits.MAX_SLOTS) {
            throw InputException.atField(source, "slots", "has " + plan.slots().size() + " slots; a plan the rota reads "
                    + "has 1 to " + Limits.MAX_SLOTS + " (a week of half-hours)");
        }
        Map<LocalDate, Day[]> byDate = new TreeMap<>();
        List<UnusableSlot> unusable = new ArrayList<>();
        int halves = plan.slotMinutes() / HalfHours.MINUTES;
        for (int i = 0; i < plan.slots().size(); i++) {
            PlanSlot slot = plan.slots().get(i);
            String path = JsonFields.index("slots", i);
            LocalDateTime slotStart = start.plusMinutes((long) i * plan.slotMinutes());
            checkSlot(slot, i, slotStart, path, source);
            Map<String, SlotShed> shed = checkRegions(slot, regions, path, source);
            if (!slot.usable()) {
                unusable.add(new UnusableSlot(i, slotStart, slotStart.plusMinutes(plan.slotMinutes()), slot.status()));
            }
            for (int half = 0; half < halves; half++) {
                LocalDateTime t = slotStart.plusMinutes((long) half * HalfHours.MINUTES);
                int h = (t.getHour() * 60 + t.getMinute()) / HalfHours.MINUTES;
                Day[] day = byDate.computeIfAbsent(t.toLocalDate(), d -> newDays(regions.size()));
                for (int r = 0; r < regions.size(); r++) {
                    day[r].set(h, slot.usable(), shed.get(regions.get(r)));
                }
            }
        }
        List<RegionDay> days = new ArrayList<>();
        for (Map.Entry<LocalDate, Day[]> e : byDate.entrySet()) {
            for (int r = 0; r < regions.size(); r++) {
                days.add(e.getValue()[r].toRegionDay(e.getKey(), regions.get(r)));
            }
        }
        return new PlanQuotas(source, plan.runId(), regions, new ArrayList<>(byDate.keySet()), days, unusable);
    }

    private static List<String> regions(List<String> regions, String source) {
        if (regions.isEmpty() || regions.size() > Limits.MAX_REGIONS) {
            throw InputException.atField(source, "regions", "must list 1 to " + Limits.MAX_REGIONS
                    + " region names, got " + regions.size());
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int r = 0; r < regions.size(); r++) {
            String name = regions.get(r);
            if (name == null || name.isBlank()) {
                throw InputException.atField(source, JsonFields.index("regions", r), "must be a non-empty name");
            }
            Integer first = seen.putIfAbsent(name, r);
            if (first != null) {
                throw InputException.atField(source, JsonFields.index("regions", r), "\"" + name + "\" is listed "
                        + "twice (first as regions[" + first + "])");
            }
        }
        return regions;
    }

    private static void checkSlot(PlanSlot slot, int i, LocalDateTime expectedStart, String path, String source) {
        if (slot.index() != i) {
            throw InputException.atField(source, JsonFields.child(path, "slot"), "is " + slot.index() + "; slots must "
                    + "be numbered 0, 1, 2, ... in order, so this one must be " + i);
        }
        if (slot.start() != null && !slot.start().equals(expectedStart)) {
            throw InputException.atField(source, JsonFields.child(path, "start"), "is " + slot.start() + "; slot " + i
                    + " of a plan starting at the plan's start must start at " + expectedStart);
        }
        if (slot.status() == null || !STATUSES.contains(slot.status())) {
            throw InputException.atField(source, JsonFields.child(path, "status"), "must be one of "
                    + String.join(", ", STATUSES) + ", got " + slot.status());
        }
        if (slot.usable() != USABLE_STATUSES.contains(slot.status())) {
            throw InputException.atField(source, JsonFields.child(path, "usable"), "is " + slot.usable()
                    + " for a slot of status " + slot.status() + "; usable means status "
                    + String.join(", ", USABLE_STATUSES.stream().sorted().toList()));
        }
    }

    /** The slot's regions, exactly the plan's: one missing or one more is an error. */
    private static Map<String, SlotShed> checkRegions(PlanSlot slot, List<String> regions, String path, String source) {
        String shedPath = JsonFields.child(path, "regionShed");
        Set<String> known = new HashSet<>(regions);
        for (String name : slot.regions().keySet()) {
            if (!known.contains(name)) {
                throw InputException.atField(source, JsonFields.key(shedPath, name), "is not in \"regions\": every "
                        + "region a slot sheds must be listed there" + JsonFields.hint(name, regions));
            }
        }
        for (String name : regions) {
            SlotShed shed = slot.regions().get(name);
            String rp = JsonFields.key(shedPath, name);
            if (shed == null) {
                throw InputException.atField(source, rp, "is missing: every slot must list every region of "
                        + "\"regions\"");
            }
            double load = power(shed.nonCriticalLoadMw(), JsonFields.child(rp, "nonCriticalLoadMw"), source);
            double criticalLoad = power(shed.criticalLoadMw(), JsonFields.child(rp, "criticalLoadMw"), source);
            shedWithin(shed.nonCriticalShedMw(), load, slot.usable(), JsonFields.child(rp, "nonCriticalShedMw"),
                    "non-critical load", source);
            shedWithin(shed.criticalShedMw(), criticalLoad, slot.usable(), JsonFields.child(rp, "criticalShedMw"),
                    "critical load", source);
        }
        return slot.regions();
    }

    private static double power(double v, String path, String source) {
        if (!(v >= 0 && v <= Limits.MAX_POWER_MW)) {
            throw InputException.atField(source, path, "must be a power in [0, " + (long) Limits.MAX_POWER_MW
                    + "] MW, got " + v);
        }
        return v;
    }

    /** A shed: known in a usable slot, null or a power within its load otherwise. */
    private static void shedWithin(Double shed, double load, boolean usable, String path, String what, String source) {
        if (shed == null) {
            if (usable) {
                throw InputException.atField(source, path, "is null (unknown) in a usable slot; a slot whose shed is "
                        + "unknown must not be usable");
            }
            return;
        }
        power(shed, path, source);
        if (shed > load + RotaParameters.COVER_TOLERANCE_MW) {
            throw InputException.atField(source, path, "is " + shed + " MW, more than the region's " + what + " "
                    + load + " MW");
        }
    }

    private static Day[] newDays(int regions) {
        Day[] days = new Day[regions];
        for (int r = 0; r < regions; r++) {
            days[r] = new Day();
        }
        return days;
    }

    /** One region's day as it fills up, half-hour by half-hour. */
    private static final class Day {
        private final double[] quota = new double[HalfHours.PER_DAY];
        private final double[] load = new double[HalfHours.PER_DAY];
        private final double[] critical = new double[HalfHours.PER_DAY];
        private final boolean[] planned = new boolean[HalfHours.PER_DAY];
        private final boolean[] unknown = new boolean[HalfHours.PER_DAY];

        void set(int h, boolean usable, SlotShed shed) {
            load[h] = shed.nonCriticalLoadMw();
            planned[h] = usable;
            unknown[h] = !usable;
            quota[h] = usable ? shed.nonCriticalShedMw() : 0;
            critical[h] = usable ? shed.criticalShedMw() : 0;
        }

        RegionDay toRegionDay(LocalDate date, String region) {
            return new RegionDay(date, region, quota, load, planned, unknown, critical);
        }
    }
}
