package org.fairshed.store.events;

import java.time.Instant;
import java.time.LocalDate;
import org.fairshed.store.model.DayStatusKind;

/**
 * One row of the store's event sequence: what a publish, a day-status change or a registry import appended.
 *
 * @param id       the sequence number (the public SSE event id), increasing with commit order within one writer
 * @param region   the region's code, null for a national event (a registry import)
 * @param revision REVISION: the new number; 0 otherwise
 * @param replaces REVISION: the number it replaced, null for the first or another kind
 * @param day      DAY_STATUS: the local day, else null
 * @param status   DAY_STATUS: the new status, else null
 * @param version  DAY_STATUS: the day's new version, else 0
 */
public record StoredEvent(long id, Instant at, Kind kind, String region, int revision, Integer replaces, LocalDate day,
                          DayStatusKind status, int version) {

    public enum Kind {
        REVISION("revision"),
        DAY_STATUS("day-status"),
        REGISTRY("registry");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Kind ofCode(String code) {
            for (Kind k : values()) {
                if (k.code.equals(code)) {
                    return k;
                }
            }
            throw new IllegalArgumentException("unknown event kind " + code);
        }
    }
}
