package org.fairshed.plan.model;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a slot's message says about the ground its fair sharing stands on: a bound on the total shed that the solver
 * had to loosen, and a split so sensitive to that bound that a sliver more shed would change it a lot. Both were found
 * on the 30,000-bus synthetic grid at price 0 (docs/fair-sharing.md): 0.0001 % more total shed (0.055 MW of 54,620 MW)
 * lowered a region's share from 0.82 to 0.57, so two solver paths that loosened differently gave plans 0.27 apart.
 */
final class FairnessNotes {

    /**
     * A split is called fragile when, at the plan's bound on the total shed, its largest share falls by a point for
     * less than this much more total shed, relative to the least (0.01 %: far below what a load forecast knows).
     */
    static final double FRAGILE_PER_POINT = 1e-4;
    private static final double POINT = 0.01;

    private FairnessNotes() {
    }

    /**
     * @param stageTolerance   the relative margin the stage bounds ended with
     * @param leastTotalShedMw the least total shed of the slots
     * @param largestShare     the leximin's first level (NaN when unknown)
     * @param ratePerMw        how fast that level falls per MW more total shed allowed (NaN when unknown)
     */
    static String of(double stageTolerance, double leastTotalShedMw, double largestShare, double ratePerMw) {
        List<String> notes = new ArrayList<>();
        if (stageTolerance > SheddingSolver.STAGE_RELATIVE_TOLERANCE) {
            notes.add(String.format(Locale.ROOT, "the bound on the total shed had to be loosened from %s to %s of the "
                    + "least (%s MW) beyond the price of fairness: the solver failed at the tighter bound, and the fair "
                    + "split depends on it", percent(SheddingSolver.STAGE_RELATIVE_TOLERANCE), percent(stageTolerance),
                    significant(leastTotalShedMw * stageTolerance)));
        }
        double perPointMw = POINT / ratePerMw;
        if (largestShare > POINT && perPointMw < FRAGILE_PER_POINT * leastTotalShedMw) {
            notes.add(String.format(Locale.ROOT, "the fair split is fragile: its largest share, %.1f %%, would fall by a "
                    + "point for every %s MW (%s) more shed in total allowed (the solver's sensitivity at the plan's "
                    + "bound); a little more price of fairness buys a much fairer split", 100 * largestShare,
                    significant(perPointMw), percent(perPointMw / leastTotalShedMw)));
        }
        return String.join("; ", notes);
    }

    private static String percent(double relative) {
        return significant(relative * 100) + " %";
    }

    /** Two significant digits, never in exponent notation. */
    private static String significant(double x) {
        return new BigDecimal(x).round(new MathContext(2)).stripTrailingZeros().toPlainString();
    }
}
