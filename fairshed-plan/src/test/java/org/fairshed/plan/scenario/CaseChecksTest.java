package org.fairshed.plan.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.fairshed.common.InputException;
import org.fairshed.common.Limits;
import org.fairshed.grid.model.Branch;
import org.fairshed.grid.model.Bus;
import org.fairshed.grid.model.BusType;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.TinyGrids;
import org.junit.jupiter.api.Test;

/**
 * The network values the planner would feed its solver (a NaN or infinite load crashed OR-Tools), the scenario's
 * references to the network and the loads it makes: refused while resolving, naming the case or scenario field.
 */
final class CaseChecksTest {

    private static InputException rejected(String scenarioFields, Grid grid) {
        Throwable t = catchThrowable(() -> PlanInputFactory.create(ScenarioGrids.scenario(scenarioFields), grid));
        assertThat(t).isInstanceOf(InputException.class);
        return (InputException) t;
    }

    private static Grid withBus(Grid g, int index, Bus bus) {
        List<Bus> buses = new ArrayList<>(g.buses());
        buses.set(index, bus);
        return g.with(buses, g.generators(), g.branches());
    }

    private static Grid withBranch(Grid g, int index, Branch br) {
        List<Branch> branches = new ArrayList<>(g.branches());
        branches.set(index, br);
        return g.with(g.buses(), g.generators(), branches);
    }

    @Test
    void aLoadThatIsNotFiniteIsRefusedNamingTheBus() {
        Grid base = ScenarioGrids.twoAreas();
        for (double bad : new double[] {Double.NaN, Double.POSITIVE_INFINITY, -2e7}) {
            Grid g = withBus(base, 1, base.buses().get(1).withLoad(bad, 0));
            InputException e = rejected("", g);
            assertThat(e.source()).isEqualTo("two-areas");
            assertThat(e.field()).isEqualTo("bus 2 PD");
        }
    }

    @Test
    void aNegativeOrNotFinitePmaxOfAUnitInServiceIsRefused() {
        Grid base = ScenarioGrids.twoAreas();
        for (double bad : new double[] {-10, Double.NaN, Double.POSITIVE_INFINITY}) {
            List<Generator> gens = new ArrayList<>(base.generators());
            gens.set(2, gens.get(2).withPmax(bad));
            assertThat(rejected("", base.with(base.buses(), gens, base.branches())).field())
                    .isEqualTo("generator row 3 PMAX");
        }
        // one set of ranges for every grid, as the case reader applies them: a unit out of service is no exception
        List<Generator> out = new ArrayList<>(base.generators());
        out.set(2, out.get(2).withPmax(-10).withInService(false));
        assertThat(rejected("", base.with(base.buses(), out, base.branches())).field()).isEqualTo("generator row 3 PMAX");
    }

    @Test
    void aBranchTheDcModelCannotUseIsRefused() {
        Grid base = ScenarioGrids.twoAreas();
        assertThat(rejected("", withBranch(base, 1, TinyGrids.line(2, 3, Double.NaN, 200))).field())
                .isEqualTo("branch row 2 (2-3) BR_X");
        assertThat(rejected("", withBranch(base, 1, TinyGrids.line(2, 3, 0, 200))).detail()).contains("x = 0: the DC model needs a series reactance");
        assertThat(rejected("", withBranch(base, 1, TinyGrids.line(2, 3, 0.1, -5))).field())
                .isEqualTo("branch row 2 (2-3) RATE_A");
        assertThat(rejected("", withBranch(base, 1, TinyGrids.line(2, 3, 0.1, Double.NaN))).field())
                .isEqualTo("branch row 2 (2-3) RATE_A");
        // a series capacitor: negative reactance is MATPOWER's, accepted
        assertThat(PlanInputFactory.create(ScenarioGrids.scenario(""), withBranch(base, 1, TinyGrids.line(2, 3, -0.05, 200)))
                .slotCount()).isEqualTo(2);
    }

    @Test
    void aScaledLoadBeyondTheLargestPowerIsRefusedNamingTheSlotsFactor() {
        Grid base = ScenarioGrids.twoAreas();
        Grid big = withBus(base, 2, base.buses().get(2).withLoad(5e5, 0));
        InputException e = rejected("\"loadScale\": [1, 100]", big);
        assertThat(e.source()).isEqualTo(ScenarioGrids.SOURCE);
        assertThat(e.field()).isEqualTo("loadScale[1]");
        assertThat(e.detail()).contains("bus 3").contains("slot 1").contains("5.0E7 MW");
    }

    @Test
    void outagesOfRowsOrBusesTheCaseDoesNotHaveAreRefused() {
        Grid g = ScenarioGrids.twoAreas();
        assertThat(rejected("\"outages\": {\"branches\": [4]}", g).field()).isEqualTo("outages.branches[0]");
        assertThat(rejected("\"outages\": {\"buses\": [99]}", g).detail()).isEqualTo("names bus 99, which two-areas does not have");
        assertThat(rejected("\"derates\": [{\"generators\": [5], \"factor\": 0.5}]", g).field())
                .isEqualTo("derates[0].generators[0]");
    }

    /** Regions by bus on a network with more load buses than a plan shares between. */
    @Test
    void moreRegionsThanTheLimitAreRefused() {
        int n = Limits.MAX_REGIONS + 1;
        List<Bus> buses = new ArrayList<>();
        List<Branch> lines = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            buses.add(TinyGrids.bus(i, i == 1 ? BusType.REF : BusType.PQ, 1));
            if (i > 1) {
                lines.add(TinyGrids.line(1, i, 0.1, 0));
            }
        }
        Grid g = new Grid("many", 100, buses, List.of(TinyGrids.gen(1, 100, 10)), lines);
        InputException e = rejected("\"regions\": {\"by\": \"buses\"}", g);
        assertThat(e.field()).isEqualTo("regions");
        assertThat(e.detail()).contains(n + " regions").contains("at most " + Limits.MAX_REGIONS);
    }
}
