package org.fairshed.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import org.fairshed.common.io.AtomicFiles;
import org.fairshed.grid.dc.DcPowerFlow;
import org.fairshed.grid.dc.DcPowerFlowResult;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Grid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fairshed grid dcpf CASE [--damage FILE] --out PREFIX}: MATPOWER's rundcpf, in its expected-file format. */
@Command(name = "dcpf", mixinStandardHelpOptions = true,
        description = "DC power flow as MATPOWER's rundcpf (case PG and PD, one slack per island). Writes "
                + "PREFIX.buses.csv (bus,angle_deg) and PREFIX.branches.csv (branch,from,to,flow_mw).")
final class GridDcpfCommand implements Runnable {

    @Mixin
    GridInput input;

    @Option(names = "--out", required = true, paramLabel = "PREFIX", description = "Output path prefix.")
    String prefix;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        Grid grid = input.load();
        DcPowerFlowResult r = DcPowerFlow.run(grid);
        StringBuilder buses = new StringBuilder("bus,angle_deg\n");
        for (int i = 0; i < grid.buses().size(); i++) {
            buses.append(grid.buses().get(i).number()).append(',').append(fmt(r.anglesDeg()[i])).append('\n');
        }
        StringBuilder branches = new StringBuilder("branch,from,to,flow_mw\n");
        for (int k = 0; k < grid.branches().size(); k++) {
            Branch br = grid.branches().get(k);
            branches.append(k + 1).append(',').append(br.from()).append(',').append(br.to()).append(',')
                    .append(fmt(r.flowsMw()[k])).append('\n');
        }
        Path busFile = Path.of(prefix + ".buses.csv");
        Path branchFile = Path.of(prefix + ".branches.csv");
        try {
            AtomicFiles.writeString(busFile, buses.toString());
            AtomicFiles.writeString(branchFile, branches.toString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot write " + prefix + ".*.csv: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        double worstSlack = 0;
        for (double s : r.slackMw()) {
            worstSlack = Math.max(worstSlack, Math.abs(s));
        }
        out.printf(Locale.ROOT, "wrote %s and %s (%d buses, %d branches; %d island(s), largest slack mismatch %.3f MW)%n",
                busFile, branchFile, grid.buses().size(), grid.branches().size(), r.slackMw().length, worstSlack);
        out.flush();
    }

    private static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.8f", v);
        return s.equals("-0.00000000") ? "0.00000000" : s;
    }
}
