package org.fairshed.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.fairshed.store.model.DayStatus;
import org.fairshed.store.model.Revision;

/**
 * Called by the store INSIDE the transaction of a publish or a day-status change, after its rows are written and
 * before the commit, so what a listener writes on {@code tx} commits or rolls back with it (the notifications'
 * transactional outbox, docs/notify.md). A listener must not commit, roll back or close {@code tx}, and must be fast:
 * the region's row is locked meanwhile. An exception aborts the publish.
 */
public interface PublishListener {

    /** A revision was published; {@code event} is its id in the store's event sequence. */
    void onRevision(Connection tx, Revision revision, long event) throws SQLException;

    /** A day's status was set; {@code event} is its id in the store's event sequence. */
    void onDayStatus(Connection tx, DayStatus status, long event) throws SQLException;
}
