package org.fairshed.plan.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.FairnessSettings;

/**
 * The scenario's {@code fairness} field, unresolved.
 *
 * @param mode            min-shed or fair
 * @param priceOfFairness relative increase of total shed allowed to gain fairness, in [0, 1]
 * @param cumulative      as written in the file, or null: then true when {@code history} is given, else false
 * @param history         energy the regions already lost in past days, or null
 */
public record FairnessSpec(FairnessMode mode, double priceOfFairness, Boolean cumulative, History history) {

    /** Absent field: fair, no price of fairness, no history. */
    public static final FairnessSpec DEFAULT =
            new FairnessSpec(FairnessMode.FAIR, FairnessSettings.DEFAULT_PRICE_OF_FAIRNESS, null, null);

    /** Whether slots equalize running totals: as written, else whether history is given. */
    public boolean effectiveCumulative() {
        return cumulative != null ? cumulative : history != null;
    }

    /**
     * Past days' energy per region (region names as the resolved regions name them).
     *
     * @param days    number of past days (&gt; 0): the past non-critical load of a region is then {@code days} times this
     *                plan's non-critical energy of the region scaled to 24 h; null when {@code loadMwh} is given
     * @param shedMwh region name → non-critical energy shed in the past days (MWh)
     * @param loadMwh region name → non-critical energy demanded in the past days (MWh), or null when {@code days} is given
     */
    public record History(Double days, Map<String, Double> shedMwh, Map<String, Double> loadMwh) {

        public History {
            shedMwh = Collections.unmodifiableMap(new LinkedHashMap<>(shedMwh));
            loadMwh = loadMwh == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(loadMwh));
        }
    }
}
