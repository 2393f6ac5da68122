package org.fairshed.notify.outbox;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.fairshed.store.PublishListener;
import org.fairshed.store.model.DayStatus;
import org.fairshed.store.model.Revision;

/**
 * The transactional outbox's writer: the store calls it inside the publish (and day-status) transaction, so a
 * {@code notify_event} row exists exactly when the revision (or status) committed — a crash before the commit leaves
 * neither, after it both. One insert, no network, no lookup beyond the region's id; a second notifier on the same
 * store (two servers in one process) writes nothing twice.
 */
public final class OutboxWriter implements PublishListener {

    @Override
    public void onRevision(Connection tx, Revision revision, long event) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("insert into notify_event (kind, region_id, store_event, "
                + "revision, replaces) select 'revision', id, ?, ?, ? from region where code = ? "
                + "on conflict (store_event) do nothing")) {
            ps.setLong(1, event);
            ps.setInt(2, revision.number());
            ps.setObject(3, revision.replaces(), java.sql.Types.INTEGER);
            ps.setString(4, revision.region());
            ps.executeUpdate();
        }
    }

    @Override
    public void onDayStatus(Connection tx, DayStatus status, long event) throws SQLException {
        try (PreparedStatement ps = tx.prepareStatement("insert into notify_event (kind, region_id, store_event, day, "
                + "status, version) select 'day-status', id, ?, ?, ?, ? from region where code = ? "
                + "on conflict (store_event) do nothing")) {
            ps.setLong(1, event);
            ps.setDate(2, Date.valueOf(status.day()));
            ps.setString(3, status.status().name());
            ps.setInt(4, status.version());
            ps.setString(5, status.region());
            ps.executeUpdate();
        }
    }
}
