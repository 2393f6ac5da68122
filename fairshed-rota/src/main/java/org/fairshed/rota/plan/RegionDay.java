package org.fairshed.rota.plan;

import java.time.LocalDate;
import java.util.Arrays;
import org.fairshed.rota.HalfHours;

/**
 * What the plan asks of one region on one local day, per half-hour.
 *
 * @param date              the local day
 * @param region            the region name
 * @param quotaMw           MW to switch off in each of the 48 half-hours (the plan's non-critical shed; 0 where not
 *                          planned or unknown)
 * @param nonCriticalLoadMw the region's non-critical load in each half-hour (a group's load = share × this)
 * @param planned           half-hours a usable slot of the plan covers
 * @param unknown           half-hours an unusable slot covers: the plan's shed there is unknown, nothing is scheduled
 * @param criticalShedMw    critical load the plan sheds in each half-hour (MW; 0 where not planned): load no group
 *                          schedule can cover, since critical feeders are never switched
 */
public record RegionDay(LocalDate date, String region, double[] quotaMw, double[] nonCriticalLoadMw, boolean[] planned,
                        boolean[] unknown, double[] criticalShedMw) {

    public RegionDay {
        if (quotaMw.length != HalfHours.PER_DAY || nonCriticalLoadMw.length != HalfHours.PER_DAY
                || planned.length != HalfHours.PER_DAY || unknown.length != HalfHours.PER_DAY
                || criticalShedMw.length != HalfHours.PER_DAY) {
            throw new IllegalArgumentException("region " + region + " on " + date + ": need " + HalfHours.PER_DAY
                    + " half-hour values");
        }
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            if (!finiteNonNegative(quotaMw[h]) || !finiteNonNegative(nonCriticalLoadMw[h])
                    || !finiteNonNegative(criticalShedMw[h])) {
                throw new IllegalArgumentException("region " + region + " on " + date + ", half-hour " + h
                        + ": quota, load and critical shed must be finite and >= 0");
            }
            if (planned[h] && unknown[h]) {
                throw new IllegalArgumentException("region " + region + " on " + date + ", half-hour " + h
                        + ": planned and unknown at once");
            }
        }
        quotaMw = quotaMw.clone();
        nonCriticalLoadMw = nonCriticalLoadMw.clone();
        planned = planned.clone();
        unknown = unknown.clone();
        criticalShedMw = criticalShedMw.clone();
    }

    /** A fully planned day without critical shed. */
    public static RegionDay of(LocalDate date, String region, double[] quotaMw, double[] nonCriticalLoadMw) {
        boolean[] all = new boolean[HalfHours.PER_DAY];
        Arrays.fill(all, true);
        return new RegionDay(date, region, quotaMw, nonCriticalLoadMw, all, new boolean[HalfHours.PER_DAY],
                new double[HalfHours.PER_DAY]);
    }

    private static boolean finiteNonNegative(double v) {
        return v >= 0 && v < Double.POSITIVE_INFINITY;
    }

    @Override
    public double[] quotaMw() {
        return quotaMw.clone();
    }

    @Override
    public double[] nonCriticalLoadMw() {
        return nonCriticalLoadMw.clone();
    }

    @Override
    public boolean[] planned() {
        return planned.clone();
    }

    @Override
    public boolean[] unknown() {
        return unknown.clone();
    }

    @Override
    public double[] criticalShedMw() {
        return criticalShedMw.clone();
    }

    /** This day with every quota below {@code minQuotaMw} set to 0 (the planner's numerical noise, see RotaParameters). */
    public RegionDay withoutQuotasBelow(double minQuotaMw) {
        double[] q = quotaMw.clone();
        for (int h = 0; h < q.length; h++) {
            q[h] = q[h] < minQuotaMw ? 0 : q[h];
        }
        return new RegionDay(date, region, q, nonCriticalLoadMw, planned, unknown, criticalShedMw);
    }

    /** MWh of the quotas below {@code minQuotaMw}. */
    public double quotaBelowMwh(double minQuotaMw) {
        double s = 0;
        for (double q : quotaMw) {
            s += q < minQuotaMw ? q * HalfHours.HOURS : 0;
        }
        return s;
    }

    /** MWh of all quotas of the day. */
    public double quotaMwh() {
        return HalfHours.energyMwh(quotaMw);
    }

    public double quotaMw(int halfHour) {
        return quotaMw[halfHour];
    }

    public double loadMw(int halfHour) {
        return nonCriticalLoadMw[halfHour];
    }
}
