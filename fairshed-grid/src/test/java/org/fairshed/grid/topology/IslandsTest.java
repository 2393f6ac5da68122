package org.fairshed.grid.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.fairshed.grid.damage.Damage;
import org.fairshed.grid.model.Grid;
import org.fairshed.grid.testing.TinyGrids;
import org.junit.jupiter.api.Test;

class IslandsTest {

    private static final double DELTA_MW = 1e-9;

    @Test
    void outOfServiceBranchesSplitTheGridAndDeadIslandsAreFlagged() {
        Islands islands = Islands.of(TinyGrids.islands());
        assertThat(islands.count()).isEqualTo(3);
        Island main = islands.all().get(0);
        assertThat(main.busNumbers()).containsExactly(1, 2);
        assertThat(main.referenceBus()).as("the original slack survives").isEqualTo(1);
        Island second = islands.all().get(1);
        assertThat(second.busNumbers()).containsExactly(3, 4);
        assertThat(second.referenceBus()).as("largest generator when the slack is elsewhere").isEqualTo(4);
        assertThat(second.isDead()).isFalse();
        Island dead = islands.all().get(2);
        assertThat(dead.busNumbers()).containsExactly(5);
        assertThat(dead.isDead()).isTrue();
        assertThat(islands.deadLoadMw()).isCloseTo(20, within(DELTA_MW));
    }

    @Test
    void busOutageIsolatesTheBusAndEverythingAtIt() {
        Grid damaged = new Damage(List.of(), List.of(), List.of(1), List.of()).applyTo(TinyGrids.triangle(0));
        Islands islands = Islands.of(damaged);
        assertThat(islands.islandOfBusIndex(0)).isEqualTo(Islands.NO_ISLAND);
        assertThat(damaged.generator(1).inService()).isFalse();
        assertThat(islands.count()).isEqualTo(1);
        assertThat(islands.all().get(0).isDead()).as("buses 2-3 carry 90 MW and have no generator left").isTrue();
        assertThat(islands.all().get(0).referenceBus()).as("no generator: first bus").isEqualTo(2);
    }

    @Test
    void islandWithoutLoadOrGenerationIsNotDead() {
        Grid g = new Damage(List.of(), List.of(1, 2), List.of(), List.of()).applyTo(TinyGrids.triangle(0));
        Islands islands = Islands.of(g);
        assertThat(islands.count()).isEqualTo(2);
        Island lonely = islands.all().get(1);
        assertThat(lonely.busNumbers()).containsExactly(2);
        assertThat(lonely.isDead()).isFalse();
    }
}
