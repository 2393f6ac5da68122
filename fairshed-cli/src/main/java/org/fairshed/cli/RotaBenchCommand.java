package org.fairshed.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.fairshed.common.InputException;
import org.fairshed.common.Limits;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.Rota;
import org.fairshed.rota.RotaInput;
import org.fairshed.rota.RotaMethod;
import org.fairshed.rota.RotaMethods;
import org.fairshed.rota.RotaMetrics;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaResult;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.rota.plan.PlanQuotas;
import org.fairshed.rota.plan.SyntheticQuotas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code fairshed rota-bench}: wall time of the rota on seeded synthetic regions (12 unequal groups, or {@code --groups}
 * building-like ones, × 48 half-hours per region-day), each method after one warm-up run, as the median of repeated
 * runs, with the schedules' metrics and the over-shed as a share of the quota energy.
 */
@Command(name = "rota-bench", mixinStandardHelpOptions = true,
        description = "Times every rota method on seeded synthetic regions (12 unequal groups or --groups N building-like "
                + "ones, 48 half-hours a day).")
final class RotaBenchCommand implements Runnable {

    @Option(names = "--regions", defaultValue = "25", description = "Regions, 1 to " + Limits.MAX_REGIONS
            + " (default ${DEFAULT-VALUE}).")
    int regions;

    @Option(names = "--days", defaultValue = "1", description = "Days, 1 to 7, each reading the ledger the day before "
            + "left (default ${DEFAULT-VALUE}).")
    int days;

    @Option(names = "--deficit", paramLabel = "MIN,MAX", split = ",", defaultValue = "0.15,0.35",
            description = "Each region-day's deficit, drawn in [MIN, MAX] of its load, higher in the peaks (default ${DEFAULT-VALUE}).")
    double[] deficit;

    @Option(names = "--threads", description = "Threads (default: the machine's cores).")
    Integer threads;

    @Option(names = "--repeat", defaultValue = "5", description = "Timed runs per method, 1 to 100 (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--groups", defaultValue = "12", paramLabel = "N", description = "Groups per region, 1 to "
            + Limits.MAX_GROUPS_PER_REGION + ": 12 = the standard 6 x 2 groups 1.1 ... 6.2 (shares 1/12 +- 40 %), any "
            + "other count building-like groups B0001 ... with log-normal shares (docs/rota-groups.md; default ${DEFAULT-VALUE}).")
    int groupsPerRegion;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the quotas and group shares (default ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    /** Most days: a plan's longest horizon (a week of half-hours). */
    static final int MAX_DAYS = Limits.MAX_SLOTS / HalfHours.PER_DAY;
    /** Most timed runs per method. */
    static final int MAX_REPEAT = 100;

    /** Σ of the schedules' quota energy (MWh): what every method must shed. */
    private static double quotaMwh(List<RegionSchedule> schedules) {
        return schedules.stream().mapToDouble(RegionSchedule::quotaMwh).sum();
    }

    private static void within(int value, int min, int max, String option) {
        if (value < min || value > max) {
            throw InputException.atField(RotaOptions.SOURCE, option, "must be from " + min + " to " + max + ", got "
                    + value);
        }
    }

    @Override
    public void run() {
        within(regions, 1, Limits.MAX_REGIONS, "--regions");
        within(days, 1, MAX_DAYS, "--days");
        within(repeat, 1, MAX_REPEAT, "--repeat");
        within(groupsPerRegion, 1, Limits.MAX_GROUPS_PER_REGION, "--groups");
        if (threads != null) {
            RotaParameters.checkThreads(threads, RotaOptions.SOURCE, "--threads");
        }
        if (deficit.length != 2 || !(deficit[0] >= 0 && deficit[0] <= deficit[1] && deficit[1] <= 1)) {
            throw InputException.atField(RotaOptions.SOURCE, "--deficit", "must be MIN,MAX with 0 <= MIN <= MAX <= 1");
        }
        PrintWriter out = spec.commandLine().getOut();
        PlanQuotas plan = SyntheticQuotas.plan(regions, days, deficit[0], deficit[1], seed);
        GroupConfig groups = GroupConfig.synthetic(plan.regions(), groupsPerRegion, seed);
        RotaParameters params = RotaParameters.defaults();
        if (threads != null) {
            params = params.withThreads(threads);
        }
        out.printf(Locale.ROOT, "%d regions x %d day(s) x %d groups x 48 half-hours, deficit %.2f-%.2f; %d threads, %d cores, "
                        + "java %s%n", regions, days, groupsPerRegion, deficit[0], deficit[1], params.threads(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        out.printf(Locale.ROOT, "%-12s %10s %10s %12s %12s %10s %10s %8s%n", "method", "median s", "max s",
                "over MWh", "under MWh", "week h", "outages", "breaks");
        double floor = 0;
        double quotaMwh = 0;
        StringBuilder shares = new StringBuilder();
        for (String method : RotaMethods.NAMES) {
            double[] seconds = new double[repeat];
            RotaInput input = RotaInput.of(plan, groups, "synthetic", Ledger.empty());
            RotaMethod rotaMethod = RotaMethods.of(method, RotaOptions.SOURCE, "--method");
            RotaResult result = Rota.run(input, rotaMethod, params);
            for (int i = 0; i < repeat; i++) {
                long started = System.nanoTime();
                result = Rota.run(input, rotaMethod, params);
                seconds[i] = (System.nanoTime() - started) / 1e9;
            }
            Arrays.sort(seconds);
            RotaMetrics m = result.metrics();
            floor = m.overShedFloorMwh();
            quotaMwh = quotaMwh(result.schedules());
            out.printf(Locale.ROOT, "%-12s %10.3f %10.3f %12.1f %12.1f %10.1f %10d %8d%n", method,
                    seconds[repeat / 2], seconds[repeat - 1], m.overShedMwh(), m.underShedMwh(), m.weekHoursSpread(),
                    m.switchingEvents(), m.ruleBreaks());
            shares.append(String.format(Locale.ROOT, "%s%s %.3f %%", shares.isEmpty() ? "" : ", ", method,
                    quotaMwh > 0 ? 100 * m.overShedMwh() / quotaMwh : 0));
        }
        out.printf(Locale.ROOT, "over-shed floor (least whole groups allow, rules ignored): %.1f MWh%n", floor);
        out.printf(Locale.ROOT, "quota energy %.1f MWh; over-shed as a share of it: %s%n", quotaMwh, shares);
        out.flush();
    }
}
