package org.fairshed.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fairshed.common.InputException;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.Replan;
import org.fairshed.rota.RotaInput;
import org.fairshed.rota.RotaMethods;
import org.fairshed.rota.RotaMetrics;
import org.fairshed.rota.RotaOutcome;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaResult;
import org.fairshed.rota.RotaStatus;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.io.GroupConfigReader;
import org.fairshed.rota.io.LedgerJson;
import org.fairshed.rota.io.PlanFileReader;
import org.fairshed.rota.io.RotaOutputs;
import org.fairshed.rota.io.ScheduleJsonReader;
import org.fairshed.rota.ledger.Ledger;
import org.fairshed.rota.plan.PlanQuotas;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code fairshed rota PLAN.json --out SCHEDULE.json [--groups FILE] [--ledger LEDGER.json] [--ledger-out FILE]
 * [--previous SCHEDULE.json --now TIME] [--method sweep|queues|stage-table] [--compare] [--usable-slots-only]
 * [--csv FILE] [--ics DIR] [--zone ZONE] [--region NAME]}: a thin command over the rota's library (read with the
 * rota's readers, {@link org.fairshed.rota.Rota#run}, write with {@link RotaOutputs}, the ledger last) that checks
 * its options and prints the report.
 */
@Command(name = "rota", mixinStandardHelpOptions = true,
        description = "Turns a plan's shed per region into 30-minute on/off schedules per consumer group: every "
                + "half-hour's quota covered, fair over a rolling week, few switchings, stable on re-plan. Writes "
                + "SCHEDULE.json (docs/schedule-format.md), optionally CSV and one .ics per group, rolls the ledger "
                + "(--ledger, --ledger-out) and prints one region's grid. A plan with unusable slots (failed, stopped, "
                + "limits not met: their shed is unknown) is refused unless --usable-slots-only; critical load the "
                + "plan sheds is reported, since no group schedule covers it. Exit code 0 when every region-day is "
                + "scheduled as asked, 1 when one is under-covered (the files are still written) or the plan is "
                + "refused (nothing written), 2 on bad input.")
final class RotaCommand implements Callable<Integer> {

    /** Longest run CP-SAT polishes with the default times (for --help; RotaCommandTest checks it against the rota). */
    static final int POLISHED_RUN = 2;
    private static final String CLI = RotaOptions.SOURCE;

    @Parameters(index = "0", paramLabel = "PLAN.json", description = "Plan file written by `fairshed plan`.")
    Path planFile;

    @Option(names = "--out", required = true, paramLabel = "SCHEDULE.json", description = "Schedule file to write.")
    Path out;

    @Option(names = "--groups", paramLabel = "FILE", description = "Group file (docs/rota-groups.md); default: "
            + "6 x 2 groups 1.1 ... 6.2 per region with seeded unequal shares.")
    Path groupsFile;

    @Option(names = "--ledger", paramLabel = "LEDGER.json",
            description = "Hours off per group over the past days (the fairness week); default: none. The updated "
                    + "ledger (the plan's days recorded, days older than the week dropped) is written back to this "
                    + "file unless --ledger-out names another.")
    Path ledgerFile;

    @Option(names = "--ledger-out", paramLabel = "FILE", description = "Write the updated ledger here (atomically, "
            + "after the schedule files); default: back to the --ledger file, or nowhere without --ledger.")
    Path ledgerOut;

    @Option(names = "--previous", paramLabel = "SCHEDULE.json",
            description = "The schedule published before: a re-plan keeps frozen half-hours and changes little.")
    Path previousFile;

    @Mixin
    RotaOptions rules;

    @Option(names = "--now", paramLabel = "TIME", description = "Local time of the re-plan, yyyy-MM-ddTHH:mm or HH:mm "
            + "(on the plan's first day), from a week before the plan to its end; half-hours starting within --freeze "
            + "minutes of it never change. Required with --previous.")
    String now;

    @Option(names = "--method", paramLabel = "METHOD", defaultValue = "sweep",
            description = "sweep (the rota's own, docs/rota-method.md: a scoring sweep with a level repair; CP-SAT "
                    + "polishes it only on runs of at most " + RotaCommand.POLISHED_RUN + " region-days, e.g. one region "
                    + "over two days), queues or stage-table (today's rules); default ${DEFAULT-VALUE}. \"optimal\" "
                    + "is accepted as the old name of sweep.")
    String method;

    @Option(names = "--compare", description = "Also run the other methods and print one comparison table "
            + "(their metrics go into the JSON's \"comparison\").")
    boolean compare;

    @Option(names = "--usable-slots-only", description = "Schedule a plan whose slots are not all usable: the half-hours "
            + "of its unusable slots get no schedule and are marked unknown (! in the grid, ? in the CSV, an \"Outage "
            + "schedule unknown\" event in the .ics). Without it such a plan is refused.")
    boolean usableSlotsOnly;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the schedule as CSV (a row per group).")
    Path csv;

    @Option(names = "--ics", paramLabel = "DIR", description = "Also write one iCalendar file per region and group.")
    Path icsDir;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Time zone of the plan's local times for the .ics "
            + "files, e.g. Europe/Kyiv; default: this machine's zone.")
    String zone;

    @Option(names = "--region", paramLabel = "NAME",
            description = "Region whose grid is printed; default: the one with the largest quota.")
    String region;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        RotaParameters params = rules.parameters();
        String methodName = RotaMethods.of(method, CLI, "--method").name();
        checkArguments();
        ZoneId zoneId = zone();
        PlanQuotas plan = PlanFileReader.read(planFile);
        if (region != null && !plan.regions().contains(region)) {
            throw InputException.atField(CLI, "--region", "\"" + region + "\" is not in the plan; its regions: "
                    + String.join(", ", plan.regions()));
        }
        Ledger ledger = ledgerFile == null ? Ledger.empty() : LedgerJson.read(ledgerFile);
        GroupConfig groups = groupsFile == null ? GroupConfig.synthetic(plan.regions(), GroupConfig.DEFAULT_SEED)
                : GroupConfigReader.read(groupsFile);
        Replan replan = null;
        if (previousFile != null) {
            RotaResult previous = ScheduleJsonReader.read(previousFile);
            replan = new Replan(previous.schedules(), Replan.parseNow(now, plan.dates(), CLI, "--now"));
        }
        PrintWriter stdout = spec.commandLine().getOut();
        if (groupsFile == null) {
            stdout.println("No --groups: every region gets the default 6 x 2 groups 1.1 ... 6.2 with seeded unequal "
                    + "shares (synthetic, seed " + GroupConfig.DEFAULT_SEED + ").");
        }
        RotaInput input = new RotaInput(plan, groups, groupsFile == null ? GroupConfig.DEFAULT_SOURCE : groupsFile.toString(),
                ledger, replan, usableSlotsOnly);
        List<String> methods = new ArrayList<>(List.of(methodName));
        if (compare) {
            RotaMethods.NAMES.stream().filter(m -> !m.equals(methodName)).forEach(methods::add);
        }
        Map<String, RotaResult> results = RotaComparison.run(methods, input, params,
                new Progress(spec.commandLine().getErr()));
        RotaResult result = results.get(methodName);
        if (result.outcome() != RotaOutcome.SCHEDULED) {
            spec.commandLine().getErr().println("fairshed rota: " + (result.outcome() == RotaOutcome.REFUSED_UNUSABLE_SLOTS
                    ? "refused: " : "") + result.message() + (plan.hasUsableSlots() && !usableSlotsOnly
                    ? " (--usable-slots-only)" : "") + "; nothing written");
            return ErrorHandler.EXIT_FAILURE;
        }
        Map<String, RotaMetrics> comparison = compare ? RotaComparison.metrics(results) : Map.of();
        RotaOutputs outputs = new RotaOutputs(out, csv, icsDir, zoneId, ledgerTarget());
        RotaOutputs.Written written;
        try {
            written = outputs.write(result, comparison, replan == null ? List.<RegionSchedule>of() : replan.published(),
                    Instant.now());
        } catch (IOException e) {
            throw InputException.of(CLI, "cannot write the schedule: " + e.getMessage());
        }
        report(stdout, plan, params, result, comparison, written);
        boolean underCovered = result.schedules().stream().anyMatch(s -> s.status() == RotaStatus.UNDER_COVER);
        return underCovered ? ErrorHandler.EXIT_FAILURE : 0;
    }

    /** Bad arguments fail before any work, with one line naming the option (exit code 2). */
    private void checkArguments() {
        if ((previousFile == null) != (now == null)) {
            throw InputException.atField(CLI, previousFile == null ? "--previous" : "--now", "is missing: --previous "
                    + "and --now go together (a re-plan needs the published schedule and the time it is made)");
        }
        if (Files.isDirectory(out)) {
            throw InputException.atField(CLI, "--out", "names a folder, not a file: " + out);
        }
        if (icsDir != null && Files.exists(icsDir) && !Files.isDirectory(icsDir)) {
            throw InputException.atField(CLI, "--ics", "must name a folder, got a file: " + icsDir);
        }
        if (ledgerOut != null && Files.isDirectory(ledgerOut)) {
            throw InputException.atField(CLI, "--ledger-out", "names a folder, not a file: " + ledgerOut);
        }
        // no output may overwrite an input or another output (the ledger written back to --ledger is meant)
        Map<String, Path> outputs = new LinkedHashMap<>();
        outputs.put("--out", out);
        outputs.put("--csv", csv);
        outputs.put(ledgerOut != null ? "--ledger-out" : "--ledger", ledgerTarget());
        Map<String, Path> inputs = new LinkedHashMap<>();
        inputs.put("the plan file", planFile);
        inputs.put("--groups", groupsFile);
        inputs.put("--previous", previousFile);
        if (ledgerOut != null) {
            inputs.put("--ledger", ledgerFile);
        }
        List<Map.Entry<String, Path>> written = new ArrayList<>();
        for (Map.Entry<String, Path> o : outputs.entrySet()) {
            if (o.getValue() == null) {
                continue;
            }
            for (Map.Entry<String, Path> i : inputs.entrySet()) {
                requireDistinct(o.getValue(), o.getKey(), i.getValue(), i.getKey());
            }
            for (Map.Entry<String, Path> w : written) {
                requireDistinct(o.getValue(), o.getKey(), w.getValue(), w.getKey());
            }
            written.add(o);
        }
    }

    /** Where the updated ledger goes: --ledger-out, else back to --ledger; null for neither. */
    private Path ledgerTarget() {
        return ledgerOut != null ? ledgerOut : ledgerFile;
    }

    /** An output must not overwrite another input or output of the same run. */
    private static void requireDistinct(Path file, String option, Path other, String otherOption) {
        if (other != null && file.toAbsolutePath().normalize().equals(other.toAbsolutePath().normalize())) {
            throw InputException.atField(CLI, option, "and " + otherOption + " name the same file: " + file);
        }
    }

    private ZoneId zone() {
        if (zone == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw InputException.atField(CLI, "--zone", "\"" + zone + "\" is not a time zone (e.g. Europe/Kyiv, UTC)");
        }
    }

    private void report(PrintWriter stdout, PlanQuotas plan, RotaParameters params, RotaResult result,
                        Map<String, RotaMetrics> comparison, RotaOutputs.Written written) {
        RotaReport.printGrids(stdout, result, region != null ? region : RotaReport.largestQuota(plan), "");
        stdout.println();
        RotaReport.printTotals(stdout, result, plan, params, "");
        if (!comparison.isEmpty()) {
            stdout.println();
            stdout.print(RotaComparison.render(comparison));
        }
        stdout.println();
        stdout.println("Schedule written to " + out + (csv == null ? "" : "; CSV to " + csv)
                + (icsDir == null ? "" : "; " + written.ics() + " .ics file(s) in " + icsDir)
                + (written.ledger() == null ? "" : "; ledger to " + written.ledger()));
        stdout.flush();
    }
}
