package org.fairshed.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Random;
import org.fairshed.grid.dc.DcModel;
import org.fairshed.grid.dc.DcPowerFlow;
import org.fairshed.grid.dc.DcPowerFlowResult;
import org.fairshed.grid.io.MatpowerReader;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.opf.DcOpf;
import org.fairshed.grid.opf.DcOpfParameters;
import org.fairshed.grid.opf.DcOpfResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code fairshed bench grid CASE}: end-to-end timings of the grid layer on one case (read, factorization, DC power
 * flow per extra injection vector, DC OPF) and the peak heap, each as the median of repeated runs after warm-up.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Measures reading, DC power flow (per injection vector after one factorization), DC OPF and peak heap on a case.")
final class BenchCommand implements Runnable {

    @Parameters(index = "0", paramLabel = "CASE", description = "MATPOWER .m case file.")
    Path caseFile;

    @Option(names = "--repeat", defaultValue = "5",
            description = "Timed repetitions of each step, 1 to " + BenchCommand.MAX_REPEAT + " (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--vectors", defaultValue = "200",
            description = "Injection vectors solved on one factorization, 1 to " + BenchCommand.MAX_VECTORS + " (default ${DEFAULT-VALUE}).")
    int vectors;

    static final int MAX_REPEAT = 100;
    static final int MAX_VECTORS = 100_000;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        OptionChecks.intIn(repeat, "--repeat", 1, MAX_REPEAT);
        OptionChecks.intIn(vectors, "--vectors", 1, MAX_VECTORS);
        PrintWriter out = spec.commandLine().getOut();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        double[] read = new double[repeat + 1];
        Grid grid = null;
        for (int i = 0; i <= repeat; i++) {
            long t = System.nanoTime();
            grid = MatpowerReader.read(caseFile);
            read[i] = seconds(t);
        }
        out.printf(Locale.ROOT, "%s: %d buses, %d branches, %d generators; java %s, %d cores, max heap %d MB%n",
                grid.name(), grid.buses().size(), grid.branches().size(), grid.generators().size(),
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);
        out.printf(Locale.ROOT, "  read (cold, then median warm)      %8.1f ms  %8.1f ms%n", read[0] * 1e3, median(read, 1) * 1e3);

        double[] factor = new double[repeat];
        double[] perVector = new double[repeat];
        Random random = new Random(1);
        for (int i = 0; i < repeat; i++) {
            long t = System.nanoTime();
            try (DcModel model = DcModel.of(grid)) {
                factor[i] = seconds(t);
                double[] base = model.caseInjectionsMw();
                long t2 = System.nanoTime();
                double checksum = 0;
                for (int v = 0; v < vectors; v++) {
                    double[] p = base.clone();
                    for (int b = 0; b < p.length; b++) {
                        p[b] *= 0.9 + 0.2 * random.nextDouble();
                    }
                    DcPowerFlowResult r = DcPowerFlow.run(model, p);
                    checksum += r.flowsMw()[0];
                }
                perVector[i] = seconds(t2) / vectors;
                if (Double.isNaN(checksum)) {
                    throw new IllegalStateException("DC power flow produced NaN");
                }
            }
        }
        out.printf(Locale.ROOT, "  DC model build + LU factorization  %8.1f ms (median of %d)%n", median(factor, 0) * 1e3, repeat);
        out.printf(Locale.ROOT, "  DC power flow per extra vector     %8.2f ms (angles + flows, median of %d x %d vectors)%n",
                median(perVector, 0) * 1e3, repeat, vectors);

        double[] opfTotal = new double[repeat + 1];
        double[] opfSolve = new double[repeat + 1];
        DcOpfResult last = null;
        for (int i = 0; i <= repeat; i++) {
            last = DcOpf.run(grid, DcOpfParameters.DEFAULT);
            opfTotal[i] = last.totalSeconds();
            opfSolve[i] = last.solveSeconds();
        }
        out.printf(Locale.ROOT, "  DC OPF %s, objective %.6f $/h%n", last.status(), last.objective());
        out.printf(Locale.ROOT, "  DC OPF build + solve (median warm)  %8.3f s, of which LP engine %.3f s (%s)%n",
                median(opfTotal, 1), median(opfSolve, 1), DcOpfParameters.DEFAULT_SOLVER);
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        out.printf(Locale.ROOT, "  peak Java heap used (sum of pool peaks) %6d MB%n", peak >> 20);
        out.flush();
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double median(double[] values, int skip) {
        double[] v = Arrays.copyOfRange(values, skip, values.length);
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }
}
