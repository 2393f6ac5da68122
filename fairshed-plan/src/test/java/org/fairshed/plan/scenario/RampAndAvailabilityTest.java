package org.fairshed.plan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.fairshed.grid.testing.TinyGrids;
import org.fairshed.plan.PlanInput;
import org.junit.jupiter.api.Test;

/**
 * Ramps and availability on the two-area grid: generator rows 1 coal 100 MW (RAMP_AGC 2 MW/min), 2 solar 50 MW
 * (RAMP_30 30 MW), 3 wind 40 MW (RAMP_10 5 MW), 4 solar 10 MW (no ramp columns); hourly slots.
 */
final class RampAndAvailabilityTest {

    private static final double MW_TOLERANCE = 1e-9;
    private static final double UNLIMITED = Double.POSITIVE_INFINITY;

    private static PlanInput input(String fields) {
        return PlanInputFactory.create(ScenarioGrids.scenario(fields), ScenarioGrids.twoAreas());
    }

    @Test
    void noRampLimitsWhenAbsent() {
        assertThat(input("").rampMwPerSlot()).isNull();
        assertThat(input("").rampLinked()).isFalse();
    }

    @Test
    void caseRampsPreferAgcThenThirtyThenTenMinuteRates() {
        assertThat(input("\"ramps\": \"case\"").rampMwPerSlot()).containsExactly(2 * 60, 30 * 2, 5 * 6, UNLIMITED);
    }

    @Test
    void oneRateForEveryGenerator() {
        assertThat(input("\"ramps\": {\"mwPerMinute\": 5}").rampMwPerSlot()).containsExactly(300, 300, 300, 300);
    }

    @Test
    void caseRampsWithDefaultWhereTheCaseHasNone() {
        assertThat(input("\"ramps\": {\"source\": \"case\", \"defaultMwPerMinute\": 1}").rampMwPerSlot())
                .containsExactly(120, 60, 30, 60);
    }

    @Test
    void fullAvailabilityWhenAbsentAndNothingForGeneratorsOut() {
        PlanInput in = input("\"outages\": {\"generators\": [3]}, \"derates\": [{\"generators\": [1], \"factor\": 0.5}]");

        assertThat(in.genPmaxMw()[0]).containsExactly(50, 50, 0, 10);
        assertThat(in.genPmaxMw()[1]).containsExactly(50, 50, 0, 10);
    }

    @Test
    void fuelProfilesAndGeneratorProfilesMultiplyPmaxAfterDerates() {
        PlanInput in = input("\"derates\": [{\"generators\": [2], \"factor\": 0.5}],"
                + " \"availability\": {\"fuel\": {\"Solar\": [0.3, 0.5]}, \"generators\": {\"4\": [1, 0]}}");

        assertThat(in.genPmaxMw()[0]).containsExactly(new double[] {100, 25 * 0.3, 40, 10}, within(MW_TOLERANCE));
        assertThat(in.genPmaxMw()[1]).containsExactly(new double[] {100, 25 * 0.5, 40, 0}, within(MW_TOLERANCE));
    }

    @Test
    void rejectsFuelProfilesWhenTheCaseHasNoFuels() {
        assertThatThrownBy(() -> PlanInputFactory.create(
                ScenarioGrids.scenario("\"availability\": {\"fuel\": {\"solar\": [1, 1]}}"), TinyGrids.triangle(100)))
                .hasMessageStartingWith("tiny.json: availability.fuel[\"solar\"] needs the generators' fuels, but triangle"
                        + " has no mpc.genfuel");
    }

    @Test
    void rejectsFuelNoGeneratorHasWithHint() {
        assertThatThrownBy(() -> input("\"availability\": {\"fuel\": {\"sollar\": [1, 1]}}"))
                .hasMessage("tiny.json: availability.fuel[\"sollar\"] names a fuel no generator of two-areas has; its fuels"
                        + " are coal, solar, wind; did you mean \"solar\"?");
    }

    @Test
    void rejectsGeneratorRowOutOfRange() {
        assertThatThrownBy(() -> input("\"availability\": {\"generators\": {\"5\": [1, 1]}}"))
                .hasMessageStartingWith("tiny.json: availability.generators[\"5\"] names generator row 5; rows of two-areas"
                        + " are numbered 1 to 4");
    }

    @Test
    void rejectsOutageOfGeneratorRowOutOfRange() {
        assertThatThrownBy(() -> input("\"outages\": {\"generators\": [2, 9]}"))
                .hasMessage("tiny.json: outages.generators[1] names generator row 9; the generator rows of two-areas are "
                        + "numbered 1 to 4 as in the case file");
    }
}
