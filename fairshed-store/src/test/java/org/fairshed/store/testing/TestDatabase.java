package org.fairshed.store.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;
import org.junit.jupiter.api.Assumptions;

/**
 * A PostgreSQL server the store tests run against: the embedded one, or the server {@code FAIRSHED_TEST_PG_URL}
 * names (CI's Debian PostgreSQL). Each test gets a database of its own, made by the migrations (cloned from a
 * template that was migrated once from empty) and dropped afterwards.
 */
public abstract class TestDatabase {

    private static final AtomicInteger COUNTER = new AtomicInteger();
    private final String name;
    private boolean templateReady;

    TestDatabase(String name) {
        this.name = name;
    }

    /** {@code jdbc:postgresql://host:port/} with credentials as query parameters, for any database name. */
    protected abstract String urlOf(String database);

    /** Null when the server is there; else why the tests on it are skipped. */
    protected abstract String unavailable();

    /** A new, migrated, empty database and a store on it. */
    public Store open() {
        return StoreFactory.open(StoreParameters.jdbc(urlOf(create(true))));
    }

    /** A new database without any table (migrations not run), for the from-empty test. */
    public String createEmpty() {
        return urlOf(create(false));
    }

    public String url(String database) {
        return urlOf(database);
    }

    /** Closes the store and drops its database. */
    public void close(Store store) {
        if (store == null) {
            return;
        }
        String url = store.jdbcUrl();
        store.close();
        String db = url.substring(url.lastIndexOf('/') + 1).replaceAll("\\?.*", "");
        admin("drop database if exists " + db + " with (force)");
    }

    private synchronized String create(boolean migrated) {
        Assumptions.assumeTrue(unavailable() == null, () -> unavailable());
        if (migrated && !templateReady) {
            admin("drop database if exists fairshed_template with (force)");
            admin("create database fairshed_template template template0 encoding 'UTF8' lc_collate 'C' lc_ctype 'C'");
            StoreFactory.open(StoreParameters.jdbc(urlOf("fairshed_template")).withPoolSize(1)).close();
            templateReady = true;
        }
        String db = "fairshed_t" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        admin("create database " + db + " template " + (migrated ? "fairshed_template" : "template0")
                + " encoding 'UTF8' lc_collate 'C' lc_ctype 'C'");
        return db;
    }

    private void admin(String sql) {
        try (Connection c = DriverManager.getConnection(urlOf("postgres")); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(name + ": " + sql + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
