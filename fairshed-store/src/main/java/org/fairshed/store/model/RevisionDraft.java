package org.fairshed.store.model;

import java.util.List;
import java.util.Objects;

/**
 * What a publish stores as a new revision of a region: every hourly group of the region on every day of
 * {@code days} (the complete schedule), the figures, the ledger, why and by whom.
 *
 * @param planStatus the plan's overall status ({@code OPTIMAL}, {@code FEASIBLE}, ...)
 */
public record RevisionDraft(String region, int slotMinutes, List<DayFigures> days, List<GroupDay> groups,
                            List<LedgerDay> ledger, String planStatus, String reason, String author) {

    public RevisionDraft {
        Objects.requireNonNull(region, "region");
        days = List.copyOf(days);
        groups = List.copyOf(groups);
        ledger = List.copyOf(ledger);
    }
}
