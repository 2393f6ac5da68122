package org.fairshed.plan.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToDoubleFunction;
import org.fairshed.grid.lp.LpModel;
import org.fairshed.grid.lp.LpResult;
import org.fairshed.grid.lp.LpSolverType;
import org.fairshed.grid.lp.LpStatus;
import org.fairshed.grid.lp.OrToolsLpModel;
import org.junit.jupiter.api.Test;

/**
 * The leximin stage on a hand-built LP of three groups, each a region shedding x_i of its 10 MW (share x_i / 10):
 * together they must shed 6 MW, and group a at least 4 MW (a branch it sits behind). The leximin is a at 0.4, b and c
 * at 0.1 each.
 */
class LeximinStageTest {

    private static final double DELTA_SHARE = 1e-6;
    private static final double LIMIT_SECONDS = 10;

    @Test
    void sharesAreFilledProgressivelyAndDualsAreRequiredDuringTheSteps() {
        try (Recording lp = new Recording(OrToolsLpModel.incremental(LpSolverType.GLOP), null)) {
            int[] x = threeGroups(lp);
            LeximinStage stage = LeximinStage.prepare(lp, groups(x));

            LpResult failure = stage.run(() -> lp.solve(LIMIT_SECONDS));

            assertThat(failure).isNull();
            assertThat(lp.dualsRequiredAtSolves).isNotEmpty().containsOnly(true);
            assertThat(lp.dualsRequired).isFalse();
            // fixing the last groups discarded the solution: the next stage's solve (here the same objective) reads it
            assertThat(lp.solve(LIMIT_SECONDS).status()).isEqualTo(LpStatus.OPTIMAL);
            assertThat(lp.value(x[0]) / 10).isCloseTo(0.4, within(DELTA_SHARE));
            assertThat(lp.value(x[1]) / 10).isCloseTo(0.1, within(DELTA_SHARE));
            assertThat(lp.value(x[2]) / 10).isCloseTo(0.1, within(DELTA_SHARE));
        }
    }

    /** An engine may answer without duals (LpModel#dual's contract): the stage fails as data, it does not throw. */
    @Test
    void aStepAnsweredWithoutDualsFailsTheStageAsDataAndReleasesTheRequirement() {
        try (Recording lp = new Recording(OrToolsLpModel.incremental(LpSolverType.GLOP), row -> {
            throw new UnsupportedOperationException("no duals from this engine");
        })) {
            LeximinStage stage = LeximinStage.prepare(lp, groups(threeGroups(lp)));

            LpResult failure = stage.run(() -> lp.solve(LIMIT_SECONDS));

            assertThat(failure).isNotNull();
            assertThat(failure.status()).isEqualTo(LpStatus.ERROR);
            assertThat(failure.message()).contains("row duals").contains("no duals from this engine");
            assertThat(lp.dualsRequired).isFalse();
        }
    }

    /**
     * A step that finds no solution with the fixed shares' margin of 1e-8 (GLOP's accuracy is about that size) is tried
     * again with every fixed share at its level + 1e-7, and the leximin goes on.
     */
    @Test
    void aStepWithoutASolutionIsTriedAgainWithTheFixedSharesLoosened() {
        try (Recording lp = new Recording(OrToolsLpModel.incremental(LpSolverType.GLOP), null)) {
            int[] x = threeGroups(lp);
            LeximinStage stage = LeximinStage.prepare(lp, groups(x));
            lp.infeasibleAtSolve = 1;

            LpResult failure = stage.run(() -> lp.solve(LIMIT_SECONDS));

            assertThat(failure).isNull();
            assertThat(lp.dualsRequiredAtSolves).hasSizeGreaterThanOrEqualTo(3).containsOnly(true);
            // group a, fixed first at 0.4: its fixing row 0.1 x0 <= level + margin, the margin widened to 1e-7
            assertThat(lp.upperBounds.get("fixed_g0")).isCloseTo(0.4 + LeximinStage.LOOSE_SHARE_TOLERANCE, within(1e-12));
            assertThat(lp.solve(LIMIT_SECONDS).status()).isEqualTo(LpStatus.OPTIMAL);
            assertThat(lp.value(x[1]) / 10).isCloseTo(0.1, within(DELTA_SHARE));
        }
    }

    private static int[] threeGroups(LpModel lp) {
        int[] x = new int[3];
        for (int i = 0; i < 3; i++) {
            x[i] = lp.addVariable(0, 10, 0, "x" + i);
        }
        lp.addRow(6, Double.POSITIVE_INFINITY, x, new double[] {1, 1, 1}, "shed_at_least_6");
        lp.addRow(4, Double.POSITIVE_INFINITY, new int[] {x[0]}, new double[] {1}, "a_behind_its_branch");
        return x;
    }

    private static List<LeximinStage.Group> groups(int[] x) {
        List<LeximinStage.Group> groups = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            groups.add(new LeximinStage.Group("g" + i, new int[] {x[i]}, 0.1, 0));
        }
        return groups;
    }

    /** Delegates to a real model, notes whether duals were required at each solve, and may answer duals its own way. */
    private static final class Recording implements LpModel {
        private final LpModel inner;
        private final IntToDoubleFunction duals;
        private final List<Boolean> dualsRequiredAtSolves = new ArrayList<>();
        private boolean dualsRequired;
        /** The solve of this index (from 0) answers INFEASIBLE without solving; -1 for none. */
        private int infeasibleAtSolve = -1;
        private final java.util.Map<Integer, String> rowNames = new java.util.HashMap<>();
        private final java.util.Map<String, Double> upperBounds = new java.util.HashMap<>();

        Recording(LpModel inner, IntToDoubleFunction duals) {
            this.inner = inner;
            this.duals = duals;
        }

        @Override
        public int addVariable(double lb, double ub, double cost, String name) {
            return inner.addVariable(lb, ub, cost, name);
        }

        @Override
        public int addRow(double lb, double ub, int[] vars, double[] coefs, String name) {
            int row = inner.addRow(lb, ub, vars, coefs, name);
            rowNames.put(row, name);
            return row;
        }

        @Override
        public void setVariableBounds(int var, double lb, double ub) {
            inner.setVariableBounds(var, lb, ub);
        }

        @Override
        public double upperBound(int var) {
            return inner.upperBound(var);
        }

        @Override
        public void setObjectiveCoefficient(int var, double cost) {
            inner.setObjectiveCoefficient(var, cost);
        }

        @Override
        public void setRowBounds(int row, double lb, double ub) {
            upperBounds.put(rowNames.get(row), ub);
            inner.setRowBounds(row, lb, ub);
        }

        @Override
        public void clearObjective() {
            inner.clearObjective();
        }

        @Override
        public void setObjectiveOffset(double offset) {
            inner.setObjectiveOffset(offset);
        }

        @Override
        public int variableCount() {
            return inner.variableCount();
        }

        @Override
        public int rowCount() {
            return inner.rowCount();
        }

        @Override
        public LpResult solve(double timeLimitSeconds) {
            dualsRequiredAtSolves.add(dualsRequired);
            if (dualsRequiredAtSolves.size() - 1 == infeasibleAtSolve) {
                return new LpResult(LpStatus.INFEASIBLE, Double.NaN, 0, "made infeasible by the test");
            }
            return inner.solve(timeLimitSeconds);
        }

        @Override
        public double value(int var) {
            return inner.value(var);
        }

        @Override
        public double dual(int row) {
            return duals == null ? inner.dual(row) : duals.applyAsDouble(row);
        }

        @Override
        public void requireDuals(boolean on) {
            dualsRequired = on;
            inner.requireDuals(on);
        }

        @Override
        public String exportLp() {
            return inner.exportLp();
        }

        @Override
        public void close() {
            inner.close();
        }
    }
}
