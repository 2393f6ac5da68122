package org.fairshed.server.operator;

import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairshed.grid.ac.AcCheck;
import org.fairshed.grid.synth.DemoScenario;
import org.fairshed.grid.synth.SyntheticGrid;
import org.fairshed.grid.synth.SyntheticGridFactory;
import org.fairshed.grid.synth.SyntheticGridParameters;

/**
 * Warms the engine's slowest code at the worker's start, in a daemon thread at the jobs' nice value
 * ({@link ThreadNice}): the AC check of the demo grid after the demo's damage, twice (conversion to PowSyBl's model
 * and both Newton-Raphson attempts). The first
 * re-plan after a start otherwise pays for the JIT compiling OpenLoadFlow (the intraday benchmark measured about 53
 * CPU-seconds for the first and 34 for the next). The result is thrown away; a failure is logged and harms nothing.
 */
final class EngineWarmUp {

    private static final Logger LOG = Logger.getLogger(EngineWarmUp.class.getName());
    static final int RUNS = 2;

    private EngineWarmUp() {
    }

    /** Starts the warm-up; the demo network's grid when the catalog serves it (built once, as a first job would). */
    static Thread start(NetworkCatalog catalog, boolean demoNetwork, int nice) {
        return Thread.ofPlatform().daemon().name("fairshed-engine-warm-up").start(() -> {
            ThreadNice.lowerCurrentThread(nice);
            try {
                long started = System.nanoTime();
                SyntheticGrid synthetic = demoNetwork ? catalog.find(NetworkCatalog.DEMO).orElseThrow().synthetic()
                        : SyntheticGridFactory.create(SyntheticGridParameters.defaults());
                var grid = DemoScenario.of(synthetic).applyTo(synthetic.grid());
                for (int i = 0; i < RUNS; i++) {
                    AcCheck.run(grid);
                }
                LOG.fine(() -> String.format(java.util.Locale.ROOT, "engine warmed up in %.1f s",
                        (System.nanoTime() - started) / 1e9));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "the engine's warm-up failed (jobs run as usual, the first one slower)", e);
            }
        });
    }
}
