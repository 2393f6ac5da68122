package org.fairshed.notify.outbox;

import java.time.Instant;
import java.time.LocalDate;

/** One outbox row: a revision published or a day's status set. */
public record NotifyEvent(long id, Instant at, Kind kind, String region, Integer revision, Integer replaces,
                          LocalDate day, String status, Integer version) {

    public enum Kind { REVISION, DAY_STATUS }

    /** The webhook-id of what it tells: the same for every attempt and every subscriber. */
    public String messageId() {
        return kind == Kind.REVISION ? "fs-rev-" + region + "-" + revision
                : "fs-day-" + region + "-" + day + "-v" + version;
    }
}
