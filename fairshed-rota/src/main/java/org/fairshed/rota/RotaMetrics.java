package org.fairshed.rota;

import java.time.LocalDate;
import java.util.List;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.rota.model.OverShedWindows;
import org.fairshed.rota.model.RegionDayModel;

/**
 * What a method's schedules cost, comparable across methods.
 *
 * @param overShedMwh        Σ over region-days and half-hours of (switched-off load − quota) where positive × 0.5 h
 * @param underShedMwh       Σ of (quota − switched-off load) where above {@link RotaParameters#COVER_TOLERANCE_MW}; must be 0
 * @param dayHoursMin        least hours off of any group on any region-day
 * @param dayHoursMax        most hours off of any group on any region-day
 * @param dayHoursSpread     largest (max − min) of hours off between the groups of one region on one day
 * @param weekHoursMin       least hours off of any group over the ledger's week ending with the last day
 * @param weekHoursMax       most hours off of any group over that week
 * @param weekHoursSpread    largest (max − min) between the groups of one region over that week
 * @param jain               lowest Jain index, over regions, of the groups' hours off over that week (1 = all equal)
 * @param switchingEvents    number of outages (each is one switch-off and one switch-on)
 * @param ruleBreaks         max-off / min-on instances that gave way
 * @param changesVsPrevious  cells (group × half-hour) that differ from the published schedule (0 without a re-plan)
 * @param overShedFloorMwh   the least over-shed whole groups allow, half-hour by half-hour with the rules ignored (to
 *                           1 kW per group): no method can go below it, so over-shed minus this is the most any method
 *                           could still save
 * @param ignoredQuotaMwh    quota energy below {@link RotaParameters#minQuotaMw()} per half-hour, set to 0 as the
 *                           planner's numerical noise (0 when none)
 */
public record RotaMetrics(double overShedMwh, double underShedMwh, double dayHoursMin, double dayHoursMax,
                          double dayHoursSpread, double weekHoursMin, double weekHoursMax, double weekHoursSpread,
                          double jain, int switchingEvents, int ruleBreaks, int changesVsPrevious,
                          double overShedFloorMwh, double ignoredQuotaMwh) {

    public static RotaMetrics of(List<RegionSchedule> schedules, Ledger ledger, Replan replan) {
        double over = 0;
        double under = 0;
        double dayMin = Double.POSITIVE_INFINITY;
        double dayMax = 0;
        double daySpread = 0;
        int switchings = 0;
        int breaks = 0;
        int changes = 0;
        LocalDate last = null;
        double floor = 0;
        for (RegionSchedule s : schedules) {
            floor += floorMwh(s);
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                double margin = s.offLoadAt(h) - s.quotaAt(h);
                over += Math.max(0, margin) * HalfHours.HOURS;
                under += margin < -RotaParameters.COVER_TOLERANCE_MW ? -margin * HalfHours.HOURS : 0;
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            for (GroupSchedule g : s.groups()) {
                lo = Math.min(lo, g.hoursOff());
                hi = Math.max(hi, g.hoursOff());
                switchings += g.outageCount();
            }
            dayMin = Math.min(dayMin, lo);
            dayMax = Math.max(dayMax, hi);
            daySpread = Math.max(daySpread, hi - lo);
            breaks += (int) s.relaxations().stream()
                    .filter(r -> r.rule() == RelaxedRule.MAX_OFF || r.rule() == RelaxedRule.MIN_ON).count();
            changes += changes(s, replan);
            last = last == null || s.date().isAfter(last) ? s.date() : last;
        }
        double weekMin = Double.POSITIVE_INFINITY;
        double weekMax = 0;
        double weekSpread = 0;
        double jain = 1;
        for (RegionSchedule s : schedules) {
            if (!s.date().equals(last)) {
                continue;
            }
            double[] week = new double[s.groups().size()];
            for (int g = 0; g < week.length; g++) {
                week[g] = ledger.hoursInWindow(s.region(), s.groups().get(g).group(), last);
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            for (double w : week) {
                lo = Math.min(lo, w);
                hi = Math.max(hi, w);
            }
            weekMin = Math.min(weekMin, lo);
            weekMax = Math.max(weekMax, hi);
            weekSpread = Math.max(weekSpread, hi - lo);
            jain = Math.min(jain, jain(week));
        }
        return new RotaMetrics(over, under, finite(dayMin), dayMax, daySpread, finite(weekMin), weekMax, weekSpread, jain,
                switchings, breaks, changes, floor, 0);
    }

    /** These metrics with the quota energy the run set aside as noise. */
    public RotaMetrics withIgnoredQuotaMwh(double value) {
        return new RotaMetrics(overShedMwh, underShedMwh, dayHoursMin, dayHoursMax, dayHoursSpread, weekHoursMin,
                weekHoursMax, weekHoursSpread, jain, switchingEvents, ruleBreaks, changesVsPrevious, overShedFloorMwh, value);
    }

    /** {@link OverShedWindows#floorKw} of one region-day, in MWh. */
    private static double floorMwh(RegionSchedule s) {
        long[][] loadKw = new long[s.groups().size()][HalfHours.PER_DAY];
        long[] quotaKw = new long[HalfHours.PER_DAY];
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            for (int g = 0; g < loadKw.length; g++) {
                loadKw[g][h] = Math.round(s.groups().get(g).loadAt(h) * RegionDayModel.KW_PER_MW);
            }
            quotaKw[h] = Math.round(s.quotaAt(h) * RegionDayModel.KW_PER_MW);
        }
        return OverShedWindows.floorKw(loadKw, quotaKw) / RegionDayModel.KW_PER_MW * HalfHours.HOURS;
    }

    /** (Σx)² / (n Σx²); 1 when all equal or all zero. */
    public static double jain(double[] x) {
        double s = 0;
        double q = 0;
        for (double v : x) {
            s += v;
            q += v * v;
        }
        return q == 0 ? 1 : s * s / (x.length * q);
    }

    private static int changes(RegionSchedule s, Replan replan) {
        RegionSchedule published = replan == null ? null : replan.find(s.region(), s.date());
        if (published == null) {
            return 0;
        }
        List<String> names = s.groups().stream().map(GroupSchedule::group).toList();
        boolean[][] before = Replan.offMatrix(published, names);
        int n = 0;
        for (int g = 0; g < names.size(); g++) {
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                n += before[g][h] != s.groups().get(g).isOff(h) ? 1 : 0;
            }
        }
        return n;
    }

    private static double finite(double v) {
        return Double.isFinite(v) ? v : 0;
    }
}
