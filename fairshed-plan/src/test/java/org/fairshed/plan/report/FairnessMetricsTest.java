package org.fairshed.plan.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FairnessMetricsTest {

    private static final double EXACT = 1e-12;
    private static final double BRUTE_FORCE_TOLERANCE = 1e-10;
    private static final int RANDOM_CASES = 300;
    private static final long SEED = 20161219L;

    private static boolean[] all(int n) {
        boolean[] counted = new boolean[n];
        Arrays.fill(counted, true);
        return counted;
    }

    private static FairnessMetrics of(double... shares) {
        return FairnessMetrics.of(shares, all(shares.length));
    }

    @Test
    void equalSharesArePerfectlyFair() {
        FairnessMetrics m = of(0.2, 0.2, 0.2);
        assertThat(m.maxShare()).isCloseTo(0.2, within(EXACT));
        assertThat(m.minShare()).isCloseTo(0.2, within(EXACT));
        assertThat(m.gini()).isCloseTo(0, within(EXACT));
        assertThat(m.jain()).isCloseTo(1, within(EXACT));
        assertThat(m.regions()).isEqualTo(3);
    }

    @Test
    void handComputedVectors() {
        // [0, 1]: ordered-pair mean |difference| = 2/4, mean 1/2: Gini = 0.5 / 1; Jain = 1 / (2 * 1)
        assertThat(of(0, 1).gini()).isCloseTo(0.5, within(EXACT));
        assertThat(of(0, 1).jain()).isCloseTo(0.5, within(EXACT));
        // one region carries everything: Gini (n - 1) / n, Jain 1 / n
        assertThat(of(0, 0, 0, 1).gini()).isCloseTo(0.75, within(EXACT));
        assertThat(of(0, 0, 0, 1).jain()).isCloseTo(0.25, within(EXACT));
        // [1, 2, 3]: sum |d| = 8 over 9 pairs, mean 2: Gini = (8/9) / 4 = 2/9; Jain = 36 / (3 * 14) = 6/7
        assertThat(of(3, 1, 2).gini()).isCloseTo(2.0 / 9, within(EXACT));
        assertThat(of(3, 1, 2).jain()).isCloseTo(6.0 / 7, within(EXACT));
        assertThat(of(3, 1, 2).maxShare()).isEqualTo(3);
        assertThat(of(3, 1, 2).minShare()).isEqualTo(1);
    }

    @Test
    void regionsWithoutNonCriticalLoadDoNotCount() {
        FairnessMetrics m = FairnessMetrics.of(new double[] {0.5, 0.9, 0.1}, new boolean[] {true, false, true});
        assertThat(m.regions()).isEqualTo(2);
        assertThat(m.maxShare()).isEqualTo(0.5);
        assertThat(m.minShare()).isEqualTo(0.1);
        // [0.5, 0.1]: mean |d| = 0.8 / 4 = 0.2, mean 0.3: Gini 1/3; Jain 0.36 / (2 * 0.26)
        assertThat(m.gini()).isCloseTo(1.0 / 3, within(EXACT));
        assertThat(m.jain()).isCloseTo(0.36 / 0.52, within(EXACT));
    }

    @Test
    void totalsGiveSharesAndSkipRegionsWithoutLoad() {
        FairnessMetrics m = FairnessMetrics.ofTotals(new double[] {10, 0, 5}, new double[] {100, 0, 10});
        assertThat(m.regions()).isEqualTo(2);
        assertThat(m.maxShare()).isCloseTo(0.5, within(EXACT));
        assertThat(m.minShare()).isCloseTo(0.1, within(EXACT));
    }

    @Test
    void allZeroIsEvenAndNoneCountedIsNone() {
        FairnessMetrics zero = of(0, 0, 0);
        assertThat(zero.gini()).isZero();
        assertThat(zero.jain()).isEqualTo(1);
        assertThat(zero.regions()).isEqualTo(3);
        assertThat(FairnessMetrics.of(new double[] {0.4}, new boolean[] {false})).isEqualTo(FairnessMetrics.NONE);
        assertThat(FairnessMetrics.of(new double[0], new boolean[0])).isEqualTo(FairnessMetrics.NONE);
    }

    @Test
    void matchesBruteForceOnRandomVectors() {
        Random random = new Random(SEED);
        for (int c = 0; c < RANDOM_CASES; c++) {
            int n = 1 + random.nextInt(40);
            double[] x = new double[n];
            boolean[] counted = new boolean[n];
            for (int i = 0; i < n; i++) {
                x[i] = random.nextInt(4) == 0 ? 0 : random.nextDouble();
                counted[i] = random.nextInt(5) != 0;
            }
            double[] y = new double[n];
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (counted[i]) {
                    y[k++] = x[i];
                }
            }
            y = Arrays.copyOf(y, k);
            FairnessMetrics m = FairnessMetrics.of(x, counted);
            assertThat(m.regions()).isEqualTo(k);
            if (k == 0) {
                assertThat(m).isEqualTo(FairnessMetrics.NONE);
                continue;
            }
            assertThat(m.gini()).as("case %d", c).isCloseTo(bruteGini(y), within(BRUTE_FORCE_TOLERANCE));
            assertThat(m.jain()).as("case %d", c).isCloseTo(bruteJain(y), within(BRUTE_FORCE_TOLERANCE));
            assertThat(m.maxShare()).isEqualTo(Arrays.stream(y).max().orElseThrow());
            assertThat(m.minShare()).isEqualTo(Arrays.stream(y).min().orElseThrow());
        }
    }

    @Test
    void solverNoiseBelowZeroCountsAsZero() {
        FairnessMetrics m = of(-FairnessMetrics.NEGATIVE_SHARE_NOISE / 2, 0.5);
        assertThat(m.minShare()).isZero();
        assertThat(m).isEqualTo(of(0, 0.5));
    }

    @Test
    void rejectsMismatchedLengthsAndNegativeShares() {
        assertThatThrownBy(() -> FairnessMetrics.of(new double[2], new boolean[3]))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> of(0.1, -0.2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("region index 1");
        assertThatThrownBy(() -> of(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }

    private static double bruteGini(double[] y) {
        int n = y.length;
        double sumAbs = 0;
        double sum = 0;
        for (double a : y) {
            sum += a;
            for (double b : y) {
                sumAbs += Math.abs(a - b);
            }
        }
        if (sum == 0) {
            return 0;
        }
        double meanAbsDiff = sumAbs / ((double) n * n);
        return meanAbsDiff / (2 * (sum / n));
    }

    private static double bruteJain(double[] y) {
        double sum = 0;
        double squares = 0;
        for (double a : y) {
            sum += a;
            squares += a * a;
        }
        return squares == 0 ? 1 : sum * sum / (y.length * squares);
    }
}
