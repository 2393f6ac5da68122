package org.fairshed.plan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Critical shares: bus over region over default; 0 when absent. */
final class CriticalSharesTest {

    private static double[] shares(String fields) {
        return PlanInputFactory.create(ScenarioGrids.scenario(fields), ScenarioGrids.twoAreas()).criticalShare();
    }

    @Test
    void noCriticalLoadWhenAbsent() {
        assertThat(shares("")).containsExactly(0, 0, 0, 0);
    }

    @Test
    void busBeatsRegionBeatsDefault() {
        assertThat(shares("\"critical\": {\"default\": 0.1, \"regions\": {\"2\": 0.3}, \"buses\": {\"4\": 0.8}}"))
                .containsExactly(0.1, 0.1, 0.3, 0.8);
    }

    @Test
    void regionNamesFollowExplicitRegions() {
        assertThat(shares("\"regions\": {\"north\": [1, 2]}, \"critical\": {\"regions\": {\"north\": 0.5}}"))
                .containsExactly(0.5, 0.5, 0, 0);
    }

    @Test
    void rejectsUnknownRegionWithHint() {
        assertThatThrownBy(() -> shares("\"regions\": {\"north\": [1, 2]}, \"critical\": {\"regions\": {\"nort\": 0.5}}"))
                .hasMessage("tiny.json: critical.regions[\"nort\"] names no region; the regions (scenario) are north;"
                        + " did you mean \"north\"?");
    }

    @Test
    void rejectsUnknownBus() {
        assertThatThrownBy(() -> shares("\"critical\": {\"buses\": {\"99\": 0.5}}"))
                .hasMessage("tiny.json: critical.buses[\"99\"] names bus 99, which two-areas does not have");
    }
}
