package org.fairshed.grid.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Sifting against the whole program in one GLOP model, on seeded wide programs shaped like a shedding LP (bounded
 * columns, one balance row, dense rows of mixed sign), through every kind of change the planner makes between solves.
 */
class SiftingLpModelTest {

    /** Objectives agree this closely, relative to their size. */
    private static final double OBJECTIVE_TOLERANCE = 1e-6;
    /** Optimality conditions of the whole program hold this closely (reduced costs, row activities). */
    private static final double KKT_TOLERANCE = 1e-6;

    @Test
    void aSmallProgramIsOptimalWithDualsThatPriceEveryColumn() {
        try (SiftingLpModel lp = new SiftingLpModel()) {
            // min x + 2y + 3z  s.t.  x + y + z >= 10, x <= 4, y <= 4 -> x = 4, y = 4, z = 2, objective 18
            int x = lp.addVariable(0, 4, 1, "x");
            int y = lp.addVariable(0, 4, 2, "y");
            int z = lp.addVariable(0, 10, 3, "z");
            int cover = lp.addRow(10, Double.POSITIVE_INFINITY, new int[] {x, y, z}, new double[] {1, 1, 1}, "cover");
            LpResult r = lp.solve(10);
            assertThat(r.status()).isEqualTo(LpStatus.OPTIMAL);
            assertThat(r.objective()).isCloseTo(18, within(1e-9));
            assertThat(lp.value(z)).isCloseTo(2, within(1e-9));
            assertThat(lp.dual(cover)).isCloseTo(3, within(1e-9));
            // a row that cuts it off, then an infeasible one, then loosened again
            int cap = lp.addRow(Double.NEGATIVE_INFINITY, 1, new int[] {z}, new double[] {1}, "cap_z");
            assertThat(lp.solve(10).status()).isEqualTo(LpStatus.INFEASIBLE);
            lp.setRowBounds(cap, Double.NEGATIVE_INFINITY, 3);
            assertThat(lp.solve(10).objective()).isCloseTo(18, within(1e-9));
        }
    }

    /**
     * A held model reads its solution lazily: the values and duals it answers are those of its last solve, even when the
     * model changed before they were first asked for (a changed engine model no longer holds its solution).
     */
    @Test
    void aHeldModelAnswersItsLastSolutionAfterAChange() {
        try (SiftingLpModel lp = new SiftingLpModel(true)) {
            int x = lp.addVariable(0, 10, 1, "x");
            int y = lp.addVariable(0, 10, 2, "y");
            int cover = lp.addRow(5, Double.POSITIVE_INFINITY, new int[] {x, y}, new double[] {1, 1}, "cover");
            assertThat(lp.solve(10).objective()).isCloseTo(5, within(1e-9));
            lp.addRow(Double.NEGATIVE_INFINITY, 2, new int[] {x}, new double[] {1}, "cap_x");
            lp.setObjectiveCoefficient(y, 3);
            assertThat(lp.value(x)).isCloseTo(5, within(1e-9));
            assertThat(lp.value(y)).isCloseTo(0, within(1e-9));
            assertThat(lp.dual(cover)).isCloseTo(1, within(1e-9));
            // x at its new cap, y covers the rest at its new cost
            assertThat(lp.solve(10).objective()).isCloseTo(2 + 3 * 3, within(1e-9));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void agreesWithTheWholeProgramThroughEveryChange(int seed) {
        agreesThroughEveryChange(seed, false);
    }

    /** Held whole through the first stages, released before the min-max, held again for the cost stage. */
    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8})
    void aModelHeldWholeThenReleasedAgreesWithTheWholeProgram(int seed) {
        agreesThroughEveryChange(seed, true);
    }

    private static void agreesThroughEveryChange(int seed, boolean held) {
        SplittableRandom rng = new SplittableRandom(seed);
        int n = 1500 + rng.nextInt(1500);
        try (SiftingLpModel sifted = new SiftingLpModel(held);
             OrToolsLpModel whole = OrToolsLpModel.incremental(LpSolverType.GLOP)) {
            Program p = new Program(List.of(sifted, whole));
            double demand = 0;
            for (int j = 0; j < n; j++) {
                double ub = 1 + 9 * rng.nextDouble();
                demand += ub;
                p.column(0, ub, 1 + 0.01 * rng.nextInt(3));
            }
            // balance: the columns cover 30 % of their total
            int[] all = range(n);
            p.row(0.3 * demand, 0.3 * demand, all, ones(n));
            p.check("first solve");
            // dense rows, as lazy branch limits come: each a random signed combination bounded near its current value
            for (int k = 0; k < 6; k++) {
                double[] coef = new double[n];
                for (int j = 0; j < n; j++) {
                    coef[j] = rng.nextDouble() * 2 - 1;
                }
                double now = p.activity(coef);
                p.row(Double.NEGATIVE_INFINITY, now - 0.2 * Math.abs(now) - 1, all, coef);
                p.check("dense row " + k);
            }
            if (held) {
                assertThat(sifted.holdsAll()).isTrue();
                sifted.release();
            }
            // a new objective (the leximin's level): a column added between solves, rows over groups
            int level = p.column(0, Double.POSITIVE_INFINITY, 0);
            p.clearObjective();
            p.cost(level, 1);
            int groups = 5;
            for (int g = 0; g < groups; g++) {
                List<Integer> members = new ArrayList<>();
                for (int j = g; j < n; j += groups) {
                    members.add(j);
                }
                int[] vars = new int[members.size() + 1];
                double[] coef = new double[vars.length];
                for (int i = 0; i < members.size(); i++) {
                    vars[i] = members.get(i);
                    coef[i] = 1.0 / members.size();
                }
                vars[members.size()] = level;
                coef[members.size()] = -1;
                p.row(Double.NEGATIVE_INFINITY, 0, vars, coef);
            }
            // the leximin's start: left-out columns parked at a bound, the rows' bounds met or not (the first phase's)
            int[] parked = new int[n / 2];
            double[] at = new double[parked.length];
            for (int i = 0; i < parked.length; i++) {
                parked[i] = rng.nextInt(n);
                at[i] = rng.nextBoolean() ? p.upperBound(parked[i]) : 0;
            }
            p.suggest(parked, at);
            p.check("min-max");
            // bounds: a tightened column, a loosened row
            p.bounds(0, 0, 0.5);
            p.rowBounds(0, 0.29 * demand, 0.31 * demand);
            p.check("bounds changed");
            if (held) {
                sifted.hold();
            }
            // a cost stage with mixed costs
            p.clearObjective();
            for (int j = 0; j < n; j += 3) {
                p.cost(j, rng.nextDouble() * 100 - 20);
            }
            p.check("cost stage");
        }
    }

    @Test
    void aWideProgramIsRebuiltSmallAndStaysOptimal() {
        SplittableRandom rng = new SplittableRandom(99);
        int n = 12000;
        try (SiftingLpModel sifted = new SiftingLpModel();
             OrToolsLpModel whole = OrToolsLpModel.incremental(LpSolverType.GLOP)) {
            Program p = new Program(List.of(sifted, whole));
            double demand = 0;
            for (int j = 0; j < n; j++) {
                double ub = 1 + rng.nextDouble();
                demand += ub;
                p.column(0, ub, 1);
            }
            p.row(0.5 * demand, 0.5 * demand, range(n), ones(n));
            p.check("first");
            for (int k = 0; k < 3; k++) {
                double[] coef = new double[n];
                for (int j = 0; j < n; j++) {
                    coef[j] = rng.nextDouble();
                }
                p.row(Double.NEGATIVE_INFINITY, p.activity(coef) * 0.999, range(n), coef);
                p.clearObjective();
                for (int j = 0; j < n; j++) {
                    p.cost(j, 1 + rng.nextDouble() * 0.1);
                }
                p.check("round " + k);
            }
            assertThat(sifted.report()).doesNotContain(" 0 rebuilds");
        }
    }

    /** The same calls on every model, and the checks between them. */
    private static final class Program {

        private final List<LpModel> models;
        private final List<double[]> rows = new ArrayList<>();
        private final List<int[]> rowVars = new ArrayList<>();
        private final List<double[]> rowBounds = new ArrayList<>();
        private final List<double[]> columns = new ArrayList<>();

        Program(List<LpModel> models) {
            this.models = models;
        }

        int column(double lb, double ub, double cost) {
            int j = -1;
            for (LpModel m : models) {
                j = m.addVariable(lb, ub, cost, "x" + columns.size());
            }
            columns.add(new double[] {lb, ub, cost});
            return j;
        }

        void row(double lb, double ub, int[] vars, double[] coefs) {
            for (LpModel m : models) {
                m.addRow(lb, ub, vars, coefs, "r" + rows.size());
            }
            rows.add(coefs);
            rowVars.add(vars);
            rowBounds.add(new double[] {lb, ub});
        }

        void clearObjective() {
            models.forEach(LpModel::clearObjective);
            columns.forEach(c -> c[2] = 0);
        }

        void cost(int j, double c) {
            models.forEach(m -> m.setObjectiveCoefficient(j, c));
            columns.get(j)[2] = c;
        }

        void bounds(int j, double lb, double ub) {
            models.forEach(m -> m.setVariableBounds(j, lb, ub));
            columns.get(j)[0] = lb;
            columns.get(j)[1] = ub;
        }

        double upperBound(int j) {
            return columns.get(j)[1];
        }

        /** A start for the sifted model (the whole one ignores it: it leaves no column out). */
        void suggest(int[] vars, double[] values) {
            assertThat(models.get(0).suggestStart(vars, values)).isTrue();
            assertThat(models.get(1).suggestStart(vars, values)).isFalse();
        }

        void rowBounds(int r, double lb, double ub) {
            models.forEach(m -> m.setRowBounds(r, lb, ub));
            rowBounds.set(r, new double[] {lb, ub});
        }

        /** Activity of a dense row (coefficients over the first columns) at the sifted model's last solution. */
        double activity(double[] coef) {
            double sum = 0;
            for (int j = 0; j < coef.length; j++) {
                sum += coef[j] * models.get(0).value(j);
            }
            return sum;
        }

        void check(String step) {
            LpResult sifted = models.get(0).solve(60);
            LpResult whole = models.get(1).solve(60);
            assertThat(sifted.status()).as(step).isEqualTo(whole.status());
            if (!whole.status().isOptimal()) {
                return;
            }
            assertThat(sifted.objective()).as(step).isCloseTo(whole.objective(),
                    within(OBJECTIVE_TOLERANCE * (1 + Math.abs(whole.objective()))));
            checkOptimality(models.get(0), step);
        }

        /** Primal feasibility and dual feasibility (reduced costs from the model's duals) of the whole program. */
        private void checkOptimality(LpModel m, String step) {
            double[] d = new double[columns.size()];
            for (int j = 0; j < d.length; j++) {
                d[j] = columns.get(j)[2];
            }
            for (int r = 0; r < rows.size(); r++) {
                double y = m.dual(r);
                double activity = 0;
                for (int k = 0; k < rowVars.get(r).length; k++) {
                    int j = rowVars.get(r)[k];
                    d[j] -= y * rows.get(r)[k];
                    activity += rows.get(r)[k] * m.value(j);
                }
                double scale = 1 + Math.abs(activity);
                assertThat(activity).as(step + ": row " + r).isBetween(rowBounds.get(r)[0] - KKT_TOLERANCE * scale,
                        rowBounds.get(r)[1] + KKT_TOLERANCE * scale);
            }
            for (int j = 0; j < d.length; j++) {
                double x = m.value(j);
                double[] c = columns.get(j);
                assertThat(x).as(step + ": x" + j).isBetween(c[0] - KKT_TOLERANCE, c[1] + KKT_TOLERANCE);
                if (x < c[1] - KKT_TOLERANCE) {
                    assertThat(d[j]).as(step + ": reduced cost of x" + j + " below its upper bound").isGreaterThan(-KKT_TOLERANCE);
                }
                if (x > c[0] + KKT_TOLERANCE) {
                    assertThat(d[j]).as(step + ": reduced cost of x" + j + " above its lower bound").isLessThan(KKT_TOLERANCE);
                }
            }
        }
    }

    private static int[] range(int n) {
        int[] r = new int[n];
        for (int i = 0; i < n; i++) {
            r[i] = i;
        }
        return r;
    }

    private static double[] ones(int n) {
        double[] r = new double[n];
        java.util.Arrays.fill(r, 1);
        return r;
    }
}
