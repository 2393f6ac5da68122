package org.fairshed.store.model;

import java.time.LocalDate;

/** Hours a group was (or is scheduled to be) off on a local day: one cell of the 7-day fairness ledger. */
public record LedgerDay(String group, LocalDate day, double hoursOff) {
}
