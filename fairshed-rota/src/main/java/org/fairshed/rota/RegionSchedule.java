package org.fairshed.rota;

import java.time.LocalDate;
import java.util.List;

/**
 * One region's day as scheduled by a method.
 *
 * @param region       region name
 * @param date         local day
 * @param method       the method's name ({@code optimal}, {@code queues}, {@code stage-table})
 * @param quotaMw      MW to switch off per half-hour
 * @param groups       per group: load, off and possible half-hours
 * @param status       outcome
 * @param relaxations  where a rule gave way (empty when none)
 * @param solveSeconds wall time spent on this region-day
 */
public record RegionSchedule(String region, LocalDate date, String method, double[] quotaMw, List<GroupSchedule> groups,
                             RotaStatus status, List<Relaxation> relaxations, double solveSeconds) {

    public RegionSchedule {
        if (quotaMw.length != HalfHours.PER_DAY) {
            throw new IllegalArgumentException("region " + region + ": quota needs " + HalfHours.PER_DAY + " values");
        }
        quotaMw = quotaMw.clone();
        groups = List.copyOf(groups);
        relaxations = List.copyOf(relaxations);
    }

    @Override
    public double[] quotaMw() {
        return quotaMw.clone();
    }

    public double quotaAt(int h) {
        return quotaMw[h];
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
