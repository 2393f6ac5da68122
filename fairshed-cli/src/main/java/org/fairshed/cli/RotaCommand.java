package org.fairshed.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fairshed.rota.Replan;
import org.fairshed.rota.RotaMethods;
import org.fairshed.rota.RotaMetrics;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaResult;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.io.GroupConfigReader;
import org.fairshed.rota.io.LedgerJson;
import org.fairshed.rota.io.PlanFileReader;
import org.fairshed.rota.io.ScheduleCsvWriter;
import org.fairshed.rota.io.ScheduleIcsWriter;
import org.fairshed.rota.io.ScheduleJsonReader;
import org.fairshed.rota.io.ScheduleJsonWriter;
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
 * [--previous SCHEDULE.json --now TIME] [--method sweep|queues|stage-table] [--compare] [--csv FILE] [--ics DIR]
 * [--zone ZONE] [--region NAME]}: a plan's regional shed turned into 30-minute schedules per consumer group. The
 * rolling ledger is written last, so any failure before it leaves the old ledger file as it was.
 */
@Command(name = "rota", mixinStandardHelpOptions = true,
        description = "Turns a plan's shed per region into 30-minute on/off schedules per consumer group: every "
                + "half-hour's quota covered, fair over a rolling week, few switchings, stable on re-plan. Writes "
                + "SCHEDULE.json (docs/schedule-format.md), optionally CSV and one .ics per group, rolls the ledger "
                + "(--ledger, --ledger-out) and prints one region's grid. Exit code 0 when every region-day is "
                + "covered, 1 when one is not (the files are still written), 2 on bad input.")
final class RotaCommand implements Callable<Integer> {

    /** Seed of the synthetic unequal group shares used without --groups. */
    static final long DEFAULT_GROUPS_SEED = 1;
    /** Longest run CP-SAT polishes with the default times (for --help; RotaCommandTest checks it against the rota). */
    static final int POLISHED_RUN = 2;

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
            + "(on the plan's first day); half-hours starting within --freeze minutes of it never change. "
            + "Required with --previous.")
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
        checkArguments();
        RotaParameters params = rules.parameters();
        ZoneId zoneId = zone();
        PlanQuotas plan = read(() -> PlanFileReader.read(planFile));
        if (region != null && !plan.regions().contains(region)) {
            throw new IllegalArgumentException("--region \"" + region + "\" is not in the plan; its regions: "
                    + String.join(", ", plan.regions()));
        }
        Ledger ledger = ledgerFile == null ? Ledger.empty() : read(() -> LedgerJson.read(ledgerFile));
        PrintWriter stdout = spec.commandLine().getOut();
        GroupConfig groups;
        String groupsSource;
        if (groupsFile != null) {
            groups = read(() -> GroupConfigReader.read(groupsFile));
            groupsSource = groupsFile.toString();
        } else {
            groups = GroupConfig.synthetic(plan.regions(), DEFAULT_GROUPS_SEED);
            groupsSource = "default groups";
            stdout.println("No --groups: every region gets the default 6 x 2 groups 1.1 ... 6.2 with seeded unequal "
                    + "shares (synthetic, seed " + DEFAULT_GROUPS_SEED + ").");
        }
        Replan replan = null;
        if (previousFile != null) {
            RotaResult previous = read(() -> ScheduleJsonReader.read(previousFile));
            replan = new Replan(previous.schedules(), nowTime(plan));
        }
        List<String> methods = new ArrayList<>(List.of(method));
        if (compare) {
            RotaMethods.NAMES.stream().filter(m -> !m.equals(method)).forEach(methods::add);
        }
        Progress progress = new Progress(spec.commandLine().getErr());
        Map<String, RotaResult> results = RotaComparison.run(methods, plan, groups, groupsSource, ledger, replan,
                params, progress);
        RotaResult result = results.get(method);
        Map<String, RotaMetrics> comparison = compare ? RotaComparison.metrics(results) : Map.of();
        List<Path> icsFiles = write(result, comparison, replan, zoneId);
        Path ledgerWritten = writeLedger(result);
        report(stdout, plan, result, comparison, icsFiles, ledgerWritten);
        boolean covered = result.schedules().stream().allMatch(s -> s.status().isCovered());
        return covered ? 0 : ErrorHandler.EXIT_FAILURE;
    }

    /** Bad arguments fail before any work, with one line naming the culprit (exit code 2). */
    private void checkArguments() {
        requireFile(planFile, "plan file");
        if (groupsFile != null) {
            requireFile(groupsFile, "--groups file");
        }
        if (ledgerFile != null) {
            requireFile(ledgerFile, "--ledger file");
        }
        if (previousFile != null) {
            requireFile(previousFile, "--previous file");
        }
        if ((previousFile == null) != (now == null)) {
            throw new IllegalArgumentException("--previous and --now go together: a re-plan needs the published "
                    + "schedule and the time it is made");
        }
        RotaMethods.of(method, "command line", "--method");
        method = RotaMethods.canonicalName(method);
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out names a folder, not a file: " + out);
        }
        if (icsDir != null && Files.exists(icsDir) && !Files.isDirectory(icsDir)) {
            throw new IllegalArgumentException("--ics must name a folder, got a file: " + icsDir);
        }
        if (ledgerOut != null && Files.isDirectory(ledgerOut)) {
            throw new IllegalArgumentException("--ledger-out names a folder, not a file: " + ledgerOut);
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
            throw new IllegalArgumentException(option + " and " + otherOption + " name the same file: " + file);
        }
    }

    private static void requireFile(Path file, String what) {
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(what + " not found: " + file);
        }
    }

    private ZoneId zone() {
        if (zone == null) {
            return ZoneId.systemDefault();
        }
        try {
            return ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--zone \"" + zone + "\" is not a time zone (e.g. Europe/Kyiv, UTC): "
                    + e.getMessage());
        }
    }

    private LocalDateTime nowTime(PlanQuotas plan) {
        try {
            return now.contains("T") ? LocalDateTime.parse(now) : plan.dates().getFirst().atTime(LocalTime.parse(now));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("--now \"" + now + "\" must be yyyy-MM-ddTHH:mm or HH:mm");
        }
    }

    /** A file read whose I/O failure is bad input naming the file. */
    @FunctionalInterface
    private interface Read<T> {
        T get() throws IOException;
    }

    private static <T> T read(Read<T> read) {
        try {
            return read.get();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + e.getMessage(), e);
        }
    }

    private List<Path> write(RotaResult result, Map<String, RotaMetrics> comparison, Replan replan, ZoneId zoneId) {
        try {
            ScheduleJsonWriter.write(result, comparison, out);
            if (csv != null) {
                ScheduleCsvWriter.write(result, csv);
            }
            if (icsDir == null) {
                return List.of();
            }
            return ScheduleIcsWriter.write(result, zoneId, Instant.now(), replan == null ? List.of() : replan.published(),
                    icsDir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the schedule: " + e.getMessage(), e);
        }
    }

    /** The updated ledger, written last and atomically (the old file stays whole on any failure); null when none. */
    private Path writeLedger(RotaResult result) {
        Path target = ledgerTarget();
        if (target == null) {
            return null;
        }
        try {
            LedgerJson.write(result.ledger(), target);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the ledger " + target + ": " + e.getMessage(), e);
        }
        return target;
    }

    private void report(PrintWriter stdout, PlanQuotas plan, RotaResult result, Map<String, RotaMetrics> comparison,
                        List<Path> icsFiles, Path ledgerWritten) {
        RotaReport.printGrids(stdout, result, region != null ? region : RotaReport.largestQuota(plan), "");
        stdout.println();
        RotaReport.printTotals(stdout, result, "");
        if (!comparison.isEmpty()) {
            stdout.println();
            stdout.print(RotaComparison.render(comparison));
        }
        stdout.println();
        stdout.println("Schedule written to " + out + (csv == null ? "" : "; CSV to " + csv)
                + (icsDir == null ? "" : "; " + icsFiles.size() + " .ics file(s) in " + icsDir)
                + (ledgerWritten == null ? "" : "; ledger to " + ledgerWritten));
        stdout.flush();
    }
}
