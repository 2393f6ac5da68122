package org.fairshed.cli;

import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.fairshed.job.Job;
import org.fairshed.job.JobResult;
import org.fairshed.rota.RotaInput;
import org.fairshed.rota.RotaMethods;
import org.fairshed.rota.RotaOutcome;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaResult;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.groups.GroupSpec;
import org.fairshed.rota.groups.RegionGroups;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.rota.plan.PlanQuotas;

/**
 * The last step of {@code fairshed demo}: tomorrow's plan turned into 30-minute on/off schedules for each region's
 * consumer groups (synthetic unequal shares), the sweep rota against today's rules ({@code queues},
 * {@code stage-table}); prints the grid of the region with the largest shed and the comparison table.
 */
final class DemoRota {

    static final String GROUPS_SOURCE = "the demo's synthetic groups";
    /** Left margin of the demo's step details. */
    private static final String INDENT = "      ";

    private DemoRota() {
    }

    /**
     * Prints the job's sweep rota (made with the groups {@code fairshed rota} uses without {@code --groups}, so that
     * {@code fairshed rota --compare} on the demo's {@code --out} plan prints the same comparison: the rota is
     * deterministic and the job reads its plan as the file is read) beside today's rules on the same plan.
     */
    static void print(PrintWriter out, Progress progress, JobResult job, String step) {
        RotaResult sweep = job.rota();
        if (sweep == null || sweep.outcome() != RotaOutcome.SCHEDULED) {
            out.printf(Locale.ROOT, "%s tomorrow's rota: !!! not made: %s%n", step, sweep == null ? job.message()
                    : sweep.message());
            return;
        }
        // the baselines rotate the very quotas the job's sweep read (those of the plan's file)
        PlanQuotas quotas = Job.quotas(job.plan());
        GroupConfig groups = GroupConfig.synthetic(quotas.regions(), GroupConfig.DEFAULT_SEED);
        RotaParameters params = RotaParameters.defaults();
        Map<String, RotaResult> results = new LinkedHashMap<>();
        results.put(RotaMethods.sweep().name(), sweep);
        results.putAll(RotaComparison.run(RotaMethods.NAMES.subList(1, RotaMethods.NAMES.size()),
                RotaInput.of(quotas, groups, GROUPS_SOURCE, Ledger.empty()), params, progress));
        String shown = RotaReport.largestQuota(quotas);
        RegionGroups shownGroups = groups.groupsFor(shown, GROUPS_SOURCE);
        out.printf(Locale.ROOT, "%s tomorrow's rota: each region's non-critical shed as 30-minute on/off schedules "
                + "for its %d consumer groups%n", step, shownGroups.groups().size());
        out.printf(Locale.ROOT, "%s(%d queues x %d, unequal synthetic shares as `fairshed rota` gives without --groups; "
                + "no past week in the ledger),%n", INDENT, RegionGroups.STANDARD_QUEUES, RegionGroups.STANDARD_SUBGROUPS);
        out.printf(Locale.ROOT, "%sthe sweep rota (docs/rota-method.md) against today's rules (queues, stage-table)%n", INDENT);
        RotaReport.printTotals(out, sweep, quotas, params, INDENT);
        out.println();
        out.printf(Locale.ROOT, "%sregion with the largest shed: %s, %,.0f MWh of non-critical load off over the day; "
                + "its groups' shares %.1f ... %.1f %%%n", INDENT, shown, RotaReport.quotaMwh(quotas, shown),
                100 * shownGroups.groups().stream().mapToDouble(GroupSpec::share).min().orElse(0),
                100 * shownGroups.groups().stream().mapToDouble(GroupSpec::share).max().orElse(0));
        RotaReport.printGrids(out, sweep, shown, INDENT);
        out.println();
        RotaComparison.render(RotaComparison.metrics(results)).lines().forEach(line -> out.println(INDENT + line));
    }
}
