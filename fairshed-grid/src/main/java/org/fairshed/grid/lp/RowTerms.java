package org.fairshed.grid.lp;

import java.util.Arrays;

/** The variables of a row as callers give them: a variable may come twice (parallel branches), and its terms add up. */
final class RowTerms {

    private RowTerms() {
    }

    /** Whether a variable index occurs more than once in {@code vars}. */
    static boolean hasRepeats(int[] vars) {
        if (vars.length <= 8) {
            for (int i = 1; i < vars.length; i++) {
                for (int j = 0; j < i; j++) {
                    if (vars[i] == vars[j]) {
                        return true;
                    }
                }
            }
            return false;
        }
        int[] sorted = vars.clone();
        Arrays.sort(sorted);
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                return true;
            }
        }
        return false;
    }
}
