package org.fairshed.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the store lives and how it is used. Either an embedded PostgreSQL in a data folder
 * ({@link #embedded(Path)}: started by the store, stopped by {@link Store#close()}) or a PostgreSQL server given by a
 * JDBC URL ({@link #jdbc(String)}).
 *
 * @param dataDirectory  the embedded server's folder (created when missing), null for a JDBC URL
 * @param jdbcUrl        {@code jdbc:postgresql://host:port/db}, null for the embedded server; user and password may be
 *                       in the URL ({@code ?user=...&password=...}) or in {@link #user}/{@link #password}
 * @param user           database user, null to take it from the URL
 * @param password       database password, null to take it from the URL (or none)
 * @param readJdbcUrl    a streaming read replica that read-only use cases use, null to read from the primary
 * @param poolSize       largest number of pooled connections (each read pool gets as many)
 * @param readOnly       a replica's view: no migration (the schema is validated instead), connections read-only, every
 *                       write refused by the database
 */
public record StoreParameters(Path dataDirectory, String jdbcUrl, String user, String password, String readJdbcUrl,
                              int poolSize, boolean readOnly) {

    /** Default pool size: two cores, a few concurrent requests each, room for a publish and an import. */
    public static final int DEFAULT_POOL_SIZE = 10;
    public static final int MAX_POOL_SIZE = 200;

    public StoreParameters {
        if ((dataDirectory == null) == (jdbcUrl == null)) {
            throw new IllegalArgumentException("give exactly one of a data folder and a JDBC URL");
        }
        if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the JDBC URL must start with jdbc:postgresql:, got " + redact(jdbcUrl));
        }
        if (readJdbcUrl != null && !readJdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("the read replica's JDBC URL must start with jdbc:postgresql:, got "
                    + redact(readJdbcUrl));
        }
        if (poolSize < 1 || poolSize > MAX_POOL_SIZE) {
            throw new IllegalArgumentException("pool size must be in [1, " + MAX_POOL_SIZE + "], got " + poolSize);
        }
    }

    /** The embedded PostgreSQL keeping its data in {@code dataDirectory}. */
    public static StoreParameters embedded(Path dataDirectory) {
        return new StoreParameters(Objects.requireNonNull(dataDirectory, "dataDirectory").toAbsolutePath(), null, null,
                null, null, DEFAULT_POOL_SIZE, false);
    }

    /** A PostgreSQL server (15 or newer). */
    public static StoreParameters jdbc(String jdbcUrl) {
        return new StoreParameters(null, Objects.requireNonNull(jdbcUrl, "jdbcUrl"), null, null, null,
                DEFAULT_POOL_SIZE, false);
    }

    public StoreParameters withCredentials(String newUser, String newPassword) {
        return new StoreParameters(dataDirectory, jdbcUrl, newUser, newPassword, readJdbcUrl, poolSize, readOnly);
    }

    public StoreParameters withReadReplica(String url) {
        return new StoreParameters(dataDirectory, jdbcUrl, user, password, url, poolSize, readOnly);
    }

    public StoreParameters withPoolSize(int size) {
        return new StoreParameters(dataDirectory, jdbcUrl, user, password, readJdbcUrl, size, readOnly);
    }

    public StoreParameters withReadOnly(boolean replica) {
        return new StoreParameters(dataDirectory, jdbcUrl, user, password, readJdbcUrl, poolSize, replica);
    }

    public boolean isEmbedded() {
        return dataDirectory != null;
    }

    /** {@code url} without its password, for messages and logs. */
    public static String redact(String url) {
        return url == null ? null : url.replaceAll("(?i)(password=)[^&]*", "$1***");
    }

    @Override
    public String toString() {
        return isEmbedded() ? "embedded PostgreSQL in " + dataDirectory : redact(jdbcUrl);
    }
}
