package org.fairshed.grid.lp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The whole program's column-wise copy against its rows, as rows and columns keep being added. */
class LpMatrixTest {

    /** Sums of a handful of terms agree this closely (only their order differs). */
    private static final double SUM_TOLERANCE = 1e-12;

    @Test
    void aColumnHasItsRowsInOrderEachOnceWithRepeatsAddedUp() {
        LpMatrix m = new LpMatrix();
        int x = m.addColumn(0, 1, 0, "x");
        int y = m.addColumn(0, 1, 0, "y");
        // y twice in row 0 (parallel branches), x only in row 1
        m.addRow(0, 1, new int[] {y, y}, new double[] {0.25, 0.5}, "r0");
        m.addRow(0, 1, new int[] {x, y}, new double[] {2, -1}, "r1");
        assertThat(m.columnRows(y)).containsExactly(0, 1);
        assertThat(m.columnCoefs(y)).containsExactly(0.75, -1);
        assertThat(m.columnRows(x)).containsExactly(1);
        // a column added after the copy was made is empty until a row names it; a row added afterwards is seen
        int z = m.addColumn(0, 1, 0, "z");
        assertThat(m.columnRows(z)).isEmpty();
        m.addRow(0, 1, new int[] {z, x}, new double[] {3, 4}, "r2");
        assertThat(m.columnRows(z)).containsExactly(2);
        assertThat(m.columnRows(x)).containsExactly(1, 2);
        assertThat(m.columnCoefs(x)).containsExactly(2, 4);
    }

    @Test
    void constantActivitiesAgreeWithTheRowsOnSeededPrograms() {
        SplittableRandom rng = new SplittableRandom(7);
        for (int trial = 0; trial < 20; trial++) {
            LpMatrix m = new LpMatrix();
            int n = 1 + rng.nextInt(200);
            for (int j = 0; j < n; j++) {
                m.addColumn(0, 10, 1, "c" + j);
            }
            int rows = 1 + rng.nextInt(30);
            for (int r = 0; r < rows; r++) {
                int k = rng.nextInt(2 * n + 1);
                int[] vars = new int[k];
                double[] coefs = new double[k];
                for (int i = 0; i < k; i++) {
                    vars[i] = rng.nextInt(n);
                    coefs[i] = rng.nextDouble() * 2 - 1;
                }
                m.addRow(-1, 1, vars, coefs, "r" + r);
            }
            int[] inner = new int[n];
            double[] value = new double[n];
            double[] base = new double[n];
            for (int j = 0; j < n; j++) {
                inner[j] = rng.nextInt(3) == 0 ? j : -1;
                value[j] = rng.nextInt(2) == 0 ? 0 : 10 * rng.nextDouble();
                base[j] = rng.nextInt(2) == 0 ? 0 : 10;
            }
            double[] byColumns = m.constantActivities(inner, value, base);
            for (int r = 0; r < rows; r++) {
                assertThat(byColumns[r]).as("trial %d row %d", trial, r)
                        .isCloseTo(m.constantActivity(r, inner, value, base), within(SUM_TOLERANCE * n));
            }
        }
    }
}
