package org.fairshed.server.access;

import java.nio.file.Path;
import org.fairshed.server.testing.TestWorld;

/** Where the test store's PostgreSQL writes its log. */
final class AccessWorldLogs {

    private AccessWorldLogs() {
    }

    static Path postgresLog() {
        return TestWorld.get().dir.resolve("postgres.log");
    }
}
