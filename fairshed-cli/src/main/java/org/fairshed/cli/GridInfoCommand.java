package org.fairshed.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.fairshed.grid.model.Grid;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fairshed grid info CASE [--damage FILE] [--json]}. */
@Command(name = "info", mixinStandardHelpOptions = true,
        description = "Counts (buses, branches, generators, loads, areas, islands), total load and in-service capacity.")
final class GridInfoCommand implements Runnable {

    /** Islands listed one per line in the text report at most; the JSON lists all. */
    private static final int MAX_ISLANDS_SHOWN = 10;

    @Mixin
    GridInput input;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        Grid grid = input.load();
        GridInfo info = GridInfo.of(grid);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            Json.print(out, info);
            return;
        }
        out.printf(Locale.ROOT, "%s%n", info.name());
        out.printf(Locale.ROOT, "  buses       %7d  (%d isolated)%n", info.buses(), info.isolatedBuses());
        out.printf(Locale.ROOT, "  branches    %7d  (%d in service)%n", info.branches(), info.branchesInService());
        out.printf(Locale.ROOT, "  generators  %7d  (%d in service)%n", info.generators(), info.generatorsInService());
        out.printf(Locale.ROOT, "  loads       %7d%n", info.loads());
        out.printf(Locale.ROOT, "  areas       %7d%n", info.areas());
        out.printf(Locale.ROOT, "  total load      %10.1f MW%n", info.totalLoadMw());
        out.printf(Locale.ROOT, "  capacity        %10.1f MW in service%n", info.inServiceCapacityMw());
        out.printf(Locale.ROOT, "  islands     %7d  (%d dead, %.1f MW of load in them)%n", info.islands(),
                info.deadIslands(), info.deadIslandLoadMw());
        info.islandList().stream().limit(MAX_ISLANDS_SHOWN).forEach(i -> out.printf(Locale.ROOT,
                "    island %d: %d buses, reference bus %d, load %.1f MW, capacity %.1f MW%s%n", i.index(), i.buses(),
                i.referenceBus(), i.loadMw(), i.capacityMw(), i.dead() ? "  DEAD: no generation" : ""));
        if (info.islandList().size() > MAX_ISLANDS_SHOWN) {
            out.printf("    ... %d more (use --json)%n", info.islandList().size() - MAX_ISLANDS_SHOWN);
        }
        out.flush();
    }
}
