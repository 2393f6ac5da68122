package org.fairshed.server.ics;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.Outage;
import org.fairshed.store.model.OutageKind;
import org.fairshed.store.model.RevisionContent;

/**
 * The feed's events of one group, and their history. <b>The UID rule</b>: an outage is identified by its region, group,
 * local day and the wall-clock minute it starts ({@code kyiv/3.1/2026-12-02/960@fairshed}): a re-plan that moves
 * only its end, or turns a possible outage into a definite one, keeps the UID, and the event's {@code SEQUENCE} grows
 * by one for each revision that changed its end or kind (an outage that vanished and came back counts as changed);
 * an outage whose start moves is another outage (the old event leaves the feed, a new one comes). Definite and
 * possible outages of a day never share a start (they are disjoint), so the rule needs no kind. {@code SEQUENCE},
 * {@code LAST-MODIFIED} and {@code DTSTAMP} come from the revisions alone, so the same revisions give the same bytes.
 */
final class FeedHistory {

    private FeedHistory() {
    }

    /**
     * The group's events on {@code days}, from {@code revisions} (every published revision covering one of the days,
     * any order): each day as the newest covering revision has it, with its history over the older ones.
     */
    static List<FeedEvent> events(String region, String group, List<LocalDate> days, List<RevisionContent> revisions) {
        List<RevisionContent> ordered = new ArrayList<>(revisions);
        ordered.sort(Comparator.comparingInt(r -> r.revision().number()));
        List<FeedEvent> out = new ArrayList<>();
        for (LocalDate day : days) {
            Map<Integer, State> states = new HashMap<>();
            boolean covered = false;
            for (RevisionContent rc : ordered) {
                GroupSchedule g = find(rc, group, day);
                if (g == null) {
                    continue;
                }
                covered = true;
                Instant at = rc.revision().createdAt();
                states.values().forEach(s -> s.present = false);
                for (Outage o : g.outages()) {
                    State s = states.get(o.startMinute());
                    if (s == null) {
                        states.put(o.startMinute(), new State(o, at));
                    } else {
                        if (!s.wasPresent || s.outage.endMinute() != o.endMinute() || s.outage.kind() != o.kind()) {
                            s.sequence++;
                            s.lastModified = at;
                        }
                        s.outage = o;
                        s.present = true;
                    }
                }
                states.values().forEach(s -> s.wasPresent = s.present);
            }
            if (!covered) {
                continue;
            }
            states.values().stream().filter(s -> s.present).sorted(Comparator.comparingInt(s -> s.outage.startMinute()))
                    .forEach(s -> out.add(new FeedEvent(region, group, day, s.outage.startMinute(), s.outage.endMinute(),
                            s.outage.kind(), s.outage.startAt(), s.outage.endAt(), s.sequence, s.lastModified)));
        }
        return out;
    }

    static String uid(FeedEvent e) {
        return e.region() + "/" + e.group() + "/" + e.day() + "/" + e.startMinute() + "@fairshed";
    }

    private static GroupSchedule find(RevisionContent rc, String group, LocalDate day) {
        for (GroupSchedule g : rc.groups()) {
            if (g.group().equals(group) && g.day().equals(day)) {
                return g;
            }
        }
        return null;
    }

    private static final class State {
        Outage outage;
        int sequence;
        Instant lastModified;
        boolean present = true;
        boolean wasPresent = true;

        State(Outage outage, Instant at) {
            this.outage = outage;
            this.lastModified = at;
        }
    }

    static boolean definite(FeedEvent e) {
        return e.kind() == OutageKind.DEFINITE;
    }
}
