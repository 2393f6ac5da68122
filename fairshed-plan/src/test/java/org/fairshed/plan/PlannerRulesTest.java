package org.fairshed.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.TinyGrids;
import org.fairshed.plan.testing.TinyPlans;
import org.junit.jupiter.api.Test;

/** One rule of the planner per test, each on a network small enough to solve by hand. */
class PlannerRulesTest {

    private static final double DELTA_MW = 1e-4;
    private static final double DELTA_SHARE = 1e-5;
    private static final PlannerParameters ONE_THREAD = PlannerParameters.defaults().withThreads(1);

    /** Generator (100 MW) at bus 1 in area 1; loads of 60 MW at buses 2, 3, 4 in areas 2, 3, 4; line 1-2 limited to 10 MW. */
    static Grid bottleneck() {
        return new Grid("bottleneck", 100,
                List.of(TinyGrids.bus(1, BusType.REF, 0, 1), TinyGrids.bus(2, BusType.PQ, 60, 2),
                        TinyGrids.bus(3, BusType.PQ, 60, 3), TinyGrids.bus(4, BusType.PQ, 60, 4)),
                List.of(TinyGrids.gen(1, 100, 10)),
                List.of(TinyGrids.line(1, 2, 0.1, 10), TinyGrids.line(1, 3, 0.1, 0), TinyGrids.line(1, 4, 0.1, 0)));
    }

    private static PlanResult plan(PlanInput in) {
        PlanResult r = Planner.plan(in, ONE_THREAD);
        assertThat(PlanVerifier.violations(r, PlanVerifier.DEFAULT_TOLERANCE_MW)).isEmpty();
        return r;
    }

    @Test
    void bottleneckForcesOneRegionAndFairnessEqualizesTheRest() {
        SlotPlan p = plan(TinyPlans.of(bottleneck(), new double[] {1}, FairnessMode.FAIR)).slots().get(0);
        assertThat(p.status()).isEqualTo(PlanStatus.OPTIMAL);
        assertThat(p.shedMw()).isCloseTo(80, within(DELTA_MW));
        assertThat(p.share(1)).as("area 2 behind the 10 MW line").isCloseTo(50.0 / 60, within(DELTA_SHARE));
        assertThat(p.share(2)).isCloseTo(0.25, within(DELTA_SHARE));
        assertThat(p.share(3)).isCloseTo(0.25, within(DELTA_SHARE));
        assertThat(p.binding()).extracting(BindingBranch::branch).containsExactly(1);
    }

    @Test
    void slotsWithTheSameInputsGetTheSamePlanUnderTheirOwnNumbers() {
        PlanInput in = TinyPlans.of(bottleneck(), new double[] {1, 0.5, 1, 0.5}, FairnessMode.FAIR);
        List<SlotPlan> slots = Planner.plan(in, PlannerParameters.defaults().withThreads(2)).slots();
        assertThat(slots).extracting(SlotPlan::slot).containsExactly(0, 1, 2, 3);
        assertThat(slots.get(2).shedMw()).isCloseTo(80, within(DELTA_MW));
        assertThat(slots.get(2).busShedMw()).containsExactly(slots.get(0).busShedMw());
        assertThat(slots.get(3).genMw()).containsExactly(slots.get(1).genMw());
        assertThat(slots.get(1).shedMw()).isNotCloseTo(slots.get(0).shedMw(), within(DELTA_MW));
    }

    /** With the AC check, every slot gets one (identical slots share the check of the first, checked once). */
    @Test
    void identicalSlotsShareOneAcCheck() {
        PlanInput in = TinyPlans.of(bottleneck(), new double[] {1, 0.5, 1}, FairnessMode.FAIR);
        PlannerParameters ac = ONE_THREAD.withAcCheck(true);
        List<SlotPlan> slots = Planner.plan(in, ac).slots();
        assertThat(slots).allSatisfy(s -> assertThat(s.ac()).isNotNull());
        assertThat(slots.get(2).ac()).isSameAs(slots.get(0).ac());
        assertThat(slots.get(1).ac()).isNotSameAs(slots.get(0).ac());
    }

    @Test
    void criticalLoadIsProtectedAndSharesCountOnlyNonCriticalLoad() {
        double[] critical = {0, 0, 0.9, 0};
        SlotPlan p = plan(TinyPlans.of(bottleneck(), new double[] {1}, critical, FairnessMode.FAIR)).slots().get(0);
        assertThat(p.criticalShedMw()).isCloseTo(0, within(DELTA_MW));
        // areas 3 and 4 shed 30 MW: x/6 = (30 - x)/60 -> x = 30/11
        assertThat(p.busShedMw()[2]).isCloseTo(30.0 / 11, within(DELTA_MW));
        assertThat(p.share(2)).isCloseTo(p.share(3), within(DELTA_SHARE));
    }

    @Test
    void criticalLoadBeyondWhatTheNetworkDeliversIsShedLoudlyAndTheRestStillPlanned() {
        double[] critical = {0, 1.0, 0, 0};
        SlotPlan p = plan(TinyPlans.of(bottleneck(), new double[] {1}, critical, FairnessMode.FAIR)).slots().get(0);
        assertThat(p.status()).isEqualTo(PlanStatus.CRITICAL_SHED);
        assertThat(p.criticalShedMw()).isCloseTo(50, within(DELTA_MW));
        assertThat(p.message()).contains("CRITICAL LOAD SHED: 50.000 MW");
        assertThat(p.shedMw()).isCloseTo(80, within(DELTA_MW));
    }

    @Test
    void copperPlateSharesAreEqualWhateverTheRegionSizes() {
        Grid g = new Grid("copper", 100,
                List.of(TinyGrids.bus(1, BusType.REF, 100, 1), TinyGrids.bus(2, BusType.PQ, 300, 2)),
                List.of(TinyGrids.gen(1, 200, 10)), List.of(TinyGrids.line(1, 2, 0.1, 0)));
        SlotPlan p = plan(TinyPlans.of(g, new double[] {1}, FairnessMode.FAIR)).slots().get(0);
        assertThat(p.regions().shedMw()).containsExactly(new double[] {50, 150}, within(DELTA_MW));
        SlotPlan minShed = plan(TinyPlans.of(g, new double[] {1}, FairnessMode.MIN_SHED)).slots().get(0);
        assertThat(minShed.shedMw()).isCloseTo(200, within(DELTA_MW));
    }

    @Test
    void rampDownLimitMovesSheddingToTheEarlierSlot() {
        // one generator (100 MW) feeding 100 MW then 40 MW; it can fall by 30 MW per slot at most
        Grid g = new Grid("ramp", 100, List.of(TinyGrids.bus(1, BusType.REF, 0, 1), TinyGrids.bus(2, BusType.PQ, 100, 1)),
                List.of(TinyGrids.gen(1, 100, 10)), List.of(TinyGrids.line(1, 2, 0.1, 0)));
        PlanInput free = TinyPlans.of(g, new double[] {1, 0.4}, FairnessMode.FAIR);
        assertThat(plan(free).slots().stream().mapToDouble(SlotPlan::shedMw).toArray()).containsExactly(new double[] {0, 0}, within(DELTA_MW));
        PlanResult linked = plan(TinyPlans.withRamps(free, 30));
        assertThat(linked.slots().get(0).shedMw()).isCloseTo(30, within(DELTA_MW));
        assertThat(linked.slots().get(1).shedMw()).isCloseTo(0, within(DELTA_MW));
        assertThat(linked.slots().get(0).genMw()[0] - linked.slots().get(1).genMw()[0]).isCloseTo(30, within(DELTA_MW));
    }

    @Test
    void deadIslandIsReportedNotInfeasible() {
        SlotPlan p = plan(TinyPlans.of(TinyGrids.islands(), new double[] {1}, FairnessMode.FAIR)).slots().get(0);
        assertThat(p.status()).isEqualTo(PlanStatus.OPTIMAL);
        assertThat(p.deadIslandShedMw()).isCloseTo(20, within(DELTA_MW));
        assertThat(p.shedMw()).isCloseTo(20, within(DELTA_MW));
        assertThat(p.busShedMw()[4]).isCloseTo(20, within(DELTA_MW));
    }

    /** A bus outage (bus 3, 30 MW, cut off): its load stays in the slot's load and is unserved, like a dead island. */
    @Test
    void anIsolatedBusKeepsItsLoadAsUnservedDemand() {
        Grid damaged = new org.fairshed.grid.damage.Damage(List.of(), List.of(), List.of(3), List.of())
                .applyTo(TinyGrids.islands());
        SlotPlan p = plan(TinyPlans.of(damaged, new double[] {1}, FairnessMode.FAIR)).slots().get(0);
        assertThat(p.status()).isEqualTo(PlanStatus.OPTIMAL);
        assertThat(p.loadMw()).isCloseTo(40 + 30 + 20, within(DELTA_MW));
        assertThat(p.busShedMw()[2]).isCloseTo(30, within(DELTA_MW));
        assertThat(p.deadIslandShedMw()).isCloseTo(30 + 20, within(DELTA_MW));
    }

    /** The case: every generator out and all load critical. Everything is dark, and that is critical shed. */
    @Test
    void darkCriticalLoadIsCriticalShed() {
        Grid dark = new org.fairshed.grid.damage.Damage(List.of(1), List.of(), List.of(), List.of()).applyTo(bottleneck());
        double[] allCritical = {1, 1, 1, 1};
        PlanResult r = plan(TinyPlans.of(dark, new double[] {1, 0.5}, allCritical, FairnessMode.FAIR));
        SlotPlan p = r.slots().get(0);
        assertThat(p.status()).isEqualTo(PlanStatus.CRITICAL_SHED);
        assertThat(p.usable()).isTrue();
        assertThat(p.shedMw()).isCloseTo(180, within(DELTA_MW));
        assertThat(p.criticalShedMw()).isCloseTo(180, within(DELTA_MW));
        assertThat(p.deadIslandShedMw()).isCloseTo(180, within(DELTA_MW));
        assertThat(p.regions().criticalShedMw()).containsExactly(new double[] {0, 60, 60, 60}, within(DELTA_MW));
        assertThat(p.regions().criticalLoadMw()).containsExactly(new double[] {0, 60, 60, 60}, within(DELTA_MW));
        assertThat(p.message()).contains("CRITICAL LOAD SHED: 180.000 MW").contains("dark");
        assertThat(r.criticalUnservedEnergyMwh()).isCloseTo(180 + 90, within(DELTA_MW));
    }

    /** A bus cut off by a bus outage is dark: its critical part is critical shed, the rest non-critical shed. */
    @Test
    void criticalLoadAtABusCutOffByAnOutageIsCriticalShed() {
        Grid damaged = new org.fairshed.grid.damage.Damage(List.of(), List.of(), List.of(3), List.of())
                .applyTo(TinyGrids.islands());
        double[] critical = new double[damaged.buses().size()];
        critical[2] = 0.25;
        SlotPlan p = plan(TinyPlans.of(damaged, new double[] {1}, critical, FairnessMode.FAIR)).slots().get(0);
        assertThat(p.status()).isEqualTo(PlanStatus.CRITICAL_SHED);
        assertThat(p.criticalShedMw()).isCloseTo(0.25 * 30, within(DELTA_MW));
        assertThat(p.regions().count()).as("one area").isEqualTo(1);
        assertThat(p.regions().criticalShedMw()[0]).isCloseTo(0.25 * 30, within(DELTA_MW));
        assertThat(p.regions().nonCriticalShedMw()[0]).isCloseTo(0.75 * 30 + 20, within(DELTA_MW));
    }

    @Test
    void historyShiftsTheBurdenToRegionsThatLostLess() {
        Grid g = new Grid("copper2", 100,
                List.of(TinyGrids.bus(1, BusType.REF, 100, 1), TinyGrids.bus(2, BusType.PQ, 100, 2)),
                List.of(TinyGrids.gen(1, 100, 10)), List.of(TinyGrids.line(1, 2, 0.1, 0)));
        PlanInput base = TinyPlans.of(g, new double[] {1}, FairnessMode.FAIR);
        assertThat(plan(base).slots().get(0).regions().shedMw()).containsExactly(new double[] {50, 50}, within(DELTA_MW));
        // area 1 already lost 20 of 200 MWh: (20 + x1)/300 = x2/300 with x1 + x2 = 100 -> x1 = 40
        PlanInput withHistory = TinyPlans.withHistory(base, new double[] {20, 0}, new double[] {200, 200});
        assertThat(plan(withHistory).slots().get(0).regions().shedMw()).containsExactly(new double[] {40, 60}, within(DELTA_MW));
    }

    /**
     * Triangle, equal reactances, generation at bus 1, 60 MW in area 2 and in area 3, line 1-2 limited to 40 MW:
     * flow(1-2) = 2/3 served(2) + 1/3 served(3). Least shed serves area 3 fully and area 2 half (30 MW shed, shares
     * 0.5 and 0); a 50 % budget (45 MW) buys equal shares of 1/3 (40 MW each served: 40 MW shed).
     */
    @Test
    void priceOfFairnessBudgetBuysEqualSharesWhereTheNetworkAllows() {
        Grid triangle = new Grid("triangle", 100,
                List.of(TinyGrids.bus(1, BusType.REF, 0, 1), TinyGrids.bus(2, BusType.PQ, 60, 2),
                        TinyGrids.bus(3, BusType.PQ, 60, 3)),
                List.of(TinyGrids.gen(1, 200, 10)),
                List.of(TinyGrids.line(1, 2, 0.1, 40), TinyGrids.line(1, 3, 0.1, 0), TinyGrids.line(2, 3, 0.1, 0)));
        PlanInput in = TinyPlans.of(triangle, new double[] {1}, FairnessMode.FAIR);
        SlotPlan least = plan(in).slots().get(0);
        assertThat(least.shedMw()).isCloseTo(30, within(DELTA_MW));
        assertThat(least.share(1)).isCloseTo(0.5, within(DELTA_SHARE));
        assertThat(least.share(2)).isCloseTo(0, within(DELTA_SHARE));
        PlanInput budget = in.withFairness(new FairnessSettings(FairnessMode.FAIR, 0.5, false, new double[3], new double[3]));
        SlotPlan fair = plan(budget).slots().get(0);
        assertThat(fair.shedMw()).isCloseTo(40, within(DELTA_MW));
        assertThat(fair.share(1)).isCloseTo(1.0 / 3, within(DELTA_SHARE));
        assertThat(fair.share(2)).isCloseTo(1.0 / 3, within(DELTA_SHARE));
    }

    @Test
    void priceOfFairnessBudgetCanBuyEqualityWithMoreShed() {
        // area 2 behind the 10 MW line sheds 50 of 60 in any min-shed plan; a budget never makes anyone worse off
        PlanInput in = TinyPlans.of(bottleneck(), new double[] {1}, FairnessMode.FAIR);
        PlanInput budget = in.withFairness(new FairnessSettings(FairnessMode.FAIR, 0.1, false, new double[4], new double[4]));
        SlotPlan p = plan(budget).slots().get(0);
        assertThat(p.shedMw()).isBetween(80 - DELTA_MW, 88 + DELTA_MW);
        assertThat(p.share(1)).isLessThanOrEqualTo(50.0 / 60 + DELTA_SHARE);
    }

    /**
     * Buses 2 and 3 (areas 2 and 3, 60 MW each) are almost one node (line 2-3 of x 0.0001) fed by two equal lines from
     * the generator, one limited to 40 MW: shed at bus 2 relieves it by 0.50025 per MW, shed at bus 3 by 0.49975, so
     * the least total shed puts all of it on area 2, and moving it to area 3 costs 0.1 % more per MW moved.
     */
    static Grid nearTwin() {
        return new Grid("near-twin", 100,
                List.of(TinyGrids.bus(1, BusType.REF, 0, 1), TinyGrids.bus(2, BusType.PQ, 60, 2),
                        TinyGrids.bus(3, BusType.PQ, 60, 3)),
                List.of(TinyGrids.gen(1, 200, 10)),
                List.of(TinyGrids.line(1, 2, 0.1, 40), TinyGrids.line(1, 3, 0.1, 0), TinyGrids.line(2, 3, 0.0001, 0)));
    }

    @Test
    void aSplitThatASliverMoreShedWouldChangeIsCalledFragile() {
        PlanInput in = TinyPlans.of(nearTwin(), new double[] {1}, FairnessMode.FAIR);
        SlotPlan least = plan(in).slots().get(0);
        // relief needed 60 * 0.50025 + 60 * 0.49975 - 40 = 20 MW on line 1-2, all of it from bus 2
        double leastShed = 20 / 0.50025;
        assertThat(least.shedMw()).isCloseTo(leastShed, within(DELTA_MW));
        // the bound on the total shed keeps 1e-7 of it and 1e-6 MW of room for round-off, and the leximin spends that
        // room: each MW moved from area 2 to area 3 costs 0.001 MW, a share of 1/60
        double room = (1e-7 * leastShed + 1e-6) / 0.001 / 60;
        assertThat(least.share(1)).isCloseTo(leastShed / 60 - room, within(DELTA_SHARE));
        assertThat(least.share(2)).isCloseTo(room, within(DELTA_SHARE));
        // at the least total shed, area 2's share falls 1/60 per MW moved at 0.001 MW each: a point per 0.0006 MW,
        // 0.0015 % of the total
        assertThat(least.status()).isEqualTo(PlanStatus.OPTIMAL);
        assertThat(least.message()).contains("the fair split is fragile: its largest share, 66.6 %, would fall by a "
                + "point for every 0.0006 MW (0.0015 %) more shed in total");
        // and 0.1 % buys the equal split: x at bus 2, y at bus 3, 0.50025 x + 0.49975 y = 20 and x = y
        PlanInput priced = in.withFairness(new FairnessSettings(FairnessMode.FAIR, 1e-3, false, new double[3], new double[3]));
        SlotPlan fair = plan(priced).slots().get(0);
        assertThat(fair.shedMw()).isCloseTo(40, within(DELTA_MW));
        assertThat(fair.share(1)).isCloseTo(20.0 / 60, within(DELTA_SHARE));
        assertThat(fair.share(2)).isCloseTo(20.0 / 60, within(DELTA_SHARE));
        assertThat(fair.message()).doesNotContain("fragile");
    }

    @Test
    void aSplitTheNetworkForcesIsNotFragile() {
        SlotPlan p = plan(TinyPlans.of(bottleneck(), new double[] {1}, FairnessMode.FAIR)).slots().get(0);
        assertThat(p.message()).isEmpty();
    }
}
