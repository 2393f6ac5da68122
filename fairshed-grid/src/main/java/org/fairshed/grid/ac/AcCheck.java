package org.fairshed.grid.ac;

import com.powsybl.commons.PowsyblException;
import com.powsybl.commons.report.ReportNode;
import com.powsybl.iidm.network.Bus;
import com.powsybl.iidm.network.Network;
import com.powsybl.iidm.network.Terminal;
import com.powsybl.iidm.network.TwoSides;
import com.powsybl.loadflow.LoadFlow;
import com.powsybl.loadflow.LoadFlowParameters;
import com.powsybl.loadflow.LoadFlowResult;
import com.powsybl.math.matrix.SparseMatrixFactory;
import com.powsybl.openloadflow.OpenLoadFlowParameters;
import com.powsybl.openloadflow.OpenLoadFlowProvider;
import com.powsybl.openloadflow.network.SlackBusSelectionMode;
import org.fairshed.common.InputException;
import org.fairshed.grid.iidm.GridToIidm;
import org.fairshed.grid.iidm.IidmNetwork;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * AC feasibility check of a grid (optionally with another dispatch and other bus loads) with OpenLoadFlow's
 * Newton-Raphson: a flat start first and, when it does not converge, a retry from DC load-flow angles.
 * <p>
 * OpenLoadFlow runs without any PowSyBl platform configuration: the provider is built directly
 * ({@code new OpenLoadFlowProvider(new SparseMatrixFactory())}), parameters are set in code, reports go to
 * {@link ReportNode#NO_OP}, the computation manager is PowSyBl's shared local one but the load flow runs in the
 * calling thread ({@link CallerThreadComputation}: callers that check in parallel get the parallelism they ask for).
 * Without a platform configuration provider on the classpath PowSyBl 7.2 falls back to an empty configuration (it
 * logs this at INFO), so no {@code ~/.itools} and no powsybl-config-classic/-test are needed. Every live island is solved: the main one's
 * reference bus is the grid's REF bus (the SlackTerminal the importer attaches, read with {@code readSlackBus}), any
 * other island's is its largest generator (a load bus as slack would absorb its own load and hide every flow); the
 * result is the worst island's outcome; voltage, phase and shunt controls are
 * off and transformer charging is split half and half between the ends, as in MATPOWER.
 * <p>
 * The outcome, converged or not, is data ({@link AcCheckResult#status()} and {@link AcCheckResult#message()}), a
 * failure inside the load flow included; exceptions signal invalid input only: an {@link InputException} when the
 * IIDM model refuses the grid (the MATPOWER reader's checks make that rare), an {@link IllegalArgumentException}
 * for override arrays of the wrong length or with non-finite values (a bug of the caller).
 * Thread-safe: each call builds its own IIDM network and load-flow provider.
 */
public final class AcCheck {

    /** Overloads are reported above {@code RATE_A * (1 + OVERLOAD_TOLERANCE)}, ignoring round-off. */
    public static final double OVERLOAD_TOLERANCE = 1e-6;

    /**
     * A bus counts as outside its voltage limits beyond {@code [VMIN - tol, VMAX + tol]} p.u.: an excursion of 0.1 %
     * is below the accuracy of the model and of a voltage transducer (class 0.2 to 0.5), so it is not a finding.
     */
    public static final double VOLTAGE_TOLERANCE_PU = 1e-3;

    private AcCheck() {
    }

    /** Checks {@code grid} as it stands, with the default parameters. */
    public static AcCheckResult run(Grid grid) {
        return run(grid, null, null, AcCheckParameters.defaults());
    }

    /** Checks {@code grid} as it stands. */
    public static AcCheckResult run(Grid grid, AcCheckParameters parameters) {
        return run(grid, null, null, parameters);
    }

    /**
     * Checks {@code grid} with a dispatch and bus loads of its own.
     *
     * @param genMw      active power of each generator by row ({@code genMw[row - 1]}), or null for the grid's Pg
     * @param busLoadMw  active load of each bus in {@link Grid#buses()} order, or null for the grid's Pd; reactive
     *                   load follows at the bus's original power factor (unchanged where Pd was 0)
     * @throws IllegalArgumentException when an array has the wrong length or holds a non-finite number
     */
    public static AcCheckResult run(Grid grid, double[] genMw, double[] busLoadMw, AcCheckParameters parameters) {
        Objects.requireNonNull(grid, "grid");
        Objects.requireNonNull(parameters, "parameters");
        long start = System.nanoTime();
        Grid effective = withOverrides(grid, genMw, busLoadMw);
        IidmNetwork iidm = convert(effective);
        LoadFlowResult.ComponentResult result;
        boolean fromDc = false;
        try {
            result = runLoadFlow(iidm.network(), parameters, LoadFlowParameters.VoltageInitMode.UNIFORM_VALUES);
            if (status(result) != AcCheckStatus.CONVERGED && parameters.retryFromDcAngles()) {
                result = runLoadFlow(iidm.network(), parameters, LoadFlowParameters.VoltageInitMode.DC_VALUES);
                fromDc = true;
            }
        } catch (RuntimeException e) {
            // the grid passed every check, so a failure inside the solver is the check's outcome, not bad input
            String why = e.getMessage() == null || e.getMessage().isBlank() ? e.getClass().getSimpleName() : e.getMessage();
            return new AcCheckResult(AcCheckStatus.FAILED, "OpenLoadFlow failed: " + why, 0, fromDc, Double.NaN,
                    Double.NaN, 0, Double.NaN, 0, 0, List.of(), (System.nanoTime() - start) / 1e9);
        }
        return summarize(effective, iidm, result, fromDc, (System.nanoTime() - start) / 1e9);
    }

    /** The IIDM network of {@code grid}; PowSyBl's refusal (a value its validation does not accept) is bad input. */
    private static IidmNetwork convert(Grid grid) {
        try {
            return GridToIidm.convert(grid);
        } catch (PowsyblException e) {
            throw new InputException(grid.name(), 0, 0, "", "the AC model (PowSyBl IIDM) cannot take this grid: "
                    + e.getMessage(), e);
        }
    }

    static Grid withOverrides(Grid grid, double[] genMw, double[] busLoadMw) {
        List<Generator> gens = grid.generators();
        if (genMw != null) {
            requireLength(genMw, gens.size(), "genMw", "generators");
            gens = new ArrayList<>(gens.size());
            for (int g = 0; g < genMw.length; g++) {
                gens.add(grid.generators().get(g).withPg(genMw[g]));
            }
        }
        List<org.fairshed.grid.model.Bus> buses = grid.buses();
        if (busLoadMw != null) {
            requireLength(busLoadMw, buses.size(), "busLoadMw", "buses");
            buses = new ArrayList<>(buses.size());
            for (int i = 0; i < busLoadMw.length; i++) {
                org.fairshed.grid.model.Bus b = grid.buses().get(i);
                double qd = b.pdMw() == 0 ? b.qdMvar() : b.qdMvar() * busLoadMw[i] / b.pdMw();
                buses.add(b.withLoad(busLoadMw[i], qd));
            }
        }
        return grid.with(buses, gens, grid.branches());
    }

    private static void requireLength(double[] values, int expected, String name, String what) {
        if (values.length != expected) {
            throw new IllegalArgumentException(name + " has " + values.length + " entries, the grid has " + expected
                    + " " + what);
        }
        for (int i = 0; i < values.length; i++) {
            if (!Double.isFinite(values[i])) {
                throw new IllegalArgumentException(name + "[" + i + "] is not finite: " + values[i]);
            }
        }
    }

    private static LoadFlowResult.ComponentResult runLoadFlow(Network network, AcCheckParameters parameters,
                                                              LoadFlowParameters.VoltageInitMode init) {
        LoadFlowParameters lf = new LoadFlowParameters()
                .setDc(false)
                .setVoltageInitMode(init)
                .setDistributedSlack(parameters.distributedSlack())
                .setReadSlackBus(true)
                .setUseReactiveLimits(parameters.enforceReactiveLimits())
                .setPhaseShifterRegulationOn(false)
                .setTransformerVoltageControlOn(false)
                .setShuntCompensatorVoltageControlOn(false)
                .setTwtSplitShuntAdmittance(true)
                // every island, not only the largest: after damage a plan often has several live ones
                .setComponentMode(LoadFlowParameters.ComponentMode.ALL_CONNECTED);
        OpenLoadFlowParameters.create(lf)
                .setSlackBusSelectionMode(SlackBusSelectionMode.LARGEST_GENERATOR)
                .setMaxNewtonRaphsonIterations(parameters.maxIterations())
                .setNewtonRaphsonConvEpsPerEq(parameters.tolerancePu());
        LoadFlow.Runner runner = new LoadFlow.Runner(new OpenLoadFlowProvider(new SparseMatrixFactory()));
        LoadFlowResult result = runner.run(network, network.getVariantManager().getWorkingVariantId(),
                CallerThreadComputation.INSTANCE, lf, ReportNode.NO_OP);
        return worst(result.getComponentResults());
    }

    /**
     * The component result that decides the check: the worst outcome among the islands that were calculated (an island
     * without generation has nothing to solve), and among equals the one with the most iterations.
     */
    private static LoadFlowResult.ComponentResult worst(List<LoadFlowResult.ComponentResult> components) {
        LoadFlowResult.ComponentResult worst = null;
        for (LoadFlowResult.ComponentResult c : components) {
            if (worst == null || rank(c) > rank(worst) || rank(c) == rank(worst) && c.getIterationCount() > worst.getIterationCount()) {
                worst = c;
            }
        }
        return worst;
    }

    private static int rank(LoadFlowResult.ComponentResult c) {
        return switch (status(c)) {
            case NO_CALCULATION -> 0;
            case CONVERGED -> 1;
            case MAX_ITERATION_REACHED -> 2;
            default -> 3;
        };
    }

    private static AcCheckStatus status(LoadFlowResult.ComponentResult result) {
        if (result == null) {
            return AcCheckStatus.NO_CALCULATION;
        }
        return switch (result.getStatus()) {
            case CONVERGED -> AcCheckStatus.CONVERGED;
            case MAX_ITERATION_REACHED -> AcCheckStatus.MAX_ITERATION_REACHED;
            case NO_CALCULATION -> AcCheckStatus.NO_CALCULATION;
            default -> AcCheckStatus.FAILED;
        };
    }

    private static AcCheckResult summarize(Grid grid, IidmNetwork iidm, LoadFlowResult.ComponentResult result,
                                           boolean fromDc, double seconds) {
        AcCheckStatus status = status(result);
        int iterations = result == null ? 0 : result.getIterationCount();
        double mismatch = result == null ? Double.NaN : result.getSlackBusActivePowerMismatch();
        if (status != AcCheckStatus.CONVERGED) {
            return new AcCheckResult(status, message(status, result), iterations, fromDc, mismatch, Double.NaN, 0,
                    Double.NaN, 0, 0, List.of(), seconds);
        }
        Network network = iidm.network();
        double minV = Double.POSITIVE_INFINITY;
        double maxV = Double.NEGATIVE_INFINITY;
        int minBus = 0;
        int maxBus = 0;
        int outside = 0;
        for (org.fairshed.grid.model.Bus b : grid.buses()) {
            Bus configured = network.getBusBreakerView().getBus(iidm.busId(b.number()));
            Bus bus = configured.getVoltageLevel().getBusView().getMergedBus(configured.getId());
            double v = bus == null ? Double.NaN : bus.getV() / bus.getVoltageLevel().getNominalV();
            if (Double.isNaN(v)) {
                continue;
            }
            if (v < minV) {
                minV = v;
                minBus = b.number();
            }
            if (v > maxV) {
                maxV = v;
                maxBus = b.number();
            }
            if (b.vmaxPu() > 0 && (v < b.vminPu() - VOLTAGE_TOLERANCE_PU || v > b.vmaxPu() + VOLTAGE_TOLERANCE_PU)) {
                outside++;
            }
        }
        List<AcOverload> overloads = new ArrayList<>();
        for (int row = 1; row <= grid.branches().size(); row++) {
            Branch br = grid.branch(row);
            if (!br.inService() || !br.isLimited()) {
                continue;
            }
            com.powsybl.iidm.network.Branch<?> branch = network.getBranch(iidm.branchId(row));
            double flow = Math.max(mva(branch.getTerminal(TwoSides.ONE)), mva(branch.getTerminal(TwoSides.TWO)));
            if (flow > br.rateA() * (1 + OVERLOAD_TOLERANCE)) {
                overloads.add(new AcOverload(row, br.from(), br.to(), flow, br.rateA(),
                        AcOverload.emergencyRating(br.rateA(), br.rateB()), 100 * flow / br.rateA()));
            }
        }
        return new AcCheckResult(status, "", iterations, fromDc, mismatch, minBus == 0 ? Double.NaN : minV, minBus,
                maxBus == 0 ? Double.NaN : maxV, maxBus, outside, overloads, seconds);
    }

    /** Why the check did not converge, in words. */
    private static String message(AcCheckStatus status, LoadFlowResult.ComponentResult result) {
        String text = result == null || result.getStatusText() == null ? "" : result.getStatusText();
        return switch (status) {
            case MAX_ITERATION_REACHED -> "Newton-Raphson stopped at its iteration limit without converging"
                    + (text.isEmpty() ? "" : " (" + text + ")");
            case NO_CALCULATION -> "nothing to calculate (no live island with a reference bus)";
            default -> "the load flow failed" + (text.isEmpty() ? "" : ": " + text);
        };
    }

    /** Apparent power at a terminal (MVA); 0 when it was not computed (e.g. outside the main component). */
    private static double mva(Terminal terminal) {
        double s = Math.hypot(terminal.getP(), terminal.getQ());
        return Double.isNaN(s) ? 0 : s;
    }
}
