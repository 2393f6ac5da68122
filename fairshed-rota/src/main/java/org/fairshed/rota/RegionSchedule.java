package org.fairshed.rota;

import java.time.LocalDate;
import java.util.List;

/**
 * One region's day as scheduled by a method.
 *
 * @param region         region name
 * @param date           local day
 * @param method         the method's name ({@code sweep}, {@code queues}, {@code stage-table})
 * @param quotaMw        MW to switch off per half-hour
 * @param groups         per group: load, off and possible half-hours
 * @param status         outcome
 * @param relaxations    where a rule gave way (empty when none)
 * @param solveSeconds   wall time spent on this region-day
 * @param unknown        half-hours whose shed the plan does not know (unusable slots): nothing is scheduled there
 * @param criticalShedMw critical load the plan sheds per half-hour (MW): load no group schedule covers, since
 *                       critical feeders are never switched
 */
public record RegionSchedule(String region, LocalDate date, String method, double[] quotaMw, List<GroupSchedule> groups,
                             RotaStatus status, List<Relaxation> relaxations, double solveSeconds, boolean[] unknown,
                             double[] criticalShedMw) {

    public RegionSchedule {
        if (quotaMw.length != HalfHours.PER_DAY || unknown.length != HalfHours.PER_DAY
                || criticalShedMw.length != HalfHours.PER_DAY) {
            throw new IllegalArgumentException("region " + region + ": quota, unknown and critical shed need "
                    + HalfHours.PER_DAY + " values");
        }
        quotaMw = quotaMw.clone();
        groups = List.copyOf(groups);
        relaxations = List.copyOf(relaxations);
        unknown = unknown.clone();
        criticalShedMw = criticalShedMw.clone();
    }

    /** A fully planned day without critical shed. */
    public RegionSchedule(String region, LocalDate date, String method, double[] quotaMw, List<GroupSchedule> groups,
                          RotaStatus status, List<Relaxation> relaxations, double solveSeconds) {
        this(region, date, method, quotaMw, groups, status, relaxations, solveSeconds, new boolean[HalfHours.PER_DAY],
                new double[HalfHours.PER_DAY]);
    }

    /**
     * This schedule with what the plan says beyond the quotas: the half-hours it does not know (the status becomes
     * {@link RotaStatus#INCOMPLETE} when there are any and the rest is covered) and its critical shed.
     */
    public RegionSchedule withPlan(boolean[] unknownHalfHours, double[] criticalShed) {
        boolean any = false;
        for (boolean u : unknownHalfHours) {
            any |= u;
        }
        RotaStatus s = any && status.isCovered() ? RotaStatus.INCOMPLETE : status;
        return new RegionSchedule(region, date, method, quotaMw, groups, s, relaxations, solveSeconds, unknownHalfHours,
                criticalShed);
    }

    @Override
    public double[] quotaMw() {
        return quotaMw.clone();
    }

    @Override
    public boolean[] unknown() {
        return unknown.clone();
    }

    @Override
    public double[] criticalShedMw() {
        return criticalShedMw.clone();
    }

    public double quotaAt(int h) {
        return quotaMw[h];
    }

    public boolean isUnknown(int h) {
        return unknown[h];
    }

    public double criticalShedAt(int h) {
        return criticalShedMw[h];
    }

    /** The quota over the day (MWh): the energy the schedule must switch off. */
    public double quotaMwh() {
        return HalfHours.energyMwh(quotaMw);
    }

    /** Critical load shed over the day (MWh). */
    public double criticalShedMwh() {
        return HalfHours.energyMwh(criticalShedMw);
    }

    /** Half-hours of the day whose shed is unknown. */
    public int unknownCount() {
        int n = 0;
        for (boolean u : unknown) {
            n += u ? 1 : 0;
        }
        return n;
    }

    /** Load switched off in half-hour h (MW). */
    public double offLoadAt(int h) {
        double s = 0;
        for (GroupSchedule g : groups) {
            s += g.isOff(h) ? g.loadAt(h) : 0;
        }
        return s;
    }

    /** [group][half-hour] off-states. */
    public boolean[][] offMatrix() {
        boolean[][] m = new boolean[groups.size()][];
        for (int g = 0; g < groups.size(); g++) {
            m[g] = groups.get(g).off();
        }
        return m;
    }
}
