package org.fairshed.rota.sweep;

import com.google.ortools.Loader;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearArgument;
import com.google.ortools.sat.LinearExpr;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.RelaxedRule;
import org.fairshed.rota.RotaMethod;
import org.fairshed.rota.RotaParameters;
import org.fairshed.rota.RotaProblem;
import org.fairshed.rota.model.RegionDayModel;
import org.fairshed.rota.model.RegionSchedules;
import org.fairshed.rota.model.RuleChecker;

/**
 * The rota: the {@link SweepRota sweep} builds a schedule within the rules, then CP-SAT improves it lexicographically
 * by successive solves within {@link RotaParameters#searchSeconds()} (skipped when that is below
 * {@link #MIN_STAGE_SECONDS} per stage). Each stage minimizes one objective starting from the best schedule so far
 * (its hint), and its optimum, or the best value at the time limit, becomes a bound for the next. Stages: (0, only
 * when the hard rules are infeasible) fewest relaxed max-off / min-on instances; (1) with every half-hour inside its
 * over-shed window and, on a re-plan, first the fewest changed cells, least spread, then least maximum, of the groups'
 * hours off over the rolling week, today included; (2) least switched-off energy; (3) fewest outages. When the windows cannot hold,
 * least energy over the whole day comes first and the windows become a day budget. A stage that finds nothing keeps
 * the schedule it started from, and the result is compared with the sweep's on rule breaks, week spread, over-shed
 * and outages, so it is never worse than the sweep's.
 */
public final class OptimalRota implements RotaMethod {

    public static final String NAME = "optimal";
    /** Lexicographic CP-SAT stages sharing the search time (one more on a re-plan). */
    static final int STAGES = 4;
    /**
     * Below this much CP-SAT time per stage the sweep's schedule is kept as is: building and presolving the model costs
     * several times its deterministic time in wall-clock, and short runs did not improve on the sweep.
     */
    static final double MIN_STAGE_SECONDS = 0.05;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public RegionSchedule schedule(RotaProblem p, RotaParameters params) {
        long started = System.nanoTime();
        RegionDayModel input = RegionDayModel.of(p, params);
        long[] ledger = input.ledger();
        boolean[][] sweep = SweepRota.schedule(input);
        boolean rulesHold = RuleChecker.check(p, sweep, params).relaxations().stream()
                .noneMatch(r -> r.rule() == RelaxedRule.MAX_OFF || r.rule() == RelaxedRule.MIN_ON);
        double stageSeconds = params.searchSeconds() / STAGES;
        if (stageSeconds < MIN_STAGE_SECONDS) {
            return finish(p, params, input, sweep, false, started);
        }
        NativeLibraries.ensureLoaded();
        Stages stages = new Stages(stageSeconds, sweep);
        RotaCpModel m = new RotaCpModel(input, false, true);
        LinearExpr fairness = m.weekFairness(ledger);
        Long best = null;
        if (rulesHold && withinWindows(input, sweep)) {
            keepPublished(p, m, stages);
            best = stages.minimize(m, fairness);
        }
        if (best == null) {
            // the rules or the windows bind: least over-shed over the whole day first, then fairness within the budget
            m = new RotaCpModel(input, !rulesHold, false);
            if (!rulesHold) {
                Long relaxed = stages.minimize(m, m.relaxedRules());
                if (relaxed == null) {
                    return finish(p, params, input, stages.solution, false, started);
                }
                m.model.addLessOrEqual(m.relaxedRules(), relaxed);
            }
            Long energy = stages.minimize(m, m.offLoadKw());
            if (energy == null) {
                return finish(p, params, input, stages.solution, false, started);
            }
            m.model.addLessOrEqual(m.offLoadKw(), energy + m.dayBudgetKw(params.overShedBudget()));
            keepPublished(p, m, stages);
            fairness = m.weekFairness(ledger);
            best = stages.minimize(m, fairness);
        }
        if (best != null) {
            m.model.addLessOrEqual(fairness, best);
            stages.fixMinimum(m, m.offLoadKw());
            stages.fixMinimum(m, m.switchings());
        }
        if (SweepQuality.of(input, sweep).compareTo(SweepQuality.of(input, stages.solution)) < 0) {
            // the solver ran out of time on a harder path (the windows did not hold): the sweep's schedule is better
            return finish(p, params, input, sweep, false, started);
        }
        return finish(p, params, input, stages.solution, stages.proven && best != null, started);
    }

    /** The schedule record, its possible layer from the same sweep on the grown quota (see SweepPossibleLayer.bySweep). */
    private static RegionSchedule finish(RotaProblem p, RotaParameters params, RegionDayModel input, boolean[][] off,
                                         boolean proven, long started) {
        boolean[][] possible = SweepPossibleLayer.bySweep(input, off, params);
        return RegionSchedules.of(p, NAME, off, possible, params, proven, started);
    }

    /** On a re-plan, fewest changes to the published schedule come right after over-shed (a published rota is a promise). */
    private static void keepPublished(RotaProblem p, RotaCpModel m, Stages stages) {
        if (p.previousOff() != null) {
            stages.fixMinimum(m, m.changes());
        }
    }

    /** True when every half-hour of {@code off} switches off at most its window. */
    private static boolean withinWindows(RegionDayModel day, boolean[][] off) {
        for (int h = 0; h < day.quotaKw().length; h++) {
            long shed = 0;
            for (int g = 0; g < off.length; g++) {
                shed += off[g][h] ? day.loadKw()[g][h] : 0;
            }
            if (shed > day.windowKw()[h] && day.quotaKw()[h] > 0) {
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

        /** The wall-clock limit of a stage is this many times its deterministic budget. */
        private static final double WALL_CLOCK_GUARD = 10;

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
