package org.fairshed.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.RotaMetrics;
import org.fairshed.rota.RotaResult;
import org.fairshed.rota.RotaStatus;
import org.fairshed.rota.io.ScheduleGrid;
import org.fairshed.rota.plan.PlanQuotas;
import org.fairshed.rota.plan.RegionDay;

/** What {@code fairshed rota} and {@code fairshed demo} print of a rota: a region's grid and a method's totals. */
final class RotaReport {

    private RotaReport() {
    }

    /** The region with the most quota energy over the plan (first in plan order on a tie). */
    static String largestQuota(PlanQuotas plan) {
        String best = plan.regions().getFirst();
        double bestMwh = -1;
        for (String r : plan.regions()) {
            double mwh = quotaMwh(plan, r);
            if (mwh > bestMwh) {
                best = r;
                bestMwh = mwh;
            }
        }
        return best;
    }

    /** A region's quota energy over the plan (MWh): the non-critical load the plan has it shed. */
    static double quotaMwh(PlanQuotas plan, String region) {
        double mwh = 0;
        for (RegionDay d : plan.daysOf(region)) {
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                mwh += d.quotaMw(h) * HalfHours.HOURS;
            }
        }
        return mwh;
    }

    /**
     * The grid of every day of {@code region}, each line prefixed with {@code indent}; block characters, or ASCII when
     * stdout is not UTF-8.
     */
    static void printGrids(PrintWriter out, RotaResult result, String region, String indent) {
        boolean ascii = !"UTF-8".equalsIgnoreCase(System.getProperty("stdout.encoding", "UTF-8"));
        for (RegionSchedule s : result.schedules()) {
            if (s.region().equals(region)) {
                out.println();
                ScheduleGrid.render(s, ascii).lines().forEach(line -> out.println(indent + line));
            }
        }
    }

    /** Two lines: region-days covered, over- and under-shed, hours off per group and day, Jain, switchings, time. */
    static void printTotals(PrintWriter out, RotaResult result, String indent) {
        RotaMetrics m = result.metrics();
        long covered = result.schedules().stream().filter(s -> s.status().isCovered()).count();
        out.printf(Locale.ROOT, "%s%s: %d region-day(s), %d covered; over-shed %.2f MWh, under-shed %.2f MWh;%n"
                        + "%s  hours off per group and day %.1f ... %.1f; Jain %.3f; %d switching events; %.1f s%n",
                indent, result.method(), result.schedules().size(), covered, m.overShedMwh(), m.underShedMwh(), indent,
                m.dayHoursMin(), m.dayHoursMax(), m.jain(), m.switchingEvents(), result.solveSeconds());
        long relaxed = result.schedules().stream().filter(s -> s.status() == RotaStatus.RELAXED).count();
        if (relaxed > 0) {
            out.printf(Locale.ROOT, "%s  !!! max-off / min-on gave way %d time(s) in %d region-day(s): the deficit leaves no "
                    + "other way; each schedule's \"relaxations\" say where%n", indent, m.ruleBreaks(), relaxed);
        }
        if (m.ignoredQuotaMwh() > 0) {
            out.printf(Locale.ROOT, "%s  %.4f MWh of quotas below --min-quota per half-hour set aside as the plan's "
                    + "numerical noise (not switched)%n", indent, m.ignoredQuotaMwh());
        }
    }
}
