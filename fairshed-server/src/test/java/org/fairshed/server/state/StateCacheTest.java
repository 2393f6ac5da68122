package org.fairshed.server.state;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.fairshed.server.testing.MutableClock;
import org.fairshed.server.testing.TestWorld;
import org.junit.jupiter.api.Test;

/** The derived state is read again when a region's local date moves on, and not before. */
class StateCacheTest {

    @Test
    void aRegionIsReadAgainAtItsLocalMidnightAndNotASecondBefore() {
        TestWorld w = TestWorld.get();
        MutableClock clock = new MutableClock(TestWorld.NOW);
        StateCache states = new StateCache(w.store, clock);
        states.reloadAll();
        RegionState first = states.region("kyiv").orElseThrow();
        assertThat(first.today()).isEqualTo(TestWorld.AUTUMN);

        // 23:59:59 in Kyiv (EET, +02:00) is 21:59:59Z
        clock.advance(Duration.between(TestWorld.NOW, Instant.parse("2026-10-25T21:59:59Z")));
        assertThat(states.region("kyiv").orElseThrow()).isSameAs(first);

        clock.advance(Duration.ofSeconds(1));
        RegionState next = states.region("kyiv").orElseThrow();
        assertThat(next.today()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(next.token()).isNotEqualTo(first.token());
        assertThat(states.region("kyiv").orElseThrow()).isSameAs(next);
    }

    /** Replicas agree on the regions' list (and its ETag) only if it comes in one order: the store's. */
    @Test
    void allRegionsComeInTheStoresOrder() {
        TestWorld w = TestWorld.get();
        StateCache states = new StateCache(w.store, Clock.fixed(TestWorld.NOW, ZoneOffset.UTC));
        states.reloadAll();
        java.util.List<String> stored = w.store.organisation().regions().stream()
                .map(org.fairshed.store.model.Region::code).toList();
        assertThat(states.all().stream().map(RegionState::code).toList()).isEqualTo(stored);
    }
}
