package org.fairshed.store.revision;

/**
 * A maximal run of minutes [start, end) of a group's day in which the state went from {@code before} to {@code after}
 * (on → off, off → on, on → possibly off, ...).
 */
public record MinuteChange(int start, int end, MinuteState before, MinuteState after) {

    public int minutes() {
        return end - start;
    }
}
