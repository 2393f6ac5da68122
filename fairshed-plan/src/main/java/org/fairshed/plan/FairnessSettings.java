package org.fairshed.plan;

/**
 * Fairness settings of a plan.
 *
 * @param mode             min-shed or fair
 * @param priceOfFairness  relative increase of total shed allowed to gain fairness (0 = none), in [0, 1]
 * @param cumulative       true: every slot equalizes running totals (history + earlier slots of this plan + this slot);
 *                         false: every slot equalizes its own shares (slots independent)
 * @param historyShedMwh   per region, non-critical energy already shed in past days (MWh); zeros when none
 * @param historyLoadMwh   per region, non-critical energy demanded over the same past days (MWh); zeros when none
 */
public record FairnessSettings(FairnessMode mode, double priceOfFairness, boolean cumulative, double[] historyShedMwh,
                               double[] historyLoadMwh) {

    public static final double DEFAULT_PRICE_OF_FAIRNESS = 0.0;

    public FairnessSettings {
        if (mode == null) {
            throw new IllegalArgumentException("fairness mode must not be null");
        }
        if (!(priceOfFairness >= 0 && priceOfFairness <= 1)) {
            throw new IllegalArgumentException("priceOfFairness must be between 0 and 1, got " + priceOfFairness);
        }
        if (historyShedMwh.length != historyLoadMwh.length) {
            throw new IllegalArgumentException("history shed and load must cover the same regions");
        }
        for (int r = 0; r < historyShedMwh.length; r++) {
            boolean finite = Double.isFinite(historyShedMwh[r]) && Double.isFinite(historyLoadMwh[r]);
            if (!finite || historyShedMwh[r] < 0 || historyLoadMwh[r] < 0 || historyShedMwh[r] > historyLoadMwh[r] + 1e-9) {
                throw new IllegalArgumentException("history of region index " + r + ": shed " + historyShedMwh[r]
                        + " MWh must be between 0 and its load " + historyLoadMwh[r] + " MWh");
            }
        }
        historyShedMwh = historyShedMwh.clone();
        historyLoadMwh = historyLoadMwh.clone();
    }

    /** Per-slot fairness without history for {@code regionCount} regions. */
    public static FairnessSettings of(FairnessMode mode, int regionCount) {
        return new FairnessSettings(mode, DEFAULT_PRICE_OF_FAIRNESS, false, new double[regionCount], new double[regionCount]);
    }

    @Override
    public double[] historyShedMwh() {
        return historyShedMwh.clone();
    }

    @Override
    public double[] historyLoadMwh() {
        return historyLoadMwh.clone();
    }

    public FairnessSettings withMode(FairnessMode newMode) {
        return new FairnessSettings(newMode, priceOfFairness, cumulative, historyShedMwh, historyLoadMwh);
    }
}
