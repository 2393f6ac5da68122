package org.fairshed.plan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.fairshed.plan.PlanInput;
import org.junit.jupiter.api.Test;

/** areaLoadMw then loadScale, on the two-area grid (bus 2: 50 MW area 1; bus 3: 100 MW, bus 4: -20 MW area 2). */
final class LoadProfilesTest {

    private static final double MW_TOLERANCE = 1e-9;

    private static double[][] load(String fields) {
        PlanInput input = PlanInputFactory.create(ScenarioGrids.scenario(fields), ScenarioGrids.twoAreas());
        return input.busLoadMw();
    }

    @Test
    void withoutProfilesEverySlotHasTheCaseLoad() {
        assertThat(load("")).isDeepEqualTo(new double[][] {{0, 50, 100, -20}, {0, 50, 100, -20}});
    }

    @Test
    void areaTotalScalesOnlyPositiveLoadsOfThatArea() {
        double[][] load = load("\"areaLoadMw\": {\"2\": [150, 50]}");

        assertThat(load[0]).containsExactly(new double[] {0, 50, 150, -20}, within(MW_TOLERANCE));
        assertThat(load[1]).containsExactly(new double[] {0, 50, 50, -20}, within(MW_TOLERANCE));
    }

    @Test
    void loadScaleMultipliesEveryLoadNegativeOnesToo() {
        double[][] load = load("\"loadScale\": [0.5, 2]");

        assertThat(load[0]).containsExactly(new double[] {0, 25, 50, -10}, within(MW_TOLERANCE));
        assertThat(load[1]).containsExactly(new double[] {0, 100, 200, -40}, within(MW_TOLERANCE));
    }

    @Test
    void bothGivenApplyAreaTotalsThenScale() {
        double[][] load = load("\"areaLoadMw\": {\"2\": [150, 150]}, \"loadScale\": [1, 2]");

        assertThat(load[0]).containsExactly(new double[] {0, 50, 150, -20}, within(MW_TOLERANCE));
        assertThat(load[1]).containsExactly(new double[] {0, 100, 300, -40}, within(MW_TOLERANCE));
        assertThat(LoadProfiles.positiveTotal(load[1])).isCloseTo(400, within(MW_TOLERANCE));
    }

    @Test
    void rejectsAreaTheCaseDoesNotHave() {
        assertThatThrownBy(() -> load("\"areaLoadMw\": {\"9\": [1, 1]}"))
                .hasMessage("tiny.json: areaLoadMw[\"9\"] names area 9, which two-areas does not have; its areas are 1, 2");
    }

    @Test
    void rejectsLoadForAnAreaWithoutPositiveLoad() {
        PlanInput ok = PlanInputFactory.create(ScenarioGrids.scenario("\"areaLoadMw\": {\"1\": [0, 0]}"),
                ScenarioGrids.twoAreas());
        assertThat(ok.busLoadMw()[0][1]).isZero();
        assertThatThrownBy(() -> PlanInputFactory.create(ScenarioGrids.scenario("\"areaLoadMw\": {\"1\": [0, 5]}"),
                ScenarioGrids.oneAreaTwoZones().with(
                        ScenarioGrids.oneAreaTwoZones().buses().stream().map(b -> b.withLoad(0, 0)).toList(),
                        ScenarioGrids.oneAreaTwoZones().generators(), ScenarioGrids.oneAreaTwoZones().branches())))
                .hasMessageStartingWith("tiny.json: areaLoadMw[\"1\"][1] asks for 5.0 MW but area 1");
    }
}
