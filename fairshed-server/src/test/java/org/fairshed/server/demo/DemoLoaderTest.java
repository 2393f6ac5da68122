package org.fairshed.server.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.Region;
import org.fairshed.store.model.RevisionContent;
import org.fairshed.store.synthetic.SyntheticRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The demo of {@code ./fairshed serve} on a small registry: 24 regions with 12 groups each, today and tomorrow
 * planned and rotated through the job API and published as revision 1 of every region; a second load (a restart)
 * loads nothing. The drafts are the rota's schedules (the mapper's rules, checked on what the store holds).
 */
class DemoLoaderTest {

    private static final Instant NOW = Instant.parse("2026-03-28T10:00:00Z");
    private static Store store;
    private static final List<String> progress = new ArrayList<>();
    private static boolean first;

    @BeforeAll
    static void load() throws Exception {
        Path dir = Files.createTempDirectory(Path.of("target"), "demo-test");
        store = StoreFactory.open(StoreParameters.embedded(dir));
        first = new DemoLoader(store, progress::add, Clock.fixed(NOW, ZoneOffset.UTC), 2_400).load();
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void everyRegionHasRevisionOneCoveringTodayAndTomorrowWithEveryGroup() {
        assertThat(first).isTrue();
        List<Region> regions = store.organisation().regions();
        assertThat(regions).hasSize(24).allMatch(r -> r.nameEn().contains(SyntheticRegistry.LABEL));
        assertThat(store.registry().count()).isEqualTo(2_400);
        double offHours = 0;
        for (Region r : regions) {
            RevisionContent c = store.revisions().publishedContent(r.code()).orElseThrow();
            assertThat(c.revision().number()).isEqualTo(1);
            assertThat(c.revision().author()).isEqualTo(DemoLoader.AUTHOR);
            assertThat(c.revision().firstDay()).isEqualTo(LocalDate.of(2026, 3, 28));
            assertThat(c.revision().lastDay()).isEqualTo(LocalDate.of(2026, 3, 29));
            assertThat(c.groups()).hasSize(24);
            assertThat(c.days()).allMatch(d -> d.slotStatus().size() == 48 && d.quotaMw().size() == 48);
            for (GroupSchedule g : c.groups()) {
                assertThat(g.loadMw()).hasSize(48);
                assertThat(g.outages()).allMatch(o -> o.startMinute() % 30 == 0 && o.endMinute() % 30 == 0);
                offHours += g.hoursOff();
            }
            assertThat(c.ledger()).isNotEmpty();
        }
        assertThat(offHours).as("the demo's damage sheds load somewhere").isPositive();
        assertThat(progress).anyMatch(l -> l.startsWith("job DONE"));
    }

    @Test
    void aSecondStartLoadsNothing() {
        long events = store.events().latestId();
        assertThat(new DemoLoader(store, line -> { }, Clock.fixed(NOW.plusSeconds(86_400), ZoneOffset.UTC), 2_400).load())
                .isFalse();
        assertThat(store.events().latestId()).isEqualTo(events);
        assertThat(store.registry().count()).isEqualTo(2_400);
    }
}
