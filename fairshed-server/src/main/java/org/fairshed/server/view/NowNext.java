package org.fairshed.server.view;

/**
 * A group's state at the moment asked and what comes next.
 *
 * @param state ON, OFF (a definite outage) or POSSIBLY_OFF (a possible outage)
 * @param since when the current state began, null when not within the published days
 * @param until when it ends, null when not within the published days
 * @param next  the next outage that begins after the moment (off at, back at), null when none is published
 */
public record NowNext(String state, TimePoint since, TimePoint until, Next next) {

    /** The next outage: power off at {@code offAt}, back at {@code backAt}. */
    public record Next(String kind, TimePoint offAt, TimePoint backAt) {
    }
}
