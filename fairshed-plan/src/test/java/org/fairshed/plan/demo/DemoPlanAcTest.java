package org.fairshed.plan.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.synth.DemoScenario;
import org.fairshed.grid.synth.SyntheticGrid;
import org.fairshed.grid.synth.SyntheticGridFactory;
import org.fairshed.plan.AcSlotCheck;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.Planner;
import org.fairshed.plan.PlannerParameters;
import org.fairshed.plan.SlotPlan;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo's plan (the built-in damage on the default synthetic grid, every hour of a day, fair sharing) passes its
 * own AC check: a DC-feasible plan that collapses the voltage would be published as if it were safe. Every slot's AC
 * power flow converges, every bus voltage stays within its limits, and the slack's share of losses stays small.
 */
final class DemoPlanAcTest {

    /** Voltages may exceed the bus's Vmin/Vmax by this much (pu) before the check fails: rounding, not physics. */
    private static final double VOLTAGE_TOLERANCE_PU = 1e-3;
    /**
     * What the slack takes beyond its dispatch, as a share of the load served: the plan supplies the network's losses
     * ({@link DemoPlanInput#LOSS_SHARE}), so only the error of that estimate is left (without it: 5.3-5.8 %).
     */
    private static final double MAX_SLACK_SHARE_OF_LOAD = 0.01;

    private static PlanInput input;
    private static PlanResult plan;

    @BeforeAll
    static void planTheDemo() {
        SyntheticGrid synthetic = SyntheticGridFactory.create();
        input = DemoPlanInput.of(synthetic, DemoScenario.of(synthetic), LocalDate.of(2026, 12, 3));
        plan = Planner.plan(input, PlannerParameters.defaults().withAcCheck(true));
    }

    @Test
    void everySlotIsUsableAndChecked() {
        assertThat(plan.slots()).hasSize(input.slotCount());
        assertThat(plan.slots()).allSatisfy(p -> {
            assertThat(p.usable()).as("slot %d usable", p.slot()).isTrue();
            assertThat(p.ac()).as("slot %d has an AC check", p.slot()).isNotNull();
        });
    }

    @Test
    void everySlotConvergesWithinVoltageLimits() {
        Grid grid = input.grid();
        double vmin = grid.buses().stream().mapToDouble(Bus::vminPu).max().orElseThrow();
        double vmax = grid.buses().stream().mapToDouble(Bus::vmaxPu).min().orElseThrow();
        for (SlotPlan p : plan.slots()) {
            AcSlotCheck ac = p.ac();
            assertThat(ac.converged()).as("slot %d: %s after %d iterations", p.slot(), ac.status(), ac.iterations())
                    .isTrue();
            assertThat(ac.minVoltagePu()).as("slot %d lowest voltage (bus %d)", p.slot(), ac.minVoltageBus())
                    .isGreaterThanOrEqualTo(vmin - VOLTAGE_TOLERANCE_PU);
            assertThat(ac.maxVoltagePu()).as("slot %d highest voltage (bus %d)", p.slot(), ac.maxVoltageBus())
                    .isLessThanOrEqualTo(vmax + VOLTAGE_TOLERANCE_PU);
        }
    }

    @Test
    void thePlansGenerationCoversTheLosses() {
        for (SlotPlan p : plan.slots()) {
            double served = 0;
            double[] pd = input.busLoadMw()[p.slot()];
            for (int b = 0; b < pd.length; b++) {
                served += pd[b] - p.busShedMw()[b];
            }
            assertThat(Math.abs(p.ac().slackMismatchMw())).as("slot %d slack mismatch against %.0f MW served",
                    p.slot(), served).isLessThanOrEqualTo(MAX_SLACK_SHARE_OF_LOAD * served);
        }
    }
}
