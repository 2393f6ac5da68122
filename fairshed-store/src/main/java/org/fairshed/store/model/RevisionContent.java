package org.fairshed.store.model;

import java.util.List;

/** A revision with everything it holds, read in one snapshot. Groups are ordered by position, then day. */
public record RevisionContent(Revision revision, List<DayFigures> days, List<GroupSchedule> groups,
                              List<LedgerDay> ledger) {

    public RevisionContent {
        days = List.copyOf(days);
        groups = List.copyOf(groups);
        ledger = List.copyOf(ledger);
    }
}
