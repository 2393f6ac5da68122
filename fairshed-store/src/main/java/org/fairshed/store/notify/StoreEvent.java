package org.fairshed.store.notify;

import java.time.LocalDate;
import org.fairshed.store.model.DayStatusKind;

/**
 * What a listener hears. CONNECTED after every (re)connection: notifications sent while the listener was away are
 * lost, so a server re-reads the published pointers then. REVISION: {@code revision} of {@code region} was published
 * ({@code hash} its content hash). DAY_STATUS: {@code day} of {@code region} is now {@code status}, at {@code version}.
 * REGISTRY: the registry changed (an import). {@code event} is the id of the event in the store's sequence (0 for
 * CONNECTED).
 */
public record StoreEvent(Kind kind, String region, int revision, String hash, LocalDate day, DayStatusKind status,
                         int version, long event) {

    public enum Kind {
        CONNECTED,
        REVISION,
        DAY_STATUS,
        REGISTRY
    }

    static StoreEvent connected() {
        return new StoreEvent(Kind.CONNECTED, null, 0, null, null, null, 0, 0);
    }
}
