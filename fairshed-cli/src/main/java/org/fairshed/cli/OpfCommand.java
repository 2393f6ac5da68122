package org.fairshed.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.fairshed.common.Limits;
import org.fairshed.grid.lp.LpSolverType;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.opf.DcOpf;
import org.fairshed.grid.opf.DcOpfParameters;
import org.fairshed.grid.opf.DcOpfResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fairshed opf CASE [--damage FILE] [--json]}: DC optimal power flow. */
@Command(name = "opf", mixinStandardHelpOptions = true,
        description = "DC optimal power flow: minimum generation cost within branch (RATE_A), angle-difference and "
                + "generator limits. Exit code 0 when optimal, 1 when infeasible or failed, 2 on bad input.")
final class OpfCommand implements java.util.concurrent.Callable<Integer> {

    @Mixin
    GridInput input;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Option(names = "--solver", paramLabel = "ENGINE", defaultValue = "highs",
            description = "LP engine: highs (default), glop or pdlp.")
    String solver;

    @Option(names = "--time-limit", paramLabel = "SECONDS", defaultValue = "120",
            description = "Wall-time limit, above 0 and at most 21600 s (default ${DEFAULT-VALUE} s).")
    double timeLimit;

    @Spec
    CommandSpec spec;

    /** {@code --solver} as an engine: highs, glop or pdlp in any case. */
    static LpSolverType solverType(String name) {
        try {
            return LpSolverType.parse(name);
        } catch (IllegalArgumentException e) {
            throw OptionChecks.error("--solver", "is '" + name + "'; expected highs, glop or pdlp");
        }
    }

    /** The JSON shape of {@code fairshed opf --json}. */
    record OpfReport(String caseName, String status, String message, double objective, double generationMw,
                     double loadMw, double unservedLoadMw, double solveSeconds, double totalSeconds, int rounds) {
    }

    @Override
    public Integer call() {
        DcOpfParameters parameters = DcOpfParameters.DEFAULT.withSolver(solverType(solver))
                .withTimeLimitSeconds(OptionChecks.positiveAtMost(timeLimit, "--time-limit", Limits.MAX_TIME_BUDGET_SECONDS));
        Grid grid = input.load();
        DcOpfResult r = DcOpf.run(grid, parameters);
        OpfReport report = new OpfReport(grid.name(), r.status().name(), r.message(), r.objective(), r.generationMw(),
                grid.totalLoadMw(), r.unservedLoadMw(), r.solveSeconds(), r.totalSeconds(), r.rounds());
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, report);
        } else {
            out.printf(Locale.ROOT, "%s: DC OPF %s%s%n", grid.name(), r.status(), r.message().isEmpty() ? "" : " - " + r.message());
            if (r.status().isSuccess()) {
                out.printf(Locale.ROOT, "  objective   %,.2f $/h%n", r.objective());
                out.printf(Locale.ROOT, "  generation  %,.1f MW for %,.1f MW of load%s%n", r.generationMw(), grid.totalLoadMw(),
                        r.unservedLoadMw() > 0 ? String.format(Locale.ROOT, " (%.1f MW unserved in dead islands)", r.unservedLoadMw()) : "");
            }
            out.printf(Locale.ROOT, "  solved in   %.3f s (%.3f s in the LP engine, %d round(s))%n", r.totalSeconds(),
                    r.solveSeconds(), r.rounds());
            out.flush();
        }
        return r.status().isSuccess() ? 0 : ErrorHandler.EXIT_FAILURE;
    }
}
