package org.fairshed.server.operator;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairshed.store.Store;

/**
 * The right to run plan jobs, one holder per database however many servers share it: a PostgreSQL session-level
 * advisory lock held on a connection of its own. The lock goes with its session, so a server that dies (or whose
 * connection is cut) frees it and another server's worker takes it over. The embedded store is PostgreSQL too, so the
 * same code runs there.
 */
final class WorkerLock implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(WorkerLock.class.getName());
    /** The lock's key in the database's advisory-lock space ("fairshed jobs"). */
    static final long KEY = 0x6661697273686a62L;
    private static final int VALID_SECONDS = 5;

    private final Store store;
    private Connection held;
    private long taken;

    WorkerLock(Store store) {
        this.store = store;
    }

    /**
     * Whether this worker holds the lock, taking it when it is free; false while another server's worker holds it or
     * the database cannot be reached. A connection that broke lost the lock with it: it is taken again if it can be.
     */
    synchronized boolean hold() {
        if (held != null) {
            if (valid(held)) {
                return true;
            }
            LOG.warning("the job worker's lock connection broke: the lock is lost, taking it again if it is free");
            closeQuietly(held);
            held = null;
        }
        Connection c = null;
        try {
            c = store.connect("fairshed-job-worker");
            c.setAutoCommit(true);
            try (PreparedStatement ps = c.prepareStatement("select pg_try_advisory_lock(?)")) {
                ps.setLong(1, KEY);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getBoolean(1)) {
                        held = c;
                        taken++;
                        return true;
                    }
                }
            }
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "the job worker cannot reach the database to take its lock", e);
        }
        closeQuietly(c);
        return false;
    }

    /** How many times this worker took the lock: a change means it was taken anew. */
    synchronized long taken() {
        return taken;
    }

    /** Whether the lock is still held (its connection alive), without taking it. */
    synchronized boolean stillHeld() {
        return held != null && valid(held);
    }

    private static boolean valid(Connection c) {
        try {
            return c.isValid(VALID_SECONDS);
        } catch (SQLException e) {
            return false;
        }
    }

    private static void closeQuietly(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "closing the lock connection", e);
            }
        }
    }

    /** Frees the lock (closing its session frees it too). */
    @Override
    public synchronized void close() {
        if (held != null) {
            try (PreparedStatement ps = held.prepareStatement("select pg_advisory_unlock(?)")) {
                ps.setLong(1, KEY);
                ps.execute();
            } catch (SQLException e) {
                LOG.log(Level.FINE, "unlocking the job worker's lock", e);
            }
            closeQuietly(held);
            held = null;
        }
    }
}
