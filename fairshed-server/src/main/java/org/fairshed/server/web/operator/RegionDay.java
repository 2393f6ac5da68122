package org.fairshed.server.web.operator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.store.model.DayFigures;
import org.fairshed.store.model.GroupDay;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.Interval;
import org.fairshed.store.model.Outage;
import org.fairshed.store.model.OutageKind;
import org.fairshed.store.model.RevisionContent;
import org.fairshed.store.model.RevisionDraft;

/**
 * One region's day as the dashboard draws it, per half-hour (48): the load (the sum of its groups' loads), the shed
 * quota and the critical load shed of the slot holding the half-hour, the slot's status, and each group's state
 * ({@link #ON}, {@link #OFF}, {@link #MAYBE}) — from a published revision or from a draft alike.
 */
record RegionDay(String region, LocalDate day, double[] loadMw, double[] shedMw, double[] criticalMw, String[] status,
                 Map<String, int[]> groups) {

    static final int HALF_HOURS = 48;
    static final int ON = 0;
    static final int OFF = 1;
    static final int MAYBE = 2;

    /** The share of the load shed over the day (MWh shed / MWh load), 0 for a day without load. */
    double shareShed() {
        double load = 0;
        double shed = 0;
        for (int h = 0; h < HALF_HOURS; h++) {
            load += loadMw[h];
            shed += Math.min(shedMw[h], loadMw[h]);
        }
        return load <= 0 ? 0 : shed / load;
    }

    /** The days of a published revision. */
    static List<RegionDay> of(RevisionContent c) {
        List<RegionDay> out = new ArrayList<>();
        for (DayFigures f : c.days()) {
            Map<String, int[]> groups = new LinkedHashMap<>();
            double[] load = new double[HALF_HOURS];
            for (GroupSchedule g : c.groups()) {
                if (!g.day().equals(f.day())) {
                    continue;
                }
                int[] s = new int[HALF_HOURS];
                for (Outage o : g.outages()) {
                    mark(s, o.startMinute(), o.endMinute(), o.kind() == OutageKind.DEFINITE ? OFF : MAYBE);
                }
                groups.put(g.group(), s);
                add(load, g.loadMw());
            }
            out.add(new RegionDay(c.revision().region(), f.day(), load, spread(f.quotaMw()), spread(f.criticalShedMw()),
                    spreadText(f.slotStatus()), groups));
        }
        return out;
    }

    /** The days of one region of a draft (the flow's revision draft, as its publish would store it). */
    static List<RegionDay> of(RevisionDraft draft) {
        List<RegionDay> out = new ArrayList<>();
        for (DayFigures f : draft.days()) {
            Map<String, int[]> groups = new LinkedHashMap<>();
            double[] load = new double[HALF_HOURS];
            for (GroupDay g : draft.groups()) {
                if (!g.day().equals(f.day())) {
                    continue;
                }
                int[] s = new int[HALF_HOURS];
                for (Interval i : g.possible()) {
                    mark(s, i.start(), i.end(), MAYBE);
                }
                for (Interval i : g.definite()) {
                    mark(s, i.start(), i.end(), OFF);
                }
                groups.put(g.group(), s);
                add(load, g.loadMw());
            }
            out.add(new RegionDay(draft.region(), f.day(), load, spread(f.quotaMw()), spread(f.criticalShedMw()),
                    spreadText(f.slotStatus()), groups));
        }
        return out;
    }

    /** The sum of several regions' days (the national view); groups are not summed. */
    static RegionDay sum(String name, LocalDate day, List<RegionDay> days) {
        double[] load = new double[HALF_HOURS];
        double[] shed = new double[HALF_HOURS];
        double[] critical = new double[HALF_HOURS];
        String[] status = new String[HALF_HOURS];
        for (RegionDay d : days) {
            for (int h = 0; h < HALF_HOURS; h++) {
                load[h] += d.loadMw[h];
                shed[h] += d.shedMw[h];
                critical[h] += d.criticalMw[h];
                status[h] = worse(status[h], d.status[h]);
            }
        }
        return new RegionDay(name, day, load, shed, critical, status, Map.of());
    }

    private static String worse(String a, String b) {
        if (a == null || "OPTIMAL".equals(a)) {
            return b;
        }
        return a;
    }

    /** A half-hour is in the state of the worst outage touching it (as on the public bar). */
    private static void mark(int[] s, int start, int end, int state) {
        for (int h = Math.max(0, start / 30); h < HALF_HOURS && h * 30 < end; h++) {
            if (state == OFF || s[h] == ON) {
                s[h] = state;
            }
        }
    }

    private static void add(double[] into, List<Double> values) {
        double[] v = spread(values);
        for (int h = 0; h < HALF_HOURS; h++) {
            into[h] += v[h];
        }
    }

    /** A day's slot values (24 hourly or 48 half-hourly) per half-hour. */
    static double[] spread(List<Double> slots) {
        double[] out = new double[HALF_HOURS];
        int n = slots.size();
        for (int h = 0; n > 0 && h < HALF_HOURS; h++) {
            Double v = slots.get(Math.min(n - 1, h * n / HALF_HOURS));
            out[h] = v == null ? 0 : v;
        }
        return out;
    }

    private static String[] spreadText(List<String> slots) {
        String[] out = new String[HALF_HOURS];
        int n = slots.size();
        for (int h = 0; h < HALF_HOURS; h++) {
            out[h] = n == 0 ? "" : slots.get(Math.min(n - 1, h * n / HALF_HOURS));
        }
        return out;
    }
}
