package org.fairshed.cli;

import java.nio.file.Path;
import org.fairshed.store.StoreParameters;
import picocli.CommandLine.Option;

/** {@code --data DIR} (the embedded PostgreSQL's folder, the default) or {@code --db JDBC_URL} (a PostgreSQL server). */
final class StoreOptions {

    static final String DEFAULT_DATA = "fairshed-data";

    @Option(names = "--data", paramLabel = "DIR", description = "Folder of the embedded database (created when missing; "
            + "default ./" + DEFAULT_DATA + ").")
    Path data;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "A PostgreSQL 15+ server instead, e.g. "
            + "jdbc:postgresql://localhost:5432/fairshed?user=fairshed&password=...")
    String db;

    StoreParameters parameters() {
        if (data != null && db != null) {
            throw new IllegalArgumentException("give --data or --db, not both");
        }
        return db != null ? StoreParameters.jdbc(db) : StoreParameters.embedded(data != null ? data : Path.of(DEFAULT_DATA));
    }
}
