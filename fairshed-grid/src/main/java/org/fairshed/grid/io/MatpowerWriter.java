package org.fairshed.grid.io;

import org.fairshed.common.io.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.GenCost;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;

/**
 * Writes a {@link Grid} as a MATPOWER case file (format version 2) that MATPOWER and {@link MatpowerReader}
 * read back to an equal grid: bus 13 columns, branch 13, gen 21 (ramps included, NaN written as 0; 10 columns
 * when no generator has ramp data, so that a grid read from a 10-column file round-trips), gencost padded with
 * zeros to a common width, and {@code mpc.bus_name}, {@code mpc.genfuel}, {@code mpc.gentype} when any entry
 * is set (a null entry is written as {@code ''}). Numbers are written in their shortest exact form.
 */
public final class MatpowerWriter {

    private static final int GEN_COLUMNS_WITH_RAMPS = 21;

    private MatpowerWriter() {
    }

    /**
     * Writes {@code grid} to {@code file} atomically: the text goes to a temporary file in the same folder,
     * which then replaces {@code file}, so readers never see a half-written case. The function is named after
     * the file (as MATLAB requires).
     *
     * @throws UncheckedIOException when the file cannot be written (message names the path)
     */
    public static void write(Grid grid, Path file) {
        Path target = file.toAbsolutePath();
        String fileName = target.getFileName().toString();
        String base = fileName.endsWith(".m") ? fileName.substring(0, fileName.length() - 2) : fileName;
        try {
            if (!Files.isDirectory(target.getParent())) {
                // a case goes into an existing folder (unlike reports, whose folders are created)
                throw new NoSuchFileException(target.getParent().toString(), null, "no such folder");
            }
            AtomicFiles.writeString(target, render(grid, base));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write MATPOWER case " + file + ": " + e, e);
        }
    }

    /** The case file text of {@code grid}, its function named after the grid. */
    public static String toString(Grid grid) {
        return render(grid, grid.name());
    }

    private static String render(Grid grid, String functionName) {
        String name = identifier(functionName);
        StringBuilder sb = new StringBuilder(256 + 200 * (grid.buses().size() + grid.branches().size()));
        sb.append("function mpc = ").append(name).append('\n')
                .append('%').append(name).append("  written by Fairshed\n\n")
                .append("%% MATPOWER Case Format : Version 2\nmpc.version = '2';\n\n")
                .append("%% system MVA base\nmpc.baseMVA = ");
        MatlabText.number(sb, grid.baseMva());
        sb.append(";\n\n");
        buses(sb, grid.buses());
        generators(sb, grid.generators());
        branches(sb, grid.branches());
        costs(sb, grid.generators());
        strings(sb, "bus names", "bus_name", grid.buses(), Bus::name);
        strings(sb, "generator fuel", "genfuel", grid.generators(), Generator::fuel);
        strings(sb, "generator unit type", "gentype", grid.generators(), Generator::type);
        return sb.toString();
    }

    private static void buses(StringBuilder sb, List<Bus> buses) {
        sb.append("%% bus data\n%\tbus_i\ttype\tPd\tQd\tGs\tBs\tarea\tVm\tVa\tbaseKV\tzone\tVmax\tVmin\n"
                + "mpc.bus = [\n");
        for (Bus b : buses) {
            MatlabText.row(sb, b.number(), b.type().code(), b.pdMw(), b.qdMvar(), b.gsMw(), b.bsMvar(), b.area(),
                    b.vmPu(), b.vaDeg(), b.baseKv(), b.zone(), b.vmaxPu(), b.vminPu());
        }
        sb.append("];\n\n");
    }

    private static void generators(StringBuilder sb, List<Generator> generators) {
        boolean ramps = generators.stream().anyMatch(
                g -> !Double.isNaN(g.rampAgc()) || !Double.isNaN(g.ramp10()) || !Double.isNaN(g.ramp30()));
        sb.append("%% generator data\n%\tbus\tPg\tQg\tQmax\tQmin\tVg\tmBase\tstatus\tPmax\tPmin")
                .append(ramps ? "\tPc1\tPc2\tQc1min\tQc1max\tQc2min\tQc2max\tramp_agc\tramp_10\tramp_30\tramp_q\tapf\n"
                        : "\n")
                .append("mpc.gen = [\n");
        for (Generator g : generators) {
            double[] row = new double[ramps ? GEN_COLUMNS_WITH_RAMPS : 10];
            row[0] = g.bus();
            row[1] = g.pgMw();
            row[2] = g.qgMvar();
            row[3] = g.qmaxMvar();
            row[4] = g.qminMvar();
            row[5] = g.vgPu();
            row[6] = g.mbaseMva();
            row[7] = g.inService() ? 1 : 0;
            row[8] = g.pmaxMw();
            row[9] = g.pminMw();
            if (ramps) {
                row[16] = zeroIfNaN(g.rampAgc());
                row[17] = zeroIfNaN(g.ramp10());
                row[18] = zeroIfNaN(g.ramp30());
            }
            MatlabText.row(sb, row);
        }
        sb.append("];\n\n");
    }

    private static double zeroIfNaN(double v) {
        return Double.isNaN(v) ? 0 : v;
    }

    private static void branches(StringBuilder sb, List<Branch> branches) {
        sb.append("%% branch data\n%\tfbus\ttbus\tr\tx\tb\trateA\trateB\trateC\tratio\tangle\tstatus\tangmin\tangmax\n"
                + "mpc.branch = [\n");
        for (Branch br : branches) {
            MatlabText.row(sb, br.from(), br.to(), br.r(), br.x(), br.b(), br.rateA(), br.rateB(), br.rateC(),
                    br.tap(), br.shiftDeg(), br.inService() ? 1 : 0, br.angMinDeg(), br.angMaxDeg());
        }
        sb.append("];\n\n");
    }

    private static void costs(StringBuilder sb, List<Generator> generators) {
        int width = 4 + generators.stream().mapToInt(g -> g.cost().coefficients().length).max().orElse(1);
        sb.append("%%-----  OPF Data  -----%%\n%% generator cost data\n"
                + "%\t1\tstartup\tshutdown\tn\tx1\ty1\t...\txn\tyn\n"
                + "%\t2\tstartup\tshutdown\tn\tc(n-1)\t...\tc0\n"
                + "mpc.gencost = [\n");
        for (Generator g : generators) {
            GenCost c = g.cost();
            double[] coefficients = c.coefficients();
            double[] row = new double[width];
            row[0] = c.model() == GenCost.Model.POLYNOMIAL ? 2 : 1;
            row[1] = c.startup();
            row[2] = c.shutdown();
            row[3] = c.n();
            System.arraycopy(coefficients, 0, row, 4, coefficients.length);
            MatlabText.row(sb, row);
        }
        sb.append("];\n\n");
    }

    private static <T> void strings(StringBuilder sb, String title, String field, List<T> items,
                                    Function<T, String> value) {
        if (items.stream().map(value).allMatch(s -> s == null)) {
            return;
        }
        sb.append("%% ").append(title).append("\nmpc.").append(field).append(" = {\n");
        for (T item : items) {
            sb.append('\t');
            MatlabText.quoted(sb, value.apply(item));
            sb.append(";\n");
        }
        sb.append("};\n\n");
    }

    /** A valid MATLAB function name: letters, digits and underscores, starting with a letter. */
    private static String identifier(String name) {
        StringBuilder sb = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            sb.append(MatpowerScanner.isIdentifierPart(c) && c < 128 ? c : '_');
        }
        if (sb.isEmpty() || !Character.isLetter(sb.charAt(0))) {
            sb.insert(0, "case_");
        }
        return sb.toString();
    }

}
