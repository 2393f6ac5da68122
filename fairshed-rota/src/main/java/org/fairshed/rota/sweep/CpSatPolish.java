package org.fairshed.rota.sweep;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.model.RegionDayModel;

/**
 * CP-SAT's polish of the sweep's schedule of one region-day: lexicographic successive solves within the region-day's
 * share of the CP-SAT time ({@link RotaParameters#searchSeconds()}, already divided by the run's region-days), and
 * none at all when that share is below {@link #MIN_STAGE_SECONDS} per stage, which with the default times means on
 * every run of more than {@link SweepRota#largestPolishedRun two} region-days. Each stage minimizes one objective
 * starting from the best schedule so far (its hint), and its optimum, or the best value at the time limit, becomes a
 * bound for the next. Stages: (0, only when the hard rules are infeasible) fewest relaxed max-off / min-on instances;
 * (1) with every half-hour inside its over-shed window and, on a re-plan, first the fewest changed cells, least
 * spread, then least maximum, of the groups' hours off over the rolling week, today included; (2) least switched-off
 * energy; (3) fewest outages. When the windows cannot hold, least energy over the whole day comes first and the
 * windows become a day budget. A stage that finds nothing keeps the schedule it started from, and the result is
 * compared with the sweep's on rule breaks, week spread, over-shed and outages, so it is never worse than the sweep's.
 */
final class CpSatPolish {

    /** Lexicographic CP-SAT stages sharing the search time (one more on a re-plan). */
    static final int STAGES = 4;
    /**
     * Below this much CP-SAT time per stage the sweep's schedule is kept as is: building and presolving the model costs
     * several times its deterministic time in wall-clock, and short runs did not improve on the sweep.
     */
    static final double MIN_STAGE_SECONDS = 0.05;

    /** A polished schedule and whether every CP-SAT stage proved its optimum. */
    record Polished(boolean[][] off, boolean proven) {
    }

    private CpSatPolish() {
    }

    /** True when a region-day given {@code searchSeconds} of CP-SAT time is polished at all. */
    static boolean runs(double searchSeconds) {
        return searchSeconds / STAGES >= MIN_STAGE_SECONDS;
    }

    /** The polished schedule of {@code day}, starting from the sweep's {@code sweep}; call only when {@link #runs}. */
    static Polished polish(RegionDayModel day, boolean[][] sweep, RotaParameters params) {
        boolean rulesHold = SweepQuality.of(day, sweep).ruleBreaks() == 0;
        long[] ledger = day.ledger();
        NativeLibraries.ensureLoaded();
        Stages stages = new Stages(params.searchSeconds() / STAGES, sweep);
        RotaCpModel m = new RotaCpModel(day, false, true);
        LinearExpr fairness = m.weekFairness(ledger);
        Long best = null;
        if (rulesHold && withinWindows(day, sweep)) {
            keepPublished(day, m, stages);
            best = stages.minimize(m, fairness);
        }
        if (best == null) {
            // the rules or the windows bind: least over-shed over the whole day first, then fairness within the budget
            m = new RotaCpModel(day, !rulesHold, false);
            if (!rulesHold) {
                Long relaxed = stages.minimize(m, m.relaxedRules());
                if (relaxed == null) {
                    return new Polished(stages.solution, false);
                }
                m.model.addLessOrEqual(m.relaxedRules(), relaxed);
            }
            Long energy = stages.minimize(m, m.offLoadKw());
            if (energy == null) {
                return new Polished(stages.solution, false);
            }
            m.model.addLessOrEqual(m.offLoadKw(), energy + m.dayBudgetKw(params.overShedBudget()));
            keepPublished(day, m, stages);
            fairness = m.weekFairness(ledger);
            best = stages.minimize(m, fairness);
        }
        if (best != null) {
            m.model.addLessOrEqual(fairness, best);
            stages.fixMinimum(m, m.offLoadKw());
            stages.fixMinimum(m, m.switchings());
        }
        if (SweepQuality.of(day, sweep).compareTo(SweepQuality.of(day, stages.solution)) < 0) {
            // the solver ran out of time on a harder path (the windows did not hold): the sweep's schedule is better
            return new Polished(sweep, false);
        }
        return new Polished(stages.solution, stages.proven && best != null);
    }

    /** On a re-plan, fewest changes to the published schedule come right after over-shed (a published rota is a promise). */
    private static void keepPublished(RegionDayModel day, RotaCpModel m, Stages stages) {
        if (day.previous() != null) {
            stages.fixMinimum(m, m.changes());
        }
    }

    /** True when every half-hour of {@code off} switches off at most its window. */
    private static boolean withinWindows(RegionDayModel day, boolean[][] off) {
        for (int h = 0; h < day.quota().length; h++) {
            long shed = 0;
            for (int g = 0; g < off.length; g++) {
                shed += off[g][h] ? day.load()[g][h] : 0;
            }
            if (shed > day.window()[h] && day.quota()[h] > 0) {
                return false;
            }
        }
        return true;
    }

    /** The successive solves of one region-day; {@code solution} is always the best schedule so far. */
    private static final class Stages {
        private final double stageSeconds;
        boolean[][] solution;
        boolean proven = true;

        /**
         * The wall-clock limit of a stage is this many times its deterministic budget: only a guard against a stuck
         * solve. At 10 times a loaded machine (CI's two cores running other tests) reached it, the stage stopped at
         * another point than the deterministic budget would have, and the same day's rota came out different
         * (RotaLedgerTest's re-run of the same day); a published rota must be reproducible.
         */
        private static final double WALL_CLOCK_GUARD = 100;

        Stages(double stageSeconds, boolean[][] start) {
            this.stageSeconds = stageSeconds;
            this.solution = start;
        }

        /** Minimizes {@code objective}; its best value, or null when no solution was found. */
        Long minimize(RotaCpModel m, LinearArgument objective) {
            m.model.minimize(objective);
            m.hint(solution);
            CpSolver solver = new CpSolver();
            // one worker and a deterministic time budget: the same input gives the same schedule on any machine (a
            // published rota must be reproducible); the wall-clock limit only guards against a much slower machine
            solver.getParameters().setNumWorkers(1).setMaxDeterministicTime(stageSeconds)
                    .setMaxTimeInSeconds(WALL_CLOCK_GUARD * stageSeconds);
            CpSolverStatus status = solver.solve(m.model);
            if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
                proven = false;
                return null;
            }
            proven &= status == CpSolverStatus.OPTIMAL;
            solution = m.values(solver);
            return Math.round(solver.objectiveValue());
        }

        /** Minimizes {@code objective} and keeps it at its best value for the later stages. */
        void fixMinimum(RotaCpModel m, LinearArgument objective) {
            Long v = minimize(m, objective);
            if (v != null) {
                m.model.addLessOrEqual(objective, v);
            }
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
