package org.fairshed.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SparseRowTest {

    private static final double BUDGET_MW = 1e-3;

    @Test
    void dropsTheSmallestContributionsWithinTheBudgetAndKeepsTheRest() {
        double[] dense = {0.5, 1e-6, -2e-7, 0, 0.3, -4e-4};
        double[] reach = {100, 500, 1000, 100, 100, 1};
        // contributions 50, 5e-4, 2e-4, 0, 30, 4e-4: the two smallest non-zero ones (6e-4 MW) fit, the third does not
        SparseRow row = SparseRow.within(dense, reach, BUDGET_MW);
        assertThat(row.index()).containsExactly(0, 1, 4);
        assertThat(row.value()).containsExactly(0.5, 1e-6, 0.3);
    }

    @Test
    void theDroppedEntriesMoveAFlowByNoMoreThanTheBudget() {
        double[] dense = new double[200];
        double[] reach = new double[200];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < dense.length; i++) {
            dense[i] = Math.pow(10, -1 - 8 * random.nextDouble()) * (random.nextBoolean() ? 1 : -1);
            reach[i] = 1000 * random.nextDouble();
        }
        SparseRow row = SparseRow.within(dense, reach, BUDGET_MW);
        double[] kept = new double[dense.length];
        for (int j = 0; j < row.index().length; j++) {
            kept[row.index()[j]] = row.value()[j];
        }
        double worst = 0;
        for (int i = 0; i < dense.length; i++) {
            worst += Math.abs(dense[i] - kept[i]) * reach[i];
        }
        assertThat(worst).isLessThanOrEqualTo(BUDGET_MW);
        assertThat(row.index().length).isLessThan(dense.length);
    }
}
