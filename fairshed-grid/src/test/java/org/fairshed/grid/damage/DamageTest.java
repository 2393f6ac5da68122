package org.fairshed.grid.damage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.fairshed.common.InputException;
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
    void invalidReferencesNameTheSourceAndTheEntry() {
        Grid g = TinyGrids.islands();
        assertThatThrownBy(() -> new Damage(List.of(1, 3), List.of(), List.of(), List.of(), "d.json").applyTo(g))
                .isInstanceOf(InputException.class)
                .hasMessage("d.json: outages.generators[1] names generator row 3; the generator rows of islands are numbered 1 "
                        + "to 2 as in the case file");
        assertThatThrownBy(() -> new Damage(List.of(), List.of(0), List.of(), List.of()).applyTo(g))
                .isInstanceOf(InputException.class).hasMessageContaining("damage: outages.branches[0] names branch row 0");
        assertThatThrownBy(() -> new Damage(List.of(), List.of(), List.of(42), List.of()).applyTo(g))
                .hasMessage("damage: outages.buses[0] names bus 42, which islands does not have");
        assertThatThrownBy(() -> new Damage(List.of(), List.of(), List.of(), List.of(new Derate(List.of(9), 0.5))).applyTo(g))
                .hasMessageContaining("derates[0].generators[0] names generator row 9");
        assertThatThrownBy(() -> new Derate(List.of(1), 1.5)).hasMessageContaining("between 0 and 1");
    }

    @Test
    void readsTheScenarioFieldsAndNamesBadOnes() {
        Damage d = DamageReader.parse("{\"outages\": {\"generators\": [1], \"branches\": [2, 3], \"buses\": []},"
                + " \"derates\": [{\"generators\": [2], \"factor\": 0.5}], \"slots\": 24}", "s.json");
        assertThat(d.generators()).containsExactly(1);
        assertThat(d.branches()).containsExactly(2, 3);
        assertThat(d.derates()).hasSize(1);
        assertThat(d.source()).isEqualTo("s.json");
        assertRefused("{\"outages\": {\"generators\": [1, \"x\"]}}",
                "s.json: outages.generators[1] must be a whole number between 1 and 2147483647, got \"x\"");
        assertRefused("{\"derates\": [{\"generators\": [1]}]}", "s.json: derates[0].factor is missing");
        assertRefused("{\"outages\": ", "s.json:1:");
        assertRefused("{\"outages\": ", "is not valid JSON");
    }

    /** One test per class of bad damage input: each an InputException naming the file and the field. */
    @Test
    void badValuesAreRefusedNamingTheField() {
        // 2^32 + 1 would wrap to generator 1 if narrowed to an int first
        assertRefused("{\"outages\": {\"generators\": [4294967297]}}",
                "s.json: outages.generators[0] must be between 1 and 2147483647, got 4294967297");
        assertRefused("{\"outages\": {\"buses\": [-4294967295]}}", "outages.buses[0] must be between 1 and 2147483647");
        assertRefused("{\"outages\": {\"branches\": [1.5]}}", "outages.branches[0] must be a whole number");
        assertRefused("{\"outages\": {\"branches\": [1e3]}}", "outages.branches[0] must be a whole number");
        assertRefused("{\"outages\": {\"generator\": [1]}}", "outages.generator is not a known field");
        assertRefused("{\"outages\": [1, 2]}", "outages must be an object");
        assertRefused("{\"derates\": [{\"generators\": [1], \"factor\": 1.5}]}",
                "s.json: derates[0].factor must be between 0 and 1, got 1.5");
        assertRefused("{\"derates\": [{\"generators\": [1], \"factor\": -0.1}]}", "derates[0].factor must be between 0 and 1");
        assertRefused("{\"derates\": [{\"generators\": [1], \"factor\": 1e400}]}", "derates[0].factor must be a finite number");
        assertRefused("{\"derates\": [{\"generators\": [1], \"factor\": \"NaN\"}]}", "derates[0].factor must be a finite number");
        assertRefused("{\"derates\": {\"generators\": [1]}}", "derates must be a list");
        assertRefused("{\"outages\": {}, \"outages\": {}}", "Duplicate field 'outages'");
        assertRefused("{\"outages\": {}} {}", "is not valid JSON");
        assertRefused("[1]", "must be a JSON object");
    }

    @Test
    void aDamageFileThatIsNotUtf8IsNamedWithItsLine(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path file = dir.resolve("d.json");
        java.nio.file.Files.write(file, new byte[] {'{', '\n', '"', (byte) 0xe9, '"', ':', '1', '}'});
        InputException e = org.assertj.core.api.Assertions.catchThrowableOfType(InputException.class, () -> DamageReader.read(file));
        assertThat(e.source()).isEqualTo(file.toString());
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.getMessage()).contains("not UTF-8");
    }

    private static void assertRefused(String json, String expected) {
        assertThatThrownBy(() -> DamageReader.parse(json, "s.json")).isInstanceOf(InputException.class)
                .hasMessageContaining(expected);
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
