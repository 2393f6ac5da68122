package org.fairshed.server;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.server.testing.TestWorld;
import org.fairshed.store.model.GroupDay;
import org.fairshed.store.model.Interval;
import org.fairshed.store.model.RevisionDraft;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The calendar feeds, parsed by biweekly: stable UIDs across a revision that moves one outage's end. */
class FeedsTest {

    private static TestWorld w;

    @BeforeAll
    static void start() {
        w = TestWorld.get();
    }

    private static ICalendar feed(String path) {
        HttpResponse<String> r = w.get(path);
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/calendar");
        if (System.getenv("FEED_DEBUG") != null) { System.out.println(r.body()); }
        List<ICalendar> all = Biweekly.parse(r.body()).all();
        assertThat(all).hasSize(1);
        return all.get(0);
    }

    @Test
    void aGroupFeedHasTheCalendarPropertiesAndDistinguishesDefiniteFromPossible() {
        TestWorld.publish(w.store, TestWorld.draft("feeds", TestWorld.AUTUMN, 2, "feeds 1"));
        w.awaitDispatched();
        ICalendar c = feed("/ics/feeds/3.1.ics");
        assertThat(c.getMethod().getValue()).isEqualTo("PUBLISH");
        assertThat(c.getExperimentalProperty("X-WR-CALNAME").getValue()).contains("3.1");
        assertThat(c.getExperimentalProperty("X-PUBLISHED-TTL").getValue()).isEqualTo("PT30M");
        assertThat(c.getRefreshInterval()).isNotNull();
        assertThat(c.getTimezoneInfo().getComponents()).isNotEmpty();
        List<VEvent> events = c.getEvents();
        assertThat(events).hasSize(5); // 25 Oct: 03-04 (DST), 16-20, possible 22-24; 26 Oct: 00-02, 18-21
        VEvent dst = events.get(0);
        assertThat(dst.getStatus().getValue()).isEqualTo("CONFIRMED");
        assertThat(dst.getDateEnd().getValue().getTime() - dst.getDateStart().getValue().getTime()).isEqualTo(7_200_000L);
        VEvent possible = events.stream().filter(e -> e.getStatus().getValue().equals("TENTATIVE")).findFirst().orElseThrow();
        assertThat(possible.getSummary().getValue()).startsWith("Можливе");
        assertThat(events).allMatch(e -> e.getSequence().getValue() == 0);
    }

    @Test
    void anUnchangedFeedIsByteIdenticalAndRevalidates() {
        TestWorld.publish(w.store, TestWorld.draft("feeds", TestWorld.AUTUMN, 2, "feeds again"));
        w.awaitDispatched();
        HttpResponse<String> a = w.get("/ics/feeds/2.2.ics");
        HttpResponse<String> b = w.get("/ics/feeds/2.2.ics");
        assertThat(a.body()).isEqualTo(b.body());
        String etag = a.headers().firstValue("ETag").orElseThrow();
        assertThat(w.get("/ics/feeds/2.2.ics", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    /** A re-plan that moves the end of 16:00–20:00 to 21:00: same UIDs, SEQUENCE 1 for that event alone. */
    @Test
    void uidsSurviveARevisionThatMovesOneOutagesEnd() {
        TestWorld.publish(w.store, TestWorld.draft("feeds", TestWorld.AUTUMN, 2, "before the move"));
        w.awaitDispatched();
        Map<String, VEvent> before = byUid(feed("/ics/feeds/3.1.ics").getEvents());
        String other = w.get("/ics/feeds/5.1.ics").body();
        RevisionDraft d = TestWorld.draft("feeds", TestWorld.AUTUMN, 2, "moved end");
        List<GroupDay> groups = new ArrayList<>();
        for (GroupDay g : d.groups()) {
            if (g.group().equals("3.1") && g.day().equals(TestWorld.AUTUMN)) {
                g = new GroupDay(g.group(), g.day(), List.of(new Interval(180, 240), new Interval(960, 1260)),
                        List.of(new Interval(1320, 1440)), g.loadMw());
            }
            groups.add(g);
        }
        TestWorld.publish(w.store, new RevisionDraft(d.region(), d.slotMinutes(), d.days(), groups, d.ledger(),
                d.planStatus(), d.reason(), d.author()));
        w.awaitDispatched();
        Map<String, VEvent> after = byUid(feed("/ics/feeds/3.1.ics").getEvents());
        assertThat(after.keySet()).isEqualTo(before.keySet());
        String moved = "feeds/3.1/2026-10-25/960@fairshed";
        assertThat(after.get(moved).getSequence().getValue()).isEqualTo(before.get(moved).getSequence().getValue() + 1);
        assertThat(after.get(moved).getDateEnd().getValue().getTime() - after.get(moved).getDateStart().getValue().getTime())
                .isEqualTo(5 * 3_600_000L);
        for (String uid : after.keySet()) {
            if (!uid.equals(moved)) {
                assertThat(after.get(uid).getSequence().getValue()).as(uid).isEqualTo(before.get(uid).getSequence().getValue());
                assertThat(after.get(uid).getLastModified().getValue()).as(uid).isEqualTo(before.get(uid).getLastModified().getValue());
            }
        }
        assertThat(w.get("/ics/feeds/5.1.ics").body()).as("a group the move did not touch").isEqualTo(other);
    }

    @Test
    void anAddressFeedHasEveryGroupOfTheBuilding() {
        long id = TestWorld.get().store.registry().search("vyacheslava chornovola 5", 1).get(0).id();
        ICalendar c = feed("/ics/address/" + id + ".ics");
        assertThat(c.getEvents()).anyMatch(e -> e.getSummary().getValue().contains("1.1"))
                .anyMatch(e -> e.getSummary().getValue().contains("4.2"));
    }

    private static Map<String, VEvent> byUid(List<VEvent> events) {
        Map<String, VEvent> out = new HashMap<>();
        events.forEach(e -> out.put(e.getUid().getValue(), e));
        return out;
    }
}
