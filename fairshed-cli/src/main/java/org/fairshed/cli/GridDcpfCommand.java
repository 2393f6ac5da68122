package org.fairshed.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
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
                + "PREFIX.buses.csv (bus,angle_deg) and PREFIX.branches.csv (branch,from,to,flow_mw), both or neither. "
                + "A branch with x = 0 in service, or a network whose DC matrix is singular (series capacitors that "
                + "cancel their line), is bad input (exit 2).")
final class GridDcpfCommand implements Runnable {

    @Mixin
    GridInput input;

    @Option(names = "--out", required = true, paramLabel = "PREFIX", description = "Output path prefix.")
    String prefix;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        Path busFile = Path.of(prefix + ".buses.csv");
        Path branchFile = Path.of(prefix + ".branches.csv");
        OptionChecks.notAnInput(busFile, "--out", input.files());
        OptionChecks.notAnInput(branchFile, "--out", input.files());
        Grid grid = input.load();
        // the DC model refuses what it cannot solve (x = 0, a singular network) and never returns NaN or Inf
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
        Map<Path, AtomicFiles.Content> files = new LinkedHashMap<>();
        files.put(busFile, text(buses));
        files.put(branchFile, text(branches));
        try {
            AtomicFiles.writeAll(files);
        } catch (IOException e) {
            throw OptionChecks.error("--out", "cannot write " + busFile + " and " + branchFile + ": " + e.getMessage());
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

    private static AtomicFiles.Content text(StringBuilder sb) {
        return out -> out.write(sb.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.8f", v);
        return s.equals("-0.00000000") ? "0.00000000" : s;
    }
}
