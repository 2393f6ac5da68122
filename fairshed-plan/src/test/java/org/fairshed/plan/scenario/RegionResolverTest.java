package org.fairshed.plan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.TinyGrids;
import org.fairshed.plan.Regions;
import org.junit.jupiter.api.Test;

/** Default and explicit regions. */
final class RegionResolverTest {

    private static final int NO = Regions.NO_REGION;

    private static Regions regions(String fields, Grid grid) {
        return PlanInputFactory.create(ScenarioGrids.scenario(fields), grid).regions();
    }

    @Test
    void defaultIsAreasWhenThereAreSeveral() {
        Regions r = regions("", ScenarioGrids.twoAreas());

        assertThat(r.source()).isEqualTo("areas");
        assertThat(r.names()).containsExactly("1", "2");
        assertThat(r.regionOfBus()).containsExactly(0, 0, 1, 1);
    }

    @Test
    void defaultIsZonesWhenOneAreaAndSeveralZones() {
        Regions r = regions("", ScenarioGrids.oneAreaTwoZones());

        assertThat(r.source()).isEqualTo("zones");
        assertThat(r.names()).containsExactly("7", "9");
        assertThat(r.regionOfBus()).containsExactly(0, 0, 1);
    }

    @Test
    void defaultIsEveryLoadBusWhenOneAreaAndOneZone() {
        Regions r = regions("", TinyGrids.triangle(100));

        assertThat(r.source()).isEqualTo("buses");
        assertThat(r.names()).containsExactly("3");
        assertThat(r.regionOfBus()).containsExactly(NO, NO, 0);
    }

    @Test
    void byBusesIgnoresBusesWithoutPositiveLoad() {
        Regions r = regions("\"regions\": {\"by\": \"buses\"}", ScenarioGrids.twoAreas());

        assertThat(r.names()).containsExactly("2", "3");
        assertThat(r.regionOfBus()).containsExactly(NO, 0, 1, NO);
    }

    @Test
    void byZonesOverridesTheDefault() {
        assertThat(regions("\"regions\": {\"by\": \"zones\"}", ScenarioGrids.twoAreas()).source()).isEqualTo("zones");
    }

    @Test
    void explicitRegionsKeepFileOrderAndLeaveOtherBusesOut() {
        Regions r = regions("\"regions\": {\"south\": [3, 4], \"north\": [2]}", ScenarioGrids.twoAreas());

        assertThat(r.source()).isEqualTo("scenario");
        assertThat(r.names()).containsExactly("south", "north");
        assertThat(r.regionOfBus()).containsExactly(NO, 1, 0, 0);
    }

    @Test
    void rejectsBusInTwoRegionsNamingBoth() {
        assertThatThrownBy(() -> regions("\"regions\": {\"south\": [3, 4], \"north\": [2, 4]}", ScenarioGrids.twoAreas()))
                .hasMessage("tiny.json: regions[\"north\"][1] puts bus 4 in region \"north\", but it is already in region"
                        + " \"south\"; a bus belongs to one region");
    }

    @Test
    void rejectsUnknownBus() {
        assertThatThrownBy(() -> regions("\"regions\": {\"north\": [2, 42]}", ScenarioGrids.twoAreas()))
                .hasMessage("tiny.json: regions[\"north\"][1] names bus 42, which two-areas does not have");
    }
}
