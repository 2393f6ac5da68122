package org.fairshed.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.fairshed.store.model.DayStatus;
import org.fairshed.store.model.Revision;

/** The listeners of one {@link Store}, called in the order they were added. Thread-safe. */
public final class PublishListeners {

    private final List<PublishListener> listeners = new CopyOnWriteArrayList<>();

    void add(PublishListener listener) {
        listeners.add(java.util.Objects.requireNonNull(listener, "listener"));
    }

    void remove(PublishListener listener) {
        listeners.remove(listener);
    }

    public void revision(Connection tx, Revision revision, long event) throws SQLException {
        for (PublishListener l : listeners) {
            l.onRevision(tx, revision, event);
        }
    }

    public void dayStatus(Connection tx, DayStatus status, long event) throws SQLException {
        for (PublishListener l : listeners) {
            l.onDayStatus(tx, status, event);
        }
    }
}
