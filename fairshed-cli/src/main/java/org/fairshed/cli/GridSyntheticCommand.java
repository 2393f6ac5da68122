package org.fairshed.cli;

import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;
import org.fairshed.grid.io.MatpowerWriter;
import org.fairshed.grid.synth.SyntheticGrid;
import org.fairshed.grid.synth.SyntheticGridFactory;
import org.fairshed.grid.synth.SyntheticGridParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code fairshed grid synthetic --out FILE [--buses N] [--regions N] [--seed S]}. */
@Command(name = "synthetic", mixinStandardHelpOptions = true,
        description = "Generates the synthetic national grid (deterministic for a seed; labelled synthetic) and writes it "
                + "as a MATPOWER .m file. Bus loads are the winter evening peak.")
final class GridSyntheticCommand implements Runnable {

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "MATPOWER .m file to write.")
    Path out;

    @Option(names = "--buses", defaultValue = "" + SyntheticGridParameters.DEFAULT_BUS_COUNT,
            description = "Target number of buses, 200 to 100,000 (default ${DEFAULT-VALUE}).")
    int buses;

    @Option(names = "--regions", defaultValue = "" + SyntheticGridParameters.DEFAULT_REGION_COUNT,
            description = "Number of regions, 2 to 64 and at most one per 8 buses (default ${DEFAULT-VALUE}).")
    int regions;

    @Option(names = "--seed", defaultValue = "" + SyntheticGridParameters.DEFAULT_SEED, description = "Seed, any 64-bit integer (default ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        OptionChecks.intIn(buses, "--buses", SyntheticGridParameters.MIN_BUS_COUNT, SyntheticGridParameters.MAX_BUS_COUNT);
        OptionChecks.intIn(regions, "--regions", SyntheticGridParameters.MIN_REGION_COUNT,
                Math.min(SyntheticGridParameters.MAX_REGION_COUNT, buses / SyntheticGridParameters.MIN_BUSES_PER_REGION));
        SyntheticGrid s = SyntheticGridFactory.create(new SyntheticGridParameters(seed, buses, regions));
        try {
            MatpowerWriter.write(s.grid(), out);
        } catch (UncheckedIOException e) {
            throw OptionChecks.error("--out", e.getMessage());
        }
        PrintWriter w = spec.commandLine().getOut();
        w.printf(Locale.ROOT, "wrote %s: %s, %,d buses, %,d branches, %,d generators, peak load %,.0f MW, capacity %,.0f MW%n",
                out, s.grid().name(), s.grid().buses().size(), s.grid().branches().size(), s.grid().generators().size(),
                s.grid().totalLoadMw(), s.grid().inServiceCapacityMw());
        w.flush();
    }
}
