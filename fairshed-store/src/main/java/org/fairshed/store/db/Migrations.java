package org.fairshed.store.db;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.fairshed.store.StoreException;

/**
 * The schema is the contract: {@code db/migration/V<n>__*.sql}, applied in order by Flyway, never changed once
 * released (Flyway's checksums refuse a changed one). {@code clean} is disabled: nothing in Fairshed drops a schema.
 */
public final class Migrations {

    public static final String LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    /**
     * Applies the migrations the database does not have yet; returns how many were applied. Flyway takes two
     * connections at once (its lock and the migration), so it gets its own, not the pool's.
     */
    public static int migrate(String url, String user, String password) {
        try {
            MigrateResult result = flyway(url, user, password).migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new StoreException("database migration failed: " + e.getMessage(), e);
        }
    }

    /** Checks that the database has exactly the migrations of this build (a replica never migrates). */
    public static void validate(String url, String user, String password) {
        try {
            flyway(url, user, password).validate();
        } catch (FlywayException e) {
            throw new StoreException("the database schema is not the one of this build: " + e.getMessage(), e);
        }
    }

    private static Flyway flyway(String url, String user, String password) {
        return Flyway.configure()
                .dataSource(url, user, password)
                .locations(LOCATION)
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                .load();
    }

    /** {@link #migrate(String, String, String)} on a data source that can hand out two connections at once. */
    public static int migrate(DataSource dataSource) {
        try {
            MigrateResult result = flyway(dataSource).migrate();
            return result.migrationsExecuted;
        } catch (FlywayException e) {
            throw new StoreException("database migration failed: " + e.getMessage(), e);
        }
    }

    /** Checks that the database has exactly the migrations of this build (a replica never migrates). */
    public static void validate(DataSource dataSource) {
        try {
            flyway(dataSource).validate();
        } catch (FlywayException e) {
            throw new StoreException("the database schema is not the one of this build: " + e.getMessage(), e);
        }
    }

    private static Flyway flyway(DataSource dataSource) {
        return Flyway.configure()
                .dataSource(dataSource)
                .locations(LOCATION)
                .cleanDisabled(true)
                .validateMigrationNaming(true)
                .load();
    }
}
