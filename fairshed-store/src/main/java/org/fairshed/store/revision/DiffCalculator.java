package org.fairshed.store.revision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.fairshed.store.model.GroupSchedule;
import org.fairshed.store.model.Interval;
import org.fairshed.store.model.Outage;
import org.fairshed.store.model.OutageKind;
import org.fairshed.store.model.RevisionContent;

/**
 * The diff of two revisions: each group-day's outage ends become boundaries, and between consecutive boundaries the
 * (before, after) states are constant, so the work grows with the (few) outages of a day, not with its minutes;
 * adjacent runs with the same pair of states are merged.
 */
public final class DiffCalculator {

    private DiffCalculator() {
    }

    public static RevisionDiff diff(RevisionContent from, RevisionContent to) {
        Map<String, GroupSchedule> before = index(from);
        Map<String, GroupSchedule> after = index(to);
        Set<LocalDate> daysBefore = days(from);
        Set<LocalDate> daysAfter = days(to);
        Set<String> groupsBefore = groups(from);
        Set<String> groupsAfter = groups(to);
        List<GroupDayDiff> changes = new ArrayList<>();
        for (Map.Entry<String, GroupSchedule> e : after.entrySet()) {
            GroupSchedule b = before.get(e.getKey());
            if (b == null) {
                continue;
            }
            List<MinuteChange> runs = changes(b.outages(), e.getValue().outages());
            if (!runs.isEmpty()) {
                changes.add(new GroupDayDiff(e.getValue().group(), e.getValue().day(), runs));
            }
        }
        return new RevisionDiff(to.revision().region(), from.revision().number(), to.revision().number(), changes,
                minus(daysAfter, daysBefore), minus(daysBefore, daysAfter), minus(groupsAfter, groupsBefore),
                minus(groupsBefore, groupsAfter));
    }

    /** The runs of minutes of one day whose state differs between {@code before} and {@code after}. */
    public static List<MinuteChange> changes(List<Outage> before, List<Outage> after) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, Interval.DAY_MINUTES));
        for (List<Outage> list : List.of(before, after)) {
            for (Outage o : list) {
                cuts.add(o.startMinute());
                cuts.add(o.endMinute());
            }
        }
        List<MinuteChange> out = new ArrayList<>();
        Integer start = null;
        for (int cut : cuts) {
            if (start != null) {
                MinuteState b = state(before, start);
                MinuteState a = state(after, start);
                if (b != a) {
                    int last = out.size() - 1;
                    if (last >= 0 && out.get(last).end() == start && out.get(last).before() == b
                            && out.get(last).after() == a) {
                        out.set(last, new MinuteChange(out.get(last).start(), cut, b, a));
                    } else {
                        out.add(new MinuteChange(start, cut, b, a));
                    }
                }
            }
            start = cut;
        }
        return out;
    }

    /** The state at {@code minute}: off in a definite outage, possibly off in a possible one, else on. */
    static MinuteState state(List<Outage> outages, int minute) {
        MinuteState s = MinuteState.ON;
        for (Outage o : outages) {
            if (o.startMinute() <= minute && minute < o.endMinute()) {
                if (o.kind() == OutageKind.DEFINITE) {
                    return MinuteState.OFF;
                }
                s = MinuteState.POSSIBLY_OFF;
            }
        }
        return s;
    }

    private static Map<String, GroupSchedule> index(RevisionContent content) {
        Map<String, GroupSchedule> map = new LinkedHashMap<>();
        for (GroupSchedule g : content.groups()) {
            map.put(g.group() + "|" + g.day(), g);
        }
        return map;
    }

    private static Set<LocalDate> days(RevisionContent content) {
        Set<LocalDate> set = new TreeSet<>();
        content.days().forEach(d -> set.add(d.day()));
        return set;
    }

    private static Set<String> groups(RevisionContent content) {
        Set<String> set = new java.util.LinkedHashSet<>();
        content.groups().forEach(g -> set.add(g.group()));
        return set;
    }

    private static <T> List<T> minus(Set<T> a, Set<T> b) {
        List<T> out = new ArrayList<>();
        for (T t : a) {
            if (!b.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }
}
