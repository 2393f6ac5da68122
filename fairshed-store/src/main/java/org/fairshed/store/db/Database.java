package org.fairshed.store.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.fairshed.common.InputException;
import org.fairshed.store.StoreException;

/**
 * Transactions at the use-case boundary: {@link #write} runs one use case in one READ COMMITTED transaction on the
 * primary, {@link #read} in one READ ONLY REPEATABLE READ transaction (a single snapshot: every statement of the
 * use case sees the same published revision) on the read pool, which is the primary's or a streaming replica's.
 * An {@link InputException} or a {@link RuntimeException} from the work rolls the transaction back and passes
 * through; an {@link SQLException} becomes a {@link StoreException}.
 */
public final class Database {

    private final DataSource primary;
    private final DataSource reads;
    private final boolean readOnly;

    /**
     * @param readOnly a replica's view: every transaction is read-only, so the database refuses every write
     */
    public Database(DataSource primary, DataSource reads, boolean readOnly) {
        this.primary = Objects.requireNonNull(primary, "primary");
        this.reads = Objects.requireNonNull(reads, "reads");
        this.readOnly = readOnly;
    }

    public DataSource primary() {
        return primary;
    }

    public DataSource reads() {
        return reads;
    }

    public <T> T write(SqlWork<T> work) {
        return inTransaction(primary, readOnly, Connection.TRANSACTION_READ_COMMITTED, work);
    }

    public <T> T read(SqlWork<T> work) {
        return inTransaction(reads, true, Connection.TRANSACTION_REPEATABLE_READ, work);
    }

    /**
     * One statement's worth of reading on the read pool, in autocommit: the statement is its own snapshot, and the
     * transaction round trips (BEGIN, isolation, COMMIT) of {@link #read} are saved on the hot paths (search, lookup).
     * Only for work that runs a single statement.
     */
    public <T> T single(SqlWork<T> work) {
        try (Connection c = reads.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }

    private static <T> T inTransaction(DataSource source, boolean readOnly, int isolation, SqlWork<T> work) {
        try (Connection c = source.getConnection()) {
            c.setAutoCommit(false);
            c.setReadOnly(readOnly);
            c.setTransactionIsolation(isolation);
            boolean done = false;
            try {
                T result = work.run(c);
                c.commit();
                done = true;
                return result;
            } finally {
                if (!done) {
                    rollbackQuietly(c);
                }
                c.setReadOnly(false);
                c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException e) {
            throw new StoreException("database error: " + e.getMessage() + " (SQLSTATE " + e.getSQLState() + ")", e);
        }
    }

    private static void rollbackQuietly(Connection c) {
        try {
            c.rollback();
        } catch (SQLException ignored) {
            // the connection is broken; the pool drops it, the transaction is gone with it
        }
    }
}
