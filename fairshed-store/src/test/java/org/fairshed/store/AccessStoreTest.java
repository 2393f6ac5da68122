package org.fairshed.store;

import org.fairshed.store.testing.TestDatabase;
import org.fairshed.store.testing.TestDatabases;
import org.junit.jupiter.api.Nested;

/** The access contract on the embedded PostgreSQL and on the one FAIRSHED_TEST_PG_URL names (skipped without it). */
class AccessStoreTest {

    @Nested
    class Embedded extends AccessContract {
        @Override
        TestDatabase db() {
            return TestDatabases.embedded();
        }
    }

    @Nested
    class External extends AccessContract {
        @Override
        TestDatabase db() {
            return TestDatabases.external();
        }
    }
}
