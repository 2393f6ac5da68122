package org.fairshed.rota;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;

/**
 * The CP-SAT rota, lexicographic by successive solves: each stage minimizes one objective, then its optimum (or the
 * best value found at the time limit) is added as a bound and the next stage starts from the previous solution as a
 * hint. Stages: (0, only when the hard rules are infeasible) fewest relaxed max-off / min-on instances; (1) least
 * switched-off energy, kept within {@code overShedBudget} × the day's quota energy for the later stages; (2) least
 * maximum of the groups' hours off over the rolling week, today included; (3) least switched-off energy again (returns
 * the budget fairness did not need); (4) fewest outages; (5) on re-plan, fewest changed cells.
 */
final class OptimalRota implements RotaMethod {

    static final String NAME = "optimal";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RegionSchedule schedule(RotaProblem p, RotaParameters params) {
        long started = System.nanoTime();
        NativeLibraries.ensureLoaded();
        Stages stages = new Stages(params);
        long[] ledger = new long[p.groupCount()];
        for (int g = 0; g < ledger.length; g++) {
            ledger[g] = Math.round(p.ledgerHours()[g] / HalfHours.HOURS);
        }
        RotaCpModel m = new RotaCpModel(p, params, false, true);
        stages.solution = m.greedy(ledger);
        LinearExpr fairness = m.weekFairness(ledger);
        Long best = stages.minimize(m, fairness);
        if (best == null) {
            // the rules or the windows bind (or no solution within the limit): least over-shed over the whole day first, then fairness within the budget
            m = new RotaCpModel(p, params, false, false);
            Long energy = stages.minimize(m, m.offLoadKw());
            if (energy == null) {
                m = new RotaCpModel(p, params, true, false);
                Long relaxed = stages.minimize(m, m.relaxedRules());
                if (relaxed == null) {
                    return allOff(p, params, started);
                }
                m.model.addLessOrEqual(m.relaxedRules(), relaxed);
                energy = stages.minimize(m, m.offLoadKw());
            }
            if (energy == null) {
                return allOff(p, params, started);
            }
            m.model.addLessOrEqual(m.offLoadKw(), energy + (long) Math.floor(params.overShedBudget() * m.quotaTotalKw()));
            fairness = m.weekFairness(ledger);
            best = stages.minimize(m, fairness);
        }
        if (best == null) {
            return allOff(p, params, started);
        }
        m.model.addLessOrEqual(fairness, best);
        stages.fixMinimum(m, m.offLoadKw());
        stages.fixMinimum(m, m.switchings());
        if (p.previousOff() != null) {
            stages.fixMinimum(m, m.changes());
        }
        return RotaRules.schedule(p, NAME, stages.solution, params, stages.proven, started);
    }

    /** Safe fallback when the solver fails: every group off wherever there is a quota (never under-sheds). */
    private static RegionSchedule allOff(RotaProblem p, RotaParameters params, long started) {
        boolean[][] x = new boolean[p.groupCount()][HalfHours.PER_DAY];
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            for (int g = 0; g < p.groupCount(); g++) {
                x[g][h] = h < p.frozenHalfHours() ? p.previousAt(g, h) : p.quotaAt(h) > 0;
            }
        }
        RegionSchedule s = RotaRules.schedule(p, NAME, x, params, false, started);
        return new RegionSchedule(s.region(), s.date(), NAME, s.quotaMw(), s.groups(), RotaStatus.ERROR, s.relaxations(),
                s.solveSeconds());
    }

    /** The successive solves of one region-day. */
    private static final class Stages {
        private final RotaParameters params;
        boolean[][] solution;
        boolean proven = true;
        boolean infeasible;

        /** The wall-clock limit of a stage is this many times its deterministic budget. */
        private static final double WALL_CLOCK_GUARD = 10;

        Stages(RotaParameters params) {
            this.params = params;
        }

        /** Minimizes {@code objective}; its best value, or null when no solution was found. */
        Long minimize(RotaCpModel m, LinearArgument objective) {
            m.model.minimize(objective);
            if (solution != null) {
                m.hint(solution);
            }
            CpSolver solver = new CpSolver();
            // one worker and a deterministic time budget: the same input gives the same schedule on any machine (a
            // published rota must be reproducible); the wall-clock limit only guards against a much slower machine
            solver.getParameters().setNumWorkers(1).setMaxDeterministicTime(params.stageTimeLimitSeconds())
                    .setMaxTimeInSeconds(WALL_CLOCK_GUARD * params.stageTimeLimitSeconds());
            CpSolverStatus status = solver.solve(m.model);
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
                infeasible = status == CpSolverStatus.INFEASIBLE;
                return null;
            }
            proven &= status == CpSolverStatus.OPTIMAL;
            solution = m.values(solver);
            return Math.round(solver.objectiveValue());
        }

        /** Minimizes {@code objective} and keeps it at its best value for the later stages. */
        void fixMinimum(RotaCpModel m, LinearArgument objective) {
            Long v = minimize(m, objective);
            if (v == null) {
                proven = false;
                return;
            }
            m.model.addLessOrEqual(objective, v);
        }
    }

    /** Loads OR-Tools' native libraries once per class loader. */
    private static final class NativeLibraries {
        static {
            Loader.loadNativeLibraries();
        }

        static void ensureLoaded() {
            // class initialization above runs exactly once, thread-safely
        }
    }
}
