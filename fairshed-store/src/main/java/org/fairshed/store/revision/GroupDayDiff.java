package org.fairshed.store.revision;

import java.time.LocalDate;
import java.util.List;

/** The changes of one group on one day between two revisions, ordered by minute. */
public record GroupDayDiff(String group, LocalDate day, List<MinuteChange> changes) {

    public GroupDayDiff {
        changes = List.copyOf(changes);
    }
}
