package org.fairshed.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.fairshed.plan.FairnessMode;
import org.fairshed.common.job.Cancellation;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.Planner;
import org.fairshed.plan.PlannerParameters;
import org.fairshed.plan.report.PlanCsvWriter;
import org.fairshed.plan.report.PlanFiles;
import org.fairshed.plan.report.PlanJsonWriter;
import org.fairshed.plan.report.PlanSummary;
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
 * [--csv PREFIX_OR_FILE] [--threads N] [--json]}: the deficit plan of a scenario.
 */
@Command(name = "plan", mixinStandardHelpOptions = true,
        description = "Plans the load shedding of a scenario over its horizon: network limits kept, critical load "
                + "protected, total shed minimal, the rest shared fairly between regions. Writes the plan as JSON "
                + "(format: docs/plan-format.md) and prints a summary. Exit code 0 when every slot is usable "
                + "(OPTIMAL, or CRITICAL_SHED, which is reported loudly), 1 when a slot is INFEASIBLE, hit the time "
                + "limit or failed (the plan is still written), 2 on bad input.")
final class PlanCommand implements Callable<Integer> {

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

    @Option(names = "--threads", paramLabel = "N", description = "Slots solved in parallel (default: all cores).")
    Integer threads;

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
        checkArguments();
        Scenario scenario = ScenarioReader.read(scenarioFile);
        Path dir = casesDir != null ? casesDir : scenarioFile.toAbsolutePath().getParent();
        PlanInput input = PlanInputFactory.create(scenario, scenarioFile, dir);
        if (fairness != null) {
            input = input.withFairness(input.fairness().withMode(fairness));
        }
        PlannerParameters parameters = PlannerParameters.defaults().withAcCheck(acCheck);
        if (threads != null) {
            parameters = parameters.withThreads(threads);
        }
        Progress progress = new Progress(spec.commandLine().getErr());
        progress.start("planning " + input.slotCount() + " slot(s) of " + input.name());
        PlanResult result = Planner.plan(input, parameters, progress::update, Cancellation.none());
        progress.done();
        writeFiles(result);
        PrintWriter stdout = spec.commandLine().getOut();
        if (json) {
            stdout.println(PlanJsonWriter.summaryJson(result));
        } else {
            stdout.print(PlanTextReport.render(result));
            stdout.println();
            stdout.println("Plan written to " + out + (csv == null ? ""
                    : " (and " + PlanCsvWriter.regionsFileFor(csv) + ", "
                    + PlanCsvWriter.busesFileFor(PlanCsvWriter.regionsFileFor(csv)) + ")"));
        }
        stdout.flush();
        return PlanSummary.of(result).allUsable() ? 0 : ErrorHandler.EXIT_FAILURE;
    }

    /** Bad arguments fail before any work, with one line naming the culprit (exit code 2). */
    private void checkArguments() {
        if (!Files.isRegularFile(scenarioFile)) {
            throw new IllegalArgumentException("scenario file not found: " + scenarioFile);
        }
        if (casesDir != null && !Files.isDirectory(casesDir)) {
            throw new IllegalArgumentException("--cases-dir is not a folder: " + casesDir);
        }
        if (threads != null && threads < 1) {
            throw new IllegalArgumentException("--threads must be at least 1, got " + threads);
        }
        if (Files.isDirectory(out)) {
            throw new IllegalArgumentException("--out names a folder, not a file: " + out);
        }
    }

    private void writeFiles(PlanResult result) {
        try {
            PlanFiles.write(result, out, csv == null ? null : PlanCsvWriter.regionsFileFor(csv));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plan: " + e.getMessage(), e);
        }
    }
}
