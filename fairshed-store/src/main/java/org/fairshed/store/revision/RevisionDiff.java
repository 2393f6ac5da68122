package org.fairshed.store.revision;

import java.time.LocalDate;
import java.util.List;

/**
 * What changed from revision {@code from} to revision {@code to} of a region: per group and day present in both, the
 * runs of minutes that changed; days and groups that only one of them has are listed apart.
 */
public record RevisionDiff(String region, int from, int to, List<GroupDayDiff> changes, List<LocalDate> daysAdded,
                           List<LocalDate> daysRemoved, List<String> groupsAdded, List<String> groupsRemoved) {

    public RevisionDiff {
        changes = List.copyOf(changes);
        daysAdded = List.copyOf(daysAdded);
        daysRemoved = List.copyOf(daysRemoved);
        groupsAdded = List.copyOf(groupsAdded);
        groupsRemoved = List.copyOf(groupsRemoved);
    }

    public boolean isEmpty() {
        return changes.isEmpty() && daysAdded.isEmpty() && daysRemoved.isEmpty() && groupsAdded.isEmpty()
                && groupsRemoved.isEmpty();
    }

    /** Minutes changed, summed over groups and days. */
    public long minutesChanged() {
        return changes.stream().flatMap(c -> c.changes().stream()).mapToLong(MinuteChange::minutes).sum();
    }
}
