package org.fairshed.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PlannerParametersTest {

    @Test
    void theSiftingThresholdComesFromTheEnvironmentOrTheDefault() {
        assertThat(PlannerParameters.siftingFrom(null)).isEqualTo(PlannerParameters.DEFAULT_SIFTING_FROM_BUSES);
        assertThat(PlannerParameters.siftingFrom(" ")).isEqualTo(PlannerParameters.DEFAULT_SIFTING_FROM_BUSES);
        assertThat(PlannerParameters.siftingFrom("0")).isZero();
        assertThat(PlannerParameters.siftingFrom(" 20000 ")).isEqualTo(20_000);
        assertThat(PlannerParameters.siftingFrom("never")).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void aBadSiftingThresholdIsRefusedNamingTheVariable() {
        assertThatThrownBy(() -> PlannerParameters.siftingFrom("-1"))
                .hasMessage("FAIRSHED_SIFTING_FROM must be a bus count of at least 0 or \"never\", got \"-1\"");
        assertThatThrownBy(() -> PlannerParameters.siftingFrom("lots"))
                .hasMessageContaining("FAIRSHED_SIFTING_FROM").hasMessageContaining("\"lots\"");
        assertThatThrownBy(() -> PlannerParameters.defaults().withSiftingFromBuses(-5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("siftingFromBuses");
    }
}
