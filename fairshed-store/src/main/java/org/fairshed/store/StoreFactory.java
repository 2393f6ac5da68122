package org.fairshed.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import com.zaxxer.hikari.pool.HikariPool;
import org.fairshed.store.db.Database;
import org.fairshed.store.db.EmbeddedServer;
import org.fairshed.store.db.Migrations;

/**
 * Opens a {@link Store}: starts the embedded server when the parameters name a data folder, pools connections
 * (HikariCP), brings the schema up to date (or validates it for a read-only replica) and checks the server version.
 */
public final class StoreFactory {

    /** The oldest PostgreSQL major the store's SQL is written for (Debian 12's package; the embedded one). */
    public static final int MIN_SERVER_VERSION = 15;

    private StoreFactory() {
    }

    public static Store open(StoreParameters parameters) {
        EmbeddedServer embedded = null;
        HikariDataSource primary = null;
        HikariDataSource reads = null;
        try {
            String url = parameters.jdbcUrl();
            if (parameters.isEmbedded()) {
                embedded = EmbeddedServer.start(parameters.dataDirectory());
                url = embedded.jdbcUrl();
            }
            primary = pool(url, parameters, "fairshed-primary", parameters.readOnly());
            reads = parameters.readJdbcUrl() == null ? null
                    : pool(parameters.readJdbcUrl(), parameters, "fairshed-reads", true);
            Database database = new Database(primary, reads == null ? primary : reads, parameters.readOnly());
            int version = serverVersion(database);
            if (version < MIN_SERVER_VERSION * 10_000) {
                throw new StoreException("PostgreSQL " + MIN_SERVER_VERSION + " or newer is needed, "
                        + parameters + " runs " + version / 10_000 + "." + version % 10_000);
            }
            if (parameters.readOnly()) {
                Migrations.validate(url, parameters.user(), parameters.password());
            } else {
                Migrations.migrate(url, parameters.user(), parameters.password());
            }
            return new Store(parameters, database, url, embedded, primary, reads);
        } catch (RuntimeException e) {
            closeQuietly(reads);
            closeQuietly(primary);
            if (embedded != null) {
                try {
                    embedded.close();
                } catch (RuntimeException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            throw e;
        }
    }

    private static HikariDataSource pool(String url, StoreParameters parameters, String name, boolean readOnly) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (parameters.user() != null) {
            config.setUsername(parameters.user());
        }
        if (parameters.password() != null) {
            config.setPassword(parameters.password());
        }
        config.setPoolName(name);
        config.setMaximumPoolSize(parameters.poolSize());
        config.setMinimumIdle(1);
        config.setReadOnly(readOnly);
        config.setAutoCommit(true);
        config.setConnectionTimeout(10_000);
        config.addDataSourceProperty("ApplicationName", "fairshed");
        config.addDataSourceProperty("reWriteBatchedInserts", "true");
        try {
            return new HikariDataSource(config);
        } catch (HikariPool.PoolInitializationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new StoreException("cannot connect to " + StoreParameters.redact(url) + ": " + cause.getMessage(), e);
        }
    }

    private static int serverVersion(Database database) {
        return database.read(c -> c.getMetaData().getDatabaseMajorVersion() * 10_000
                + c.getMetaData().getDatabaseMinorVersion());
    }

    private static void closeQuietly(HikariDataSource pool) {
        if (pool != null) {
            pool.close();
        }
    }
}
