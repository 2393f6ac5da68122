package org.fairshed.cli;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.fairshed.common.format.Numbers;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.RelaxedRule;
import org.fairshed.rota.RotaMetrics;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaResult;
import org.fairshed.rota.RotaStatus;
import org.fairshed.rota.io.ScheduleGrid;
import org.fairshed.rota.plan.PlanQuotas;
import org.fairshed.rota.plan.RegionDay;
import org.fairshed.rota.plan.UnusableSlot;
import org.fairshed.rota.sweep.SweepRota;

/** What {@code fairshed rota} and {@code fairshed demo} print of a rota: a region's grid and a method's totals. */
final class RotaReport {

    /** Region-days of critical shed listed one per line; the rest are counted. */
    static final int CRITICAL_LINES = 10;
    /** Set-aside quota energy above this share of the plan's is shouted: it is no longer noise. */
    static final double LOUD_IGNORED_SHARE = 0.01;

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

    /**
     * The totals of a method: region-days covered, over- and under-shed, hours off per group and day, Jain,
     * switchings, time, whether CP-SAT polished; then, each on a line starting with {@code !!!}, what the schedules
     * cannot do: slots of the plan whose shed is unknown, critical load the plan sheds (per region and day), rules
     * that gave way, a large share of quota set aside as noise.
     */
    static void printTotals(PrintWriter out, RotaResult result, PlanQuotas plan, RotaParameters params, String indent) {
        RotaMetrics m = result.metrics();
        long covered = result.schedules().stream().filter(s -> s.status().isCovered()).count();
        long incomplete = result.schedules().stream().filter(s -> s.status() == RotaStatus.INCOMPLETE).count();
        out.printf(Locale.ROOT, "%s%s: %d region-day(s), %d covered%s; over-shed %.2f MWh, under-shed %.2f MWh;%n"
                        + "%s  hours off per group and day %.1f ... %.1f; Jain %.3f; %d switching events; %.1f s%n",
                indent, result.method(), result.schedules().size(), covered,
                incomplete > 0 ? ", " + incomplete + " incomplete (the plan's shed unknown in some half-hours)" : "",
                m.overShedMwh(), m.underShedMwh(), indent, m.dayHoursMin(), m.dayHoursMax(), m.jain(),
                m.switchingEvents(), result.solveSeconds());
        if (result.method().equals(SweepRota.NAME)) {
            int days = result.schedules().size();
            out.printf(Locale.ROOT, "%s  CP-SAT polish: %s%n", indent, SweepRota.polishes(params, days)
                    ? "on (" + days + " region-day(s); it runs on at most " + SweepRota.largestPolishedRun(params) + ")"
                    : "off (" + days + " region-days; it runs on at most " + SweepRota.largestPolishedRun(params) + ")");
        }
        if (!result.unusableSlots().isEmpty()) {
            out.printf(Locale.ROOT, "%s  !!! the plan's shed is unknown in %s; those half-hours have no schedule (! in "
                    + "the grid, ? in the CSV, \"Outage schedule unknown\" in the .ics)%n", indent,
                    UnusableSlot.describe(result.unusableSlots(), plan.regions()));
        }
        printCriticalShed(out, result, indent);
        long under = result.schedules().stream().filter(s -> s.status() == RotaStatus.UNDER_COVER).count();
        if (under > 0) {
            out.printf(Locale.ROOT, "%s  !!! %d region-day(s) UNDER_COVER: %.2f MWh of quota not switched off (a quota "
                    + "above all switchable load, or a frozen half-hour); each schedule's \"relaxations\" say where%n",
                    indent, under, m.underShedMwh());
        }
        long relaxed = result.schedules().stream().filter(s -> s.relaxations().stream()
                .anyMatch(r -> r.rule() == RelaxedRule.MAX_OFF || r.rule() == RelaxedRule.MIN_ON)).count();
        if (m.ruleBreaks() > 0) {
            out.printf(Locale.ROOT, "%s  !!! max-off / min-on gave way %d time(s) in %d region-day(s): the deficit leaves no "
                    + "other way; each schedule's \"relaxations\" say where%n", indent, m.ruleBreaks(), relaxed);
        }
        double quotaMwh = m.ignoredQuotaMwh();
        for (RegionDay d : plan.days()) {
            quotaMwh += d.quotaMwh() - d.quotaBelowMwh(params.minQuotaMw());
        }
        if (m.ignoredQuotaMwh() > 0) {
            boolean loud = m.ignoredQuotaMwh() > LOUD_IGNORED_SHARE * quotaMwh;
            out.printf(Locale.ROOT, "%s  %s%.4f MWh of quotas below --min-quota %s MW per half-hour set aside as the plan's "
                    + "numerical noise (not switched)%s%n", indent, loud ? "!!! " : "", m.ignoredQuotaMwh(),
                    Numbers.plain(params.minQuotaMw(), Numbers.MW_DECIMALS), loud ? String.format(Locale.ROOT,
                    ": %.1f %% of the plan's quota energy", 100 * m.ignoredQuotaMwh() / quotaMwh) : "");
        }
    }

    /** Critical load the plan sheds, per region and day (the largest first), which no group schedule covers. */
    private static void printCriticalShed(PrintWriter out, RotaResult result, String indent) {
        List<RegionSchedule> critical = result.schedules().stream().filter(s -> s.criticalShedMwh() > 0)
                .sorted(Comparator.comparingDouble(RegionSchedule::criticalShedMwh).reversed()).toList();
        if (critical.isEmpty()) {
            return;
        }
        out.printf(Locale.ROOT, "%s  !!! the plan sheds critical load: %.2f MWh in %d region-day(s), load no group "
                + "schedule covers (critical feeders are never switched):%n", indent, result.criticalShedMwh(),
                critical.size());
        for (RegionSchedule s : critical.subList(0, Math.min(CRITICAL_LINES, critical.size()))) {
            int peak = 0;
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                peak = s.criticalShedAt(h) > s.criticalShedAt(peak) ? h : peak;
            }
            out.printf(Locale.ROOT, "%s  !!!   region %s on %s: %.2f MWh, peak %.2f MW at %02d:%02d%n", indent, s.region(),
                    s.date(), s.criticalShedMwh(), s.criticalShedAt(peak), peak / 2, peak % 2 * HalfHours.MINUTES);
        }
        if (critical.size() > CRITICAL_LINES) {
            out.printf(Locale.ROOT, "%s  !!!   ... and %d more region-day(s) (SCHEDULE.json: criticalShedMw)%n", indent,
                    critical.size() - CRITICAL_LINES);
        }
    }
}
