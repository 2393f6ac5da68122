package org.fairshed.plan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.FairnessSettings;
import org.junit.jupiter.api.Test;

/**
 * Fairness settings on the two-area grid, two hourly slots, critical share 0.2 everywhere: this plan's non-critical
 * energy is 80 MWh in area 1 (bus 2: 50 MW × 0.8 × 2 h) and 160 MWh in area 2 (bus 3; bus 4's negative Pd is not load).
 */
final class HistoryResolverTest {

    private static final double MWH_TOLERANCE = 1e-9;
    private static final String CRITICAL = "\"critical\": {\"default\": 0.2}, ";

    private static FairnessSettings fairness(String fields) {
        return PlanInputFactory.create(ScenarioGrids.scenario(CRITICAL + fields), ScenarioGrids.twoAreas()).fairness();
    }

    @Test
    void defaultIsFairPerSlotWithoutHistory() {
        FairnessSettings f = fairness("\"fairness\": \"fair\"");

        assertThat(f.mode()).isEqualTo(FairnessMode.FAIR);
        assertThat(f.priceOfFairness()).isZero();
        assertThat(f.cumulative()).isFalse();
        assertThat(f.historyShedMwh()).containsExactly(0, 0);
        assertThat(f.historyLoadMwh()).containsExactly(0, 0);
    }

    @Test
    void daysScaleThisPlansNonCriticalEnergyToPastDays() {
        FairnessSettings f = fairness("\"fairness\": {\"priceOfFairness\": 0.05, \"history\": {\"days\": 6,"
                + " \"shedMwh\": {\"1\": 1200, \"2\": 300}}}");

        assertThat(f.cumulative()).isTrue();
        assertThat(f.priceOfFairness()).isEqualTo(0.05);
        assertThat(f.historyShedMwh()).containsExactly(1200, 300);
        assertThat(f.historyLoadMwh()).containsExactly(new double[] {6 * 24 / 2.0 * 80, 6 * 24 / 2.0 * 160},
                within(MWH_TOLERANCE));
    }

    @Test
    void explicitPastLoadIsTakenAsWritten() {
        FairnessSettings f = fairness("\"fairness\": {\"mode\": \"min-shed\", \"cumulative\": false, \"history\": "
                + "{\"loadMwh\": {\"1\": 500, \"2\": 900}, \"shedMwh\": {\"2\": 90}}}");

        assertThat(f.mode()).isEqualTo(FairnessMode.MIN_SHED);
        assertThat(f.cumulative()).isFalse();
        assertThat(f.historyShedMwh()).containsExactly(0, 90);
        assertThat(f.historyLoadMwh()).containsExactly(500, 900);
    }

    @Test
    void rejectsPastShedAbovePastLoad() {
        assertThatThrownBy(() -> fairness("\"fairness\": {\"history\": {\"loadMwh\": {\"1\": 50}, \"shedMwh\": {\"1\": 60}}}"))
                .hasMessageStartingWith("tiny.json: fairness.history.shedMwh[\"1\"] = 60.0 MWh is more than the region's"
                        + " past non-critical load, 50.0 MWh");
    }

    @Test
    void rejectsUnknownRegion() {
        assertThatThrownBy(() -> fairness("\"fairness\": {\"history\": {\"days\": 1, \"shedMwh\": {\"3\": 1}}}"))
                .hasMessageStartingWith("tiny.json: fairness.history.shedMwh[\"3\"] names no region; the regions (areas) are 1, 2");
    }
}
