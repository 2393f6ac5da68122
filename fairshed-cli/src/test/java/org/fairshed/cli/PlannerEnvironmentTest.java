package org.fairshed.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.fairshed.common.InputException;
import org.fairshed.plan.PlannerParameters;
import org.junit.jupiter.api.Test;

class PlannerEnvironmentTest {

    @Test
    void theSiftingThresholdIsACountOrNeverOrTheDefault() {
        assertThat(PlannerEnvironment.siftingFrom(null)).isEqualTo(PlannerParameters.DEFAULT_SIFTING_FROM_BUSES);
        assertThat(PlannerEnvironment.siftingFrom(" ")).isEqualTo(PlannerParameters.DEFAULT_SIFTING_FROM_BUSES);
        assertThat(PlannerEnvironment.siftingFrom("0")).isZero();
        assertThat(PlannerEnvironment.siftingFrom(" 20000 ")).isEqualTo(20_000);
        assertThat(PlannerEnvironment.siftingFrom("never")).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void anythingElseIsAnInputErrorNamingTheVariable() {
        for (String v : new String[] {"-1", "lots", "1e5", "NEVER "}) {
            assertThatThrownBy(() -> PlannerEnvironment.siftingFrom(v))
                    .isInstanceOf(InputException.class)
                    .hasMessageContaining("FAIRSHED_SIFTING_FROM")
                    .hasMessageContaining("count of loaded buses")
                    .hasMessageContaining("'" + v + "'");
        }
    }

    @Test
    void theEngineRefusesANegativeThresholdToo() {
        assertThatThrownBy(() -> PlannerParameters.defaults().withSiftingFromBuses(-5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("siftingFromBuses");
    }
}
