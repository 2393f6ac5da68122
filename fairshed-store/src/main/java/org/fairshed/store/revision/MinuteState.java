package org.fairshed.store.revision;

/** What a group has in one minute of a revision. */
public enum MinuteState {
    /** Power on. */
    ON,
    /** Power on unless the deficit grows (a possible outage). */
    POSSIBLY_OFF,
    /** Power off (a definite outage). */
    OFF
}
