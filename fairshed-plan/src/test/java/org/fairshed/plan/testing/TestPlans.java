package org.fairshed.plan.testing;

import static org.fairshed.grid.testing.TinyGrids.bus;
import static org.fairshed.grid.testing.TinyGrids.gen;
import static org.fairshed.grid.testing.TinyGrids.line;

import java.time.LocalDateTime;
import java.util.List;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.Grid;
import org.fairshed.plan.AcSlotCheck;
import org.fairshed.plan.BindingBranch;
import org.fairshed.plan.FairnessMode;
import org.fairshed.plan.FairnessSettings;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.PlanStatus;
import org.fairshed.plan.RegionShed;
import org.fairshed.plan.Regions;
import org.fairshed.plan.SlotPlan;

/**
 * A small hand-built plan with every feature the reports show: three regions (one named with a comma), critical
 * load, a dead island, an OPTIMAL slot with an AC check, a CRITICAL_SHED slot and an INFEASIBLE slot.
 *
 * <p>Network: bus 1 (generator, region north, no load), bus 2 (60 MW, north), bus 3 (40 MW, south, half of it
 * critical), bus 4 (20 MW, "east, coast", a 30 MW generator), bus 5 (5 MW, "east, coast", no branch: a dead island).
 * Non-critical load per region: north 60, south 20, east 25 MW. Slots of 60 min from 2016-12-19T00:00.
 */
public final class TestPlans {

    public static final List<String> REGIONS = List.of("north", "south", "east, coast");

    private TestPlans() {
    }

    public static Grid grid() {
        return new Grid("tiny5", 100,
                List.of(bus(1, BusType.REF, 0), bus(2, BusType.PQ, 60), bus(3, BusType.PQ, 40),
                        bus(4, BusType.PV, 20), bus(5, BusType.PQ, 5)),
                List.of(gen(1, 100, 10), gen(4, 30, 20)),
                List.of(line(1, 2, 0.1, 48), line(2, 3, 0.1, 50), line(1, 3, 0.1, 15), line(3, 4, 0.1, 50)));
    }

    public static PlanInput input() {
        Grid grid = grid();
        double[] load = {0, 60, 40, 20, 5};
        double[] pmax = {100, 30};
        return new PlanInput("tiny-winter-day", grid, LocalDateTime.of(2016, 12, 19, 0, 0), 60,
                new double[][] {load, load, load}, new double[][] {pmax, pmax, pmax}, new double[] {0, 0, 0.5, 0, 0},
                new Regions(REGIONS, new int[] {0, 0, 1, 2, 2}, "scenario"), FairnessSettings.of(FairnessMode.FAIR, 3),
                null);
    }

    /** The plan's run id: fixed, so that the golden files are stable. */
    public static final String RUN_ID = "0123456789abcdef0123456789abcdef";

    public static PlanResult plan() {
        double[] regionLoad = {60, 40, 25};
        double[] regionNcLoad = {60, 20, 25};
        double[] regionCriticalLoad = {0, 20, 0};
        AcSlotCheck ac = new AcSlotCheck("CONVERGED", true, 4, 0.9512, 3, 1.06, 1, 0, 1.2345,
                List.of(new AcSlotCheck.Overload(1, 1, 2, 51.2, 48, 48, 106.67)));
        SlotPlan s0 = new SlotPlan(0, PlanStatus.OPTIMAL, false, "", 125, 21, 0, 5,
                new RegionShed(new double[] {12, 4, 5}, regionLoad, new double[] {12, 4, 5}, regionNcLoad,
                        new double[] {0, 0, 0}, regionCriticalLoad, new double[] {0, 16, 5}),
                new double[] {0, 12, 4, 0, 5}, new double[] {84, 20}, List.of(new BindingBranch(1, 1, 2, 48, 48)), ac,
                0.012);
        SlotPlan s1 = new SlotPlan(1, PlanStatus.CRITICAL_SHED, false, "critical load at bus 3 is beyond branch 3's limit",
                125, 60, 4, 5, new RegionShed(new double[] {30, 24, 6}, regionLoad, new double[] {30, 20, 6}, regionNcLoad,
                        new double[] {0, 4, 0}, regionCriticalLoad, new double[] {20, 20, 16}),
                new double[] {0, 30, 24, 1, 5}, new double[] {65, 0},
                List.of(new BindingBranch(1, 1, 2, 30, 30), new BindingBranch(3, 1, 3, -15, 15)), null, 0.034);
        SlotPlan s2 = new SlotPlan(2, PlanStatus.INFEASIBLE, false, "fixed injection at bus 4 exceeds branch 4's limit",
                125, 45, 0, 5, new RegionShed(new double[] {20, 20, 5}, regionLoad, new double[] {20, 20, 5}, regionNcLoad,
                        new double[] {0, 0, 0}, regionCriticalLoad, new double[] {20, 20, 5}),
                new double[] {0, 20, 20, 0, 5}, new double[] {80.0000004, 0}, List.of(), null, 0.021);
        return new PlanResult(input(), List.of(s0, s1, s2), 0.5, RUN_ID);
    }

    /** {@link #plan()} with its last slot failed: the solver found nothing, so every shed figure is unknown. */
    public static PlanResult planWithAFailedSlot() {
        PlanResult plan = plan();
        SlotPlan last = plan.slots().get(2);
        SlotPlan failed = SlotPlan.unsolved(2, PlanStatus.ERROR, "no plan: least total shed: solver failed", last.loadMw(),
                RegionShed.unknownShed(last.regions().loadMw(), last.regions().nonCriticalLoadMw(),
                        last.regions().criticalLoadMw()), 0.02);
        return plan.withSlots(List.of(plan.slots().get(0), plan.slots().get(1), failed));
    }
}
