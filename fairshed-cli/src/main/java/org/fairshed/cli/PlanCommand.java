package org.fairshed.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.fairshed.common.InputException;
import org.fairshed.common.Limits;
import org.fairshed.common.job.Cancellation;
import org.fairshed.job.Job;
import org.fairshed.job.JobOutputs;
import org.fairshed.job.JobRequest;
import org.fairshed.job.JobResult;
import org.fairshed.job.JobStatus;
import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.PlannerParameters;
import org.fairshed.plan.report.PlanCsvWriter;
import org.fairshed.plan.report.PlanJsonWriter;
import org.fairshed.plan.report.PlanTextReport;
import org.fairshed.plan.scenario.PlanInputFactory;
import org.fairshed.plan.scenario.Scenario;
import org.fairshed.plan.scenario.ScenarioReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fairshed plan SCENARIO --cases-dir DIR --out PLAN.json [--fairness min-shed|fair] [--ac-check]
 * [--csv PREFIX_OR_FILE] [--threads N] [--slot-time-limit SECONDS] [--time-budget SECONDS] [--json]}: the deficit plan of a scenario, a thin
 * command over the job API ({@link Job}, {@link JobOutputs}). Every bad option or input is an {@link InputException}
 * before any work; the plan and its CSV tables are written as one output (one run id).
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Plans the load shedding of a scenario over its horizon: network limits kept, critical load "
                + "protected, total shed minimal, the rest shared fairly between regions. Writes the plan as JSON "
                + "(format: docs/plan-format.md) and prints a summary. Exit code 0 when every slot is usable "
                + "(OPTIMAL, DEGRADED or CRITICAL_SHED, the last two reported loudly), 1 when a slot is INFEASIBLE, "
                + "hit the time limit, failed or was cancelled (the plan is still written, those slots without "
                + "figures), 2 on bad input. The outputs must not name the scenario, its case or each other.")
final class PlanCommand implements Callable<Integer> {

    private static final String COMMAND_LINE = "command line";

    @Parameters(index = "0", paramLabel = "SCENARIO", description = "Scenario file (JSON; docs/scenario-format.md).")
    Path scenarioFile;

    @Option(names = "--cases-dir", paramLabel = "DIR",
            description = "Folder searched (recursively, by file name) for the scenario's network; default: the "
                    + "scenario's own folder.")
    Path casesDir;

    @Option(names = "--out", required = true, paramLabel = "PLAN.json", description = "Plan file to write (JSON).")
    Path out;

    @Option(names = "--fairness", paramLabel = "MODE", converter = FairnessModeConverter.class,
            description = "min-shed (minimum total shed only, as MATPOWER) or fair (leximin shares); "
                    + "default: the scenario's setting.")
    FairnessMode fairness;

    @Option(names = "--ac-check", description = "Run an AC power flow (OpenLoadFlow) of every slot's plan.")
    boolean acCheck;

    @Option(names = "--csv", paramLabel = "PREFIX_OR_FILE",
            description = "Also write PREFIX.csv (slot x region) and PREFIX.buses.csv (slot x bus with shed); "
                    + "a name ending in .csv is used as is.")
    String csv;

    @Option(names = "--threads", paramLabel = "N",
            description = "Threads, 1 to " + Limits.MAX_THREADS + " (default: all cores): up to two slots are "
                    + "solved at once, the AC check uses all; the plan is the same whatever N.")
    Integer threads;

    @Option(names = "--slot-time-limit", paramLabel = "SECONDS",
            description = "Time limit of each slot's solver, all its stages together (at most "
                    + (long) Limits.MAX_TIME_BUDGET_SECONDS + " s; default: "
                    + (long) PlannerParameters.DEFAULT_TIME_LIMIT_SECONDS + " s): a fairness or cost stage stopped by "
                    + "it leaves the slot DEGRADED (a usable plan, reported loudly), the least-shed stage leaves it "
                    + "TIME_LIMIT.")
    Double slotTimeLimit;

    @Option(names = "--time-budget", paramLabel = "SECONDS",
            description = "Stop planning after this long (at most " + (long) Limits.MAX_TIME_BUDGET_SECONDS
                    + " s): a plan not finished by then is not written (its report says which slots were left) and the "
                    + "exit code is 1; default: no budget (each slot's solver has its own time limit).")
    Double timeBudget;

    @Option(names = "--json", description = "Print the plan's summary as JSON instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    /** Parses {@code min-shed} or {@code fair} for picocli, so a bad value is a usage error. */
    static final class FairnessModeConverter implements ITypeConverter<FairnessMode> {
        @Override
        public FairnessMode convert(String value) {
            try {
                return FairnessMode.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }

    @Override
    public Integer call() {
        checkOptions();
        Scenario scenario = ScenarioReader.read(scenarioFile);
        Path dir = casesDir != null ? casesDir : scenarioFile.toAbsolutePath().getParent();
        Path network = PlanInputFactory.networkFile(scenario, scenarioFile, dir);
        Path regionsCsv = csv == null ? null : PlanCsvWriter.regionsFileFor(csv);
        checkOutputs(network, regionsCsv);
        PlannerParameters parameters = PlannerEnvironment.apply(PlannerParameters.defaults().withAcCheck(acCheck));
        if (threads != null) {
            parameters = parameters.withThreads(threads);
        }
        if (slotTimeLimit != null) {
            parameters = parameters.withTimeLimitSeconds(slotTimeLimit);
        }
        Cancellation budget = timeBudget == null ? Cancellation.none()
                : Cancellation.withBudget(Duration.ofMillis(Math.round(timeBudget * 1000)));
        Progress progress = new Progress(spec.commandLine().getErr());
        progress.start("planning " + scenario.slots() + " slot(s) of " + scenario.name());
        JobRequest request = JobRequest.of(scenario, new JobRequest.Network.File(network), parameters, null);
        JobResult job = Job.run(fairness == null ? request : request.withFairness(fairness), progress::update, budget);
        progress.done();
        PrintWriter stdout = spec.commandLine().getOut();
        if (job.plan() == null) {
            spec.commandLine().getErr().println(spec.qualifiedName() + ": " + job.message());
            return ErrorHandler.EXIT_FAILURE;
        }
        List<Path> written = write(job, regionsCsv);
        PlanResult result = job.plan();
        if (json) {
            stdout.println(PlanJsonWriter.summaryJson(result));
        } else {
            stdout.print(PlanTextReport.render(result));
            stdout.println();
            stdout.println(written.isEmpty() ? "!!! nothing written: " + job.message()
                    : "Plan written to " + out + (written.size() == 1 ? ""
                    : " (and " + written.get(0) + ", " + written.get(1) + ")") + "; run id " + result.runId());
        }
        stdout.flush();
        return job.status() == JobStatus.DONE ? 0 : ErrorHandler.EXIT_FAILURE;
    }

    /** Bad options fail before any work, with one line naming the culprit (exit code 2). */
    private void checkOptions() {
        if (!Files.isRegularFile(scenarioFile)) {
            throw InputException.of(scenarioFile.toString(), Files.isDirectory(scenarioFile)
                    ? "is a folder, not a scenario file" : "scenario file not found");
        }
        if (casesDir != null && !Files.isDirectory(casesDir)) {
            throw InputException.atField(COMMAND_LINE, "--cases-dir", "is not a folder: " + casesDir);
        }
        if (timeBudget != null && !(timeBudget > 0 && timeBudget <= Limits.MAX_TIME_BUDGET_SECONDS)) {
            throw InputException.atField(COMMAND_LINE, "--time-budget", "must be more than 0 and at most "
                    + (long) Limits.MAX_TIME_BUDGET_SECONDS + " seconds, got " + timeBudget);
        }
        if (slotTimeLimit != null && !(slotTimeLimit > 0 && slotTimeLimit <= Limits.MAX_TIME_BUDGET_SECONDS)) {
            throw InputException.atField(COMMAND_LINE, "--slot-time-limit", "must be more than 0 and at most "
                    + (long) Limits.MAX_TIME_BUDGET_SECONDS + " seconds, got " + slotTimeLimit);
        }
        if (threads != null && (threads < 1 || threads > Limits.MAX_THREADS)) {
            throw InputException.atField(COMMAND_LINE, "--threads", "must be between 1 and " + Limits.MAX_THREADS
                    + ", got " + threads);
        }
        if (Files.isDirectory(out)) {
            throw InputException.atField(COMMAND_LINE, "--out", "names a folder, not a file: " + out);
        }
    }

    /** A file of this run: what it is, the option that names it (null for an input), where it is. */
    private record RunFile(String what, String option, Path path) {
    }

    /** No output may overwrite an input (the scenario, its case) or another output of the same run. */
    private void checkOutputs(Path network, Path regionsCsv) {
        List<RunFile> outputs = new ArrayList<>();
        outputs.add(new RunFile("the plan", "--out", out));
        if (regionsCsv != null) {
            outputs.add(new RunFile("the per-region table", "--csv", regionsCsv));
            outputs.add(new RunFile("the per-bus table", "--csv", PlanCsvWriter.busesFileFor(regionsCsv)));
        }
        List<RunFile> seen = new ArrayList<>(List.of(new RunFile("the scenario", null, scenarioFile),
                new RunFile("the scenario's case", null, network)));
        for (RunFile o : outputs) {
            for (RunFile other : seen) {
                if (OutputPaths.sameFile(o.path(), other.path())) {
                    throw InputException.atField(COMMAND_LINE, o.option(), "makes " + o.what() + " " + o.path()
                            + ", which is the same file as " + other.what() + " (" + other.path() + "); writing it "
                            + "would overwrite " + (other.option() == null ? "an input" : "another output")
                            + ": choose another name");
                }
            }
            seen.add(o);
        }
    }

    private List<Path> write(JobResult job, Path regionsCsv) {
        try {
            return new JobOutputs(out, regionsCsv, null).write(job, List.of(), Instant.now());
        } catch (IOException e) {
            throw InputException.atField(COMMAND_LINE, "--out", "cannot be written: " + OutputPaths.reason(e));
        }
    }
}
