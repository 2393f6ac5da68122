package org.fairshed.grid.damage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.fairshed.grid.io.MatpowerReader;
import org.fairshed.grid.model.Generator;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.SharedData;
import org.fairshed.grid.testing.TinyGrids;
import org.fairshed.grid.topology.Islands;
import org.junit.jupiter.api.Test;

class DamageTest {

    private static final double DELTA_MW = 1e-9;

    @Test
    void outagesAndDeratesGiveANewGridAndLeaveTheOriginal() {
        Grid g = TinyGrids.islands();
        Damage d = new Damage(List.of(2), List.of(1), List.of(), List.of(new Derate(List.of(1), 0.25)));
        Grid damaged = d.applyTo(g);
        assertThat(damaged.generator(2).inService()).isFalse();
        assertThat(damaged.branch(1).inService()).isFalse();
        assertThat(damaged.generator(1).pmaxMw()).isCloseTo(25, within(DELTA_MW));
        assertThat(g.generator(1).pmaxMw()).isCloseTo(100, within(DELTA_MW));
        assertThat(g.branch(1).inService()).isTrue();
    }

    /** A unit that must run at 60 MW, derated to 20 % of 100 MW, can only idle at its new Pmax (else no OPF is feasible). */
    @Test
    void aDerateBelowPminLowersPmin() {
        Generator g = TinyGrids.gen(1, 100, 10);
        Generator mustRun = new Generator(g.bus(), 0, 0, 300, -300, 1, 100,
                true, 100, 60, Double.NaN, Double.NaN, Double.NaN, g.cost(), g.fuel(), g.type());
        assertThat(mustRun.withPmax(20).pminMw()).isCloseTo(20, within(DELTA_MW));
        assertThat(mustRun.withPmax(80).pminMw()).isCloseTo(60, within(DELTA_MW));
    }

    @Test
    void invalidReferencesNameTheEntry() {
        Grid g = TinyGrids.islands();
        assertThatThrownBy(() -> new Damage(List.of(1, 3), List.of(), List.of(), List.of()).applyTo(g))
                .hasMessage("outages.generators[1] = 3: no such generator row; rows are numbered 1 to 2 as in the case file");
        assertThatThrownBy(() -> new Damage(List.of(), List.of(0), List.of(), List.of()).applyTo(g))
                .hasMessageContaining("outages.branches[0] = 0");
        assertThatThrownBy(() -> new Damage(List.of(), List.of(), List.of(42), List.of()).applyTo(g))
                .hasMessage("outages.buses[0] = 42: grid islands has no bus with that number");
        assertThatThrownBy(() -> new Damage(List.of(), List.of(), List.of(), List.of(new Derate(List.of(9), 0.5))).applyTo(g))
                .hasMessageContaining("derates[0].generators[0] = 9");
        assertThatThrownBy(() -> new Derate(List.of(1), 1.5)).hasMessageContaining("between 0 and 1");
    }

    @Test
    void readsTheScenarioFieldsAndNamesBadOnes() {
        Damage d = DamageReader.parse("{\"outages\": {\"generators\": [1], \"branches\": [2, 3], \"buses\": []},"
                + " \"derates\": [{\"generators\": [2], \"factor\": 0.5}]}", "s.json");
        assertThat(d.generators()).containsExactly(1);
        assertThat(d.branches()).containsExactly(2, 3);
        assertThat(d.derates()).hasSize(1);
        assertThatThrownBy(() -> DamageReader.parse("{\"outages\": {\"generators\": [1, \"x\"]}}", "s.json"))
                .hasMessage("s.json: outages.generators[1] = \"x\": expected a whole number");
        assertThatThrownBy(() -> DamageReader.parse("{\"derates\": [{\"generators\": [1]}]}", "s.json"))
                .hasMessageContaining("s.json: derates[0].factor must be a number");
        assertThatThrownBy(() -> DamageReader.parse("{\"outages\": ", "s.json"))
                .hasMessageContaining("s.json: not valid JSON at line 1");
    }

    @Test
    void publicScenarioOnCase118() {
        Grid grid = MatpowerReader.read(SharedData.matpowerCase("case118.m"));
        Grid damaged = DamageReader.read(SharedData.path("scenarios/public-s0-case118.json")).applyTo(grid);
        assertThat(damaged.generators().stream().filter(g -> !g.inService())).hasSize(18);
        assertThat(damaged.inServiceCapacityMw()).isCloseTo(3604.0, within(1e-6));
        Islands islands = Islands.of(damaged);
        assertThat(islands.all().get(0).size()).isEqualTo(116);
    }
}
