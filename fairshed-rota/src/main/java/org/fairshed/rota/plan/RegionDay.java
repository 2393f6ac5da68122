package org.fairshed.rota.plan;

import java.time.LocalDate;
import java.util.Arrays;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RotaParameters;

/**
 * What the plan asks of one region on one local day, per half-hour.
 *
 * @param date              the local day
 * @param region            the region name
 * @param quotaMw           MW to switch off in each of the 48 half-hours (the plan's non-critical shed; 0 where not planned)
 * @param nonCriticalLoadMw the region's non-critical load in each half-hour (a group's load = share × this)
 * @param planned           which half-hours the plan covers
 */
public record RegionDay(LocalDate date, String region, double[] quotaMw, double[] nonCriticalLoadMw, boolean[] planned) {

    public RegionDay {
        if (quotaMw.length != HalfHours.PER_DAY || nonCriticalLoadMw.length != HalfHours.PER_DAY
                || planned.length != HalfHours.PER_DAY) {
            throw new IllegalArgumentException("region " + region + " on " + date + ": need " + HalfHours.PER_DAY
                    + " half-hour values");
        }
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            if (!(quotaMw[h] >= 0) || !(nonCriticalLoadMw[h] >= 0)) {
                throw new IllegalArgumentException("region " + region + " on " + date + ", half-hour " + h
                        + ": quota and load must be finite and >= 0");
            }
        }
        quotaMw = quotaMw.clone();
        nonCriticalLoadMw = nonCriticalLoadMw.clone();
        planned = planned.clone();
    }

    /** A fully planned day. */
    public static RegionDay of(LocalDate date, String region, double[] quotaMw, double[] nonCriticalLoadMw) {
        boolean[] all = new boolean[HalfHours.PER_DAY];
        Arrays.fill(all, true);
        return new RegionDay(date, region, quotaMw, nonCriticalLoadMw, all);
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

    /** This day with every quota below {@code minQuotaMw} set to 0 (the planner's numerical noise, see RotaParameters). */
    public RegionDay withoutQuotasBelow(double minQuotaMw) {
        double[] q = quotaMw.clone();
        for (int h = 0; h < q.length; h++) {
            q[h] = q[h] < minQuotaMw ? 0 : q[h];
        }
        return new RegionDay(date, region, q, nonCriticalLoadMw, planned);
    }

    /** MWh of the quotas below {@code minQuotaMw}. */
    public double quotaBelowMwh(double minQuotaMw) {
        double s = 0;
        for (double q : quotaMw) {
            s += q < minQuotaMw ? q * HalfHours.HOURS : 0;
        }
        return s;
    }

    public double quotaMw(int halfHour) {
        return quotaMw[halfHour];
    }

    public double loadMw(int halfHour) {
        return nonCriticalLoadMw[halfHour];
    }
}
