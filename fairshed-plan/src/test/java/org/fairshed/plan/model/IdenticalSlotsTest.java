package org.fairshed.plan.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.testing.TestPlans;
import org.fairshed.plan.testing.TinyPlans;
import org.junit.jupiter.api.Test;

class IdenticalSlotsTest {

    @Test
    void everySlotPointsAtTheFirstSlotWithTheSameLoadAndAvailability() {
        PlanInput in = TinyPlans.of(TestPlans.grid(), new double[] {1, 0.9, 1, 0.9, 0.8}, FairnessMode.FAIR);
        assertThat(IdenticalSlots.representatives(in)).containsExactly(0, 1, 0, 1, 4);
    }

    @Test
    void aSlotWithOtherAvailabilityIsItsOwn() {
        PlanInput in = TinyPlans.of(TestPlans.grid(), new double[] {1, 1}, FairnessMode.FAIR);
        in.genPmaxMw()[1][0] -= 1;
        assertThat(IdenticalSlots.representatives(in)).containsExactly(0, 1);
    }
}
