package org.fairshed.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fairshed.grid.ac.AcCheck;
import org.fairshed.grid.ac.AcCheckParameters;
import org.fairshed.grid.ac.AcCheckResult;
import org.fairshed.grid.ac.AcOverload;
import org.fairshed.grid.model.Grid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fairshed grid acpf CASE [--damage FILE] [--json]}: AC power flow check with OpenLoadFlow. */
@Command(name = "acpf", mixinStandardHelpOptions = true,
        description = "AC power flow (OpenLoadFlow Newton-Raphson; flat start, then DC angles if that fails) of the "
                + "case's dispatch: convergence, iterations, voltage range, branches over RATE_A. Exit code 0 when "
                + "converged, 1 when not (the reason is printed), 2 on bad input.")
final class GridAcpfCommand implements Callable<Integer> {

    /** Overloaded branches listed in the text report at most; the JSON lists all. */
    private static final int MAX_OVERLOADS_SHOWN = 15;
    /** Most Newton-Raphson iterations asked for: a case that has not converged after this many never will. */
    static final int MAX_ITERATIONS = 1000;

    @Mixin
    GridInput input;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--max-iterations", defaultValue = "" + AcCheckParameters.DEFAULT_MAX_ITERATIONS,
            description = "Newton-Raphson iterations at most, 1 to " + GridAcpfCommand.MAX_ITERATIONS + " (default ${DEFAULT-VALUE}).")
    int maxIterations;

    @Spec
    CommandSpec spec;

    /** The JSON shape of {@code fairshed grid acpf --json}. */
    record AcpfReport(String caseName, String status, String message, boolean converged, int iterations, boolean startedFromDcAngles,
                      double minVoltagePu, int minVoltageBus, double maxVoltagePu, int maxVoltageBus,
                      int voltageViolations, double slackMismatchMw, int overloadCount, List<AcOverload> overloads, double seconds) {
    }

    @Override
    public Integer call() {
        OptionChecks.intIn(maxIterations, "--max-iterations", 1, MAX_ITERATIONS);
        Grid grid = input.load();
        AcCheckResult r = AcCheck.run(grid, AcCheckParameters.defaults().withMaxIterations(maxIterations));
        AcpfReport report = new AcpfReport(grid.name(), r.status().name(), r.message(), r.converged(), r.iterations(),
                r.startedFromDc(), r.minVoltagePu(), r.minVoltageBus(), r.maxVoltagePu(), r.maxVoltageBus(),
                r.voltageViolations(), r.slackMismatchMw(), r.overloads().size(), r.overloads(), r.seconds());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, report);
        } else {
            out.printf(Locale.ROOT, "%s: AC power flow %s after %d iteration(s)%s%s%n", grid.name(), r.status(),
                    r.iterations(), r.startedFromDc() ? " (from DC angles; flat start failed)" : "",
                    r.message().isEmpty() ? "" : " - " + r.message());
            if (r.converged()) {
                out.printf(Locale.ROOT, "  voltage  min %.4f p.u. at bus %d, max %.4f p.u. at bus %d%n",
                        r.minVoltagePu(), r.minVoltageBus(), r.maxVoltagePu(), r.maxVoltageBus());
                out.printf(Locale.ROOT, "  outside VMIN..VMAX: %d bus(es)%n", r.voltageViolations());
                out.printf(Locale.ROOT, "  slack    %.1f MW above the case's dispatch%n", r.slackMismatchMw());
                out.printf(Locale.ROOT, "  over RATE_A: %d branch(es)%n", r.overloads().size());
                r.overloads().stream().limit(MAX_OVERLOADS_SHOWN).forEach(o -> out.printf(Locale.ROOT,
                        "    branch %d (%d-%d): %.1f MVA of %.1f (%.0f %%)%n", o.branchRow(), o.from(), o.to(),
                        o.flowMva(), o.rateAMva(), o.loadingPercent()));
            }
            out.printf(Locale.ROOT, "  %.2f s%n", r.seconds());
            out.flush();
        }
        return r.converged() ? 0 : ErrorHandler.EXIT_FAILURE;
    }
}
