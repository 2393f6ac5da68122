package org.fairshed.grid.dc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorBudgetTest {

    @Test
    void theSmallestEffectsAreDroppedWhileTheyFitTheBudget() {
        // ascending 0.1, 0.2 (0.3 in all) fit 0.35; adding 0.3 would not: keep 0.3 and above
        assertThat(ErrorBudget.keepFrom(new double[] {0.3, 0.1, 5, 0.2}, 0.35)).isEqualTo(0.3);
        assertThat(ErrorBudget.keepFrom(new double[] {0.3, 0.1, 5, 0.2}, 10)).isInfinite();
    }

    @Test
    void aZeroBudgetDropsOnlyTermsWithoutEffect() {
        assertThat(ErrorBudget.keepFrom(new double[] {0, 0, 1e-12}, 0)).isEqualTo(1e-12);
    }
}
