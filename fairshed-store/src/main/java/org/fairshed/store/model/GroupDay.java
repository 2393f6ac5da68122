package org.fairshed.store.model;

import java.time.LocalDate;
import java.util.List;

/**
 * One group's schedule on one local day, as a publish gives it.
 *
 * @param definite sorted, disjoint intervals switched off
 * @param possible sorted, disjoint intervals switched off too if the deficit grows; disjoint from {@code definite}
 * @param loadMw   the group's load per slot (MW)
 */
public record GroupDay(String group, LocalDate day, List<Interval> definite, List<Interval> possible,
                       List<Double> loadMw) {

    public GroupDay {
        definite = List.copyOf(definite);
        possible = List.copyOf(possible);
        loadMw = List.copyOf(loadMw);
    }

    /** Definite hours off. */
    public double hoursOff() {
        return definite.stream().mapToInt(Interval::minutes).sum() / 60.0;
    }
}
