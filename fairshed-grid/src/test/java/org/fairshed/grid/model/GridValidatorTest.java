package org.fairshed.grid.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.fairshed.grid.synth.SyntheticGridFactory;
import org.fairshed.grid.synth.SyntheticGridParameters;
import org.fairshed.grid.testing.TinyGrids;
import org.junit.jupiter.api.Test;

class GridValidatorTest {

    @Test
    void theGridsWeMakeOurselvesAreInRange() {
        assertThat(GridValidator.firstProblem(TinyGrids.triangle(100))).isNull();
        assertThat(GridValidator.firstProblem(TinyGrids.tapAndShifter())).isNull();
        assertThat(GridValidator.firstProblem(SyntheticGridFactory.create(SyntheticGridParameters.defaults()).grid())).isNull();
    }

    @Test
    void theFirstProblemNamesTheElement() {
        Grid base = TinyGrids.triangle(100);
        Grid nanLoad = base.with(List.of(base.buses().get(0), base.buses().get(1), base.buses().get(2).withLoad(Double.NaN, 0)),
                base.generators(), base.branches());
        assertThat(GridValidator.firstProblem(nanLoad)).isEqualTo("bus 3 (row 3): Pd must be a number, got NaN");
        Grid negativeRate = base.with(base.buses(), base.generators(),
                List.of(base.branches().get(0), TinyGrids.line(2, 3, 0.1, -5), base.branches().get(2)));
        assertThat(GridValidator.firstProblem(negativeRate))
                .isEqualTo("branch 2: RATE_A must be between 0 and 10000000 MVA (0 for no limit), got -5");
        Grid derated = base.with(base.buses(), List.of(base.generators().get(0).withPmax(-1)), base.branches());
        assertThat(GridValidator.firstProblem(derated)).startsWith("generator 1: Pmax must be between 0 and 10000000 MW");
    }

    @Test
    void rampsMayBeAbsentOrUnlimitedButNotNegative() {
        Generator g = TinyGrids.gen(1, 100, 10);
        assertThat(GridValidator.generator(g)).isNull();
        Generator unlimited = new Generator(1, 0, 0, 300, -300, 1, 100, true, 100, 0, Double.POSITIVE_INFINITY, 5, 0,
                g.cost(), null, null);
        assertThat(GridValidator.generator(unlimited)).isNull();
        Generator negative = new Generator(1, 0, 0, 300, -300, 1, 100, true, 100, 0, -1, 5, 0, g.cost(), null, null);
        assertThat(GridValidator.generator(negative).field()).isEqualTo("RAMP_AGC");
    }

    @Test
    void valuesAreShownAsMatpowerSpellsThem() {
        assertThat(GridValidator.show(Double.NaN)).isEqualTo("NaN");
        assertThat(GridValidator.show(Double.NEGATIVE_INFINITY)).isEqualTo("-Inf");
        assertThat(GridValidator.show(4294967297.0)).isEqualTo("4294967297");
        assertThat(GridValidator.show(1e100)).isEqualTo("1.0e100");
        assertThat(GridValidator.show(0.05)).isEqualTo("0.05");
    }
}
