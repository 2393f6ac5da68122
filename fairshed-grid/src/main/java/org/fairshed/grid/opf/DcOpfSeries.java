package org.fairshed.grid.opf;

import java.util.List;
import org.fairshed.grid.lp.LpModel;
import org.fairshed.grid.lp.LpResult;
import org.fairshed.grid.lp.LpSolverType;
import org.fairshed.grid.lp.LpStatus;
import org.fairshed.grid.lp.OrToolsLpModel;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.topology.Island;
import org.fairshed.grid.topology.Islands;

/**
 * DC OPFs of one grid (topology, generators, costs) under many load vectors, e.g. the hours of a day. In the
 * {@link DcOpfFormulation#PTDF} formulation one LP serves every solve: a load vector changes only right-hand sides,
 * and the branch rows and cost tangents found for one solve stay for the next, which GLOP starts from the last basis.
 * Each solve is independent in its outcome: the same optimum as a fresh {@link DcOpf#run} of the grid with those loads,
 * within the cost tolerance. Not thread-safe; holds native memory: close it.
 */
public final class DcOpfSeries implements AutoCloseable {

    /** A flow may leave its limit by this much (MW) before the branch's row is added. */
    static final double FLOW_TOLERANCE_MW = 1e-6;
    /** Branch rows added per round at most, the most overloaded first. */
    static final int MAX_ROWS_PER_ROUND = 200;
    /** FAIRSHED_TRACE set: every round of every solve on stderr. */
    private static final boolean TRACE = System.getenv("FAIRSHED_TRACE") != null;

    private final Grid grid;
    private final DcOpfParameters parameters;
    private PtdfNetwork net;
    private PtdfModel model;
    private LpModel lp;

    private DcOpfSeries(Grid grid, DcOpfParameters parameters) {
        this.grid = grid;
        this.parameters = parameters;
    }

    /**
     * A series over {@code grid}; its bus loads are those {@link #solve(double[])} replaces.
     *
     * @throws org.fairshed.common.InputException when a cost or a branch is one the DC OPF cannot take
     */
    public static DcOpfSeries of(Grid grid, DcOpfParameters parameters) {
        DcOpfCostCheck.check(grid);
        checkLoads(grid, busLoads(grid));
        DcOpfSeries series = new DcOpfSeries(grid, parameters);
        if (parameters.formulation() == DcOpfFormulation.PTDF) {
            series.build(busLoads(grid), List.of(), true);
        }
        return series;
    }

    private static double[] busLoads(Grid grid) {
        return grid.buses().stream().mapToDouble(Bus::pdMw).toArray();
    }

    /** The DC OPF with every bus load Pd multiplied by {@code loadFactor} (as a scenario's loadScale). */
    public DcOpfResult solveScaled(double loadFactor) {
        double[] pd = busLoads(grid);
        for (int b = 0; b < pd.length; b++) {
            pd[b] *= loadFactor;
        }
        return solve(pd);
    }

    /**
     * The DC OPF with bus loads {@code busPdMw} (MW, by bus index) in place of the grid's.
     *
     * @throws IllegalArgumentException when the array does not hold one finite load per bus
     */
    public DcOpfResult solve(double[] busPdMw) {
        checkLoads(grid, busPdMw);
        if (parameters.formulation() == DcOpfFormulation.ANGLES) {
            return AngleDcOpf.run(withLoads(busPdMw), parameters);
        }
        long t0 = System.nanoTime();
        if (!sameDeadIslands(busPdMw)) {
            build(busPdMw, model.branchesInModel(), true);
        }
        model.setLoads(busPdMw);
        DcOpfResult r = lazySolve(busPdMw, t0);
        if (r.status() == DcOpfStatus.INFEASIBLE && DcOpfOutcomes.islandShortfalls(withLoads(busPdMw), net.islands).isEmpty()) {
            r = networkInfeasible(busPdMw, r, t0);
        }
        if (!r.status().isSuccess()) {
            // start the next solve from a fresh LP (the engine's state after a failure is no base), with the rows found
            build(busPdMw, model.branchesInModel(), false);
        }
        return r;
    }

    /**
     * An OPF found infeasible although every island has generation enough: names the branches the least-overload
     * dispatch leaves over their limits; when there are none, the engine was wrong, and a fresh LP tries again.
     */
    private DcOpfResult networkInfeasible(double[] pd, DcOpfResult infeasible, long t0) {
        double remaining = parameters.timeLimitSeconds() - (System.nanoTime() - t0) / 1e9;
        OverloadDiagnosis.Result d = OverloadDiagnosis.find(net, pd, model.branchesInModel(), remaining);
        if (d.feasible()) {
            build(pd, model.branchesInModel(), false);
            DcOpfResult again = lazySolve(pd, t0);
            if (again.status() != DcOpfStatus.INFEASIBLE) {
                return again;
            }
            return DcOpfOutcomes.failure(DcOpfStatus.ERROR, parameters.solver() + " calls the OPF infeasible twice, but a "
                    + "dispatch within every limit exists (the least-overload dispatch leaves no branch over its limit)",
                    infeasible.rounds() + again.rounds(), infeasible.solveSeconds() + again.solveSeconds(), t0);
        }
        double capacity = 0;
        for (var island : net.islands.all()) {
            capacity += island.isDead() ? 0 : island.capacityMw();
        }
        double load = 0;
        for (int b = 0; b < pd.length; b++) {
            load += net.liveBus[b] ? pd[b] + grid.buses().get(b).gsMw() : 0;
        }
        return DcOpfOutcomes.failure(DcOpfStatus.INFEASIBLE, OverloadDiagnosis.explain(d, grid, capacity, load),
                infeasible.rounds(), infeasible.solveSeconds(), t0);
    }

    private static void checkLoads(Grid grid, double[] busPdMw) {
        if (busPdMw.length != grid.buses().size()) {
            throw new IllegalArgumentException("expected " + grid.buses().size() + " bus loads, got " + busPdMw.length);
        }
        for (int b = 0; b < busPdMw.length; b++) {
            if (!Double.isFinite(busPdMw[b])) {
                throw new IllegalArgumentException("load of bus " + grid.buses().get(b).number() + " is " + busPdMw[b]);
            }
        }
    }

    /** Solves, adds the rows of overloaded branches and tangents where the cost is loose, until neither is needed. */
    private DcOpfResult lazySolve(double[] pd, long t0) {
        double solveSeconds = 0;
        int rounds = 0;
        int cuttingRounds = 0;
        while (true) {
            double remaining = parameters.timeLimitSeconds() - (System.nanoTime() - t0) / 1e9;
            if (remaining <= 0) {
                return DcOpfOutcomes.failure(DcOpfStatus.TIME_LIMIT, "time limit of " + parameters.timeLimitSeconds()
                        + " s reached after " + rounds + " rounds", rounds, solveSeconds, t0);
            }
            LpResult r = lp.solve(remaining);
            rounds++;
            solveSeconds += r.seconds();
            if (r.status() != LpStatus.OPTIMAL) {
                return DcOpfOutcomes.failure(DcOpfOutcomes.statusOf(r.status()),
                        DcOpfOutcomes.explain(r, withLoads(pd), net.islands), rounds, solveSeconds, t0);
            }
            double[] gen = model.dispatch();
            double[] under = model.costs.underestimates(gen);
            double trueCost = model.costs.totalCost(gen);
            double[] theta = net.anglesRad(gen, pd);
            double[] flows = net.flowsMw(theta);
            int added = model.addOverloaded(flows, FLOW_TOLERANCE_MW, MAX_ROWS_PER_ROUND);
            double gap = trueCost - r.objective();
            boolean tight = gap <= parameters.costTolerance() * Math.max(1.0, Math.abs(trueCost));
            boolean refined = !tight && cuttingRounds < parameters.maxRounds()
                    && model.costs.refine(gen, under, parameters.costTolerance(), trueCost);
            if (refined) {
                cuttingRounds++;
            }
            trace(rounds, r, added, refined, gap);
            if (added == 0 && !refined) {
                if (!tight) {
                    return DcOpfOutcomes.failure(DcOpfStatus.ERROR, "cost approximation did not converge: gap " + gap
                            + " $/h after " + cuttingRounds + " cutting-plane rounds", rounds, solveSeconds, t0);
                }
                return success(pd, gen, theta, flows, trueCost, gap, rounds, solveSeconds, t0);
            }
        }
    }

    private void trace(int round, LpResult r, int added, boolean refined, double gap) {
        if (TRACE) {
            System.err.printf(java.util.Locale.ROOT, "opf: round %d %.3f s, %d branch rows added (%d in all), gap %.3g $/h%s%n",
                    round, r.seconds(), added, model.branchesInModel().size(), gap, refined ? ", tangents added" : "");
        }
    }

    private DcOpfResult success(double[] pd, double[] gen, double[] theta, double[] flows, double cost, double gap,
                                int rounds, double solveSeconds, long t0) {
        double[] deg = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            deg[i] = net.liveBus[i] ? Math.toDegrees(theta[i]) : 0.0;
        }
        double generation = 0;
        for (double p : gen) {
            generation += p;
        }
        double load = 0;
        double unserved = 0;
        for (int b = 0; b < pd.length; b++) {
            if (pd[b] > 0 && !grid.buses().get(b).isIsolated()) {
                load += pd[b];
                unserved += net.liveBus[b] ? 0 : pd[b];
            }
        }
        return new DcOpfResult(DcOpfStatus.OPTIMAL, "", cost, gap, gen, deg, flows, generation, load - unserved, unserved,
                rounds, solveSeconds, (System.nanoTime() - t0) / 1e9);
    }

    /** Whether the model's dead islands (load, no generation) are still the dead ones under {@code pd}. */
    private boolean sameDeadIslands(double[] pd) {
        double[] load = new double[net.islands.count()];
        for (int b = 0; b < pd.length; b++) {
            int island = net.islands.islandOfBusIndex(b);
            if (island != Islands.NO_ISLAND && pd[b] > 0) {
                load[island] += pd[b];
            }
        }
        for (Island island : net.islands.all()) {
            boolean dead = load[island.index()] > 0 && (island.generatorCount() == 0 || island.capacityMw() <= 0);
            if (dead != island.isDead()) {
                return false;
            }
        }
        return true;
    }

    /** A fresh LP for the loads {@code pd} (and a fresh network model), starting with the rows of {@code branches}. */
    private void build(double[] pd, List<Integer> branches, boolean newNetwork) {
        if (lp != null) {
            lp.close();
        }
        if (newNetwork) {
            if (net != null) {
                net.close();
            }
            Grid loaded = withLoads(pd);
            net = new PtdfNetwork(loaded, Islands.of(loaded), parameters.angleLimits());
        }
        lp = parameters.solver() == LpSolverType.GLOP ? OrToolsLpModel.incremental(LpSolverType.GLOP)
                : new OrToolsLpModel(parameters.solver());
        model = new PtdfModel(net, lp, parameters.initialTangents());
        model.setLoads(pd);
        model.addBranches(branches);
    }

    private Grid withLoads(double[] pd) {
        List<Bus> buses = grid.buses();
        List<Bus> loaded = new java.util.ArrayList<>(buses.size());
        for (int b = 0; b < pd.length; b++) {
            Bus bus = buses.get(b);
            loaded.add(bus.pdMw() == pd[b] ? bus : bus.withLoad(pd[b], bus.qdMvar()));
        }
        return grid.with(loaded, grid.generators(), grid.branches());
    }

    @Override
    public void close() {
        if (lp != null) {
            lp.close();
            net.close();
            lp = null;
        }
    }
}
