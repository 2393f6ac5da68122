package org.fairshed.rota;

import java.time.LocalDate;
import java.util.List;
import org.fairshed.rota.groups.RegionGroups;
import org.fairshed.rota.plan.RegionDay;

/**
 * One region-day to schedule.
 *
 * @param region          region name
 * @param date            local day
 * @param groups          group names, in published (and rotation) order
 * @param quotaMw         MW to switch off in each of the 48 half-hours
 * @param loadMw          [group][half-hour] load of each group (MW)
 * @param ledgerHours     per group, hours off over the previous 6 days (the rolling week without today)
 * @param tail            [group][k] off-state of the last half-hours of the day before (oldest first; may be empty):
 *                        outages and rest periods running over midnight are then counted
 * @param previousOff     [group][half-hour] the published schedule when re-planning, else null
 * @param frozenHalfHours half-hours 0 … frozenHalfHours − 1 keep {@code previousOff} (0 without a previous schedule)
 */
public record RotaProblem(String region, LocalDate date, List<String> groups, double[] quotaMw, double[][] loadMw,
                          double[] ledgerHours, boolean[][] tail, boolean[][] previousOff, int frozenHalfHours) {

    public RotaProblem {
        int n = groups.size();
        if (n == 0) {
            throw new IllegalArgumentException("region " + region + ": no groups");
        }
        if (quotaMw.length != HalfHours.PER_DAY || loadMw.length != n || ledgerHours.length != n || tail.length != n) {
            throw new IllegalArgumentException("region " + region + " on " + date + ": quota needs " + HalfHours.PER_DAY
                    + " values and load, ledger and tail one row per group (" + n + ")");
        }
        for (double[] row : loadMw) {
            if (row.length != HalfHours.PER_DAY) {
                throw new IllegalArgumentException("region " + region + ": a load row needs " + HalfHours.PER_DAY + " values");
            }
        }
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            if (!(quotaMw[h] >= 0) || Double.isInfinite(quotaMw[h])) {
                throw new IllegalArgumentException("region " + region + ", half-hour " + h + ": quota must be finite and >= 0, got "
                        + quotaMw[h]);
            }
            for (int g = 0; g < n; g++) {
                if (!(loadMw[g][h] >= 0) || Double.isInfinite(loadMw[g][h])) {
                    throw new IllegalArgumentException("region " + region + ", group " + groups.get(g) + ", half-hour " + h
                            + ": load must be finite and >= 0, got " + loadMw[g][h]);
                }
            }
        }
        if (previousOff == null && frozenHalfHours != 0) {
            throw new IllegalArgumentException("region " + region + ": frozenHalfHours without a previous schedule");
        }
        if (previousOff != null && previousOff.length != n) {
            throw new IllegalArgumentException("region " + region + ": the previous schedule needs one row per group");
        }
        if (frozenHalfHours < 0 || frozenHalfHours > HalfHours.PER_DAY) {
            throw new IllegalArgumentException("frozenHalfHours must be in [0, 48], got " + frozenHalfHours);
        }
        groups = List.copyOf(groups);
        quotaMw = quotaMw.clone();
        loadMw = Arrays2.copy(loadMw);
        ledgerHours = ledgerHours.clone();
        tail = Arrays2.copy(tail);
        previousOff = previousOff == null ? null : Arrays2.copy(previousOff);
    }

    /** A fresh day (no previous schedule, nothing before midnight) with group loads = share × the region's load. */
    public static RotaProblem of(RegionDay day, RegionGroups groups, double[] ledgerHours) {
        int n = groups.size();
        double[][] load = new double[n][HalfHours.PER_DAY];
        for (int g = 0; g < n; g++) {
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                load[g][h] = groups.groups().get(g).share() * day.loadMw(h);
            }
        }
        return new RotaProblem(day.region(), day.date(), groups.names(), day.quotaMw(), load, ledgerHours,
                new boolean[n][0], null, 0);
    }

    public RotaProblem withTail(boolean[][] value) {
        return new RotaProblem(region, date, groups, quotaMw, loadMw, ledgerHours, value, previousOff, frozenHalfHours);
    }

    public RotaProblem withPrevious(boolean[][] previous, int frozen) {
        return new RotaProblem(region, date, groups, quotaMw, loadMw, ledgerHours, tail, previous, frozen);
    }

    /** [group][half-hour] with the frozen half-hours as published and every other cell on: where a method starts. */
    public boolean[][] frozenCells() {
        boolean[][] x = new boolean[groups.size()][HalfHours.PER_DAY];
        for (int g = 0; g < x.length; g++) {
            for (int h = 0; h < frozenHalfHours; h++) {
                x[g][h] = previousOff[g][h];
            }
        }
        return x;
    }

    public int groupCount() {
        return groups.size();
    }

    public double quotaAt(int h) {
        return quotaMw[h];
    }

    public double loadAt(int g, int h) {
        return loadMw[g][h];
    }

    /** Σ of all groups' load in half-hour h. */
    public double totalLoadAt(int h) {
        double s = 0;
        for (double[] row : loadMw) {
            s += row[h];
        }
        return s;
    }

    /** The region's load divided by the number of groups: what "one more group" means. */
    public double groupEquivalentAt(int h) {
        return totalLoadAt(h) / groups.size();
    }

    @Override
    public double[] quotaMw() {
        return quotaMw.clone();
    }

    @Override
    public double[][] loadMw() {
        return Arrays2.copy(loadMw);
    }

    @Override
    public double[] ledgerHours() {
        return ledgerHours.clone();
    }

    @Override
    public boolean[][] tail() {
        return Arrays2.copy(tail);
    }

    @Override
    public boolean[][] previousOff() {
        return previousOff == null ? null : Arrays2.copy(previousOff);
    }
}
