package org.fairshed.store;

import org.fairshed.store.testing.TestDatabase;
import org.fairshed.store.testing.TestDatabases;
import org.junit.jupiter.api.Nested;

/** Every store contract on the embedded PostgreSQL (the default of {@code ./fairshed serve}). */
class EmbeddedStoreTest {

    static TestDatabase server() {
        return TestDatabases.embedded();
    }

    @Nested
    class Migrations extends MigrationsContract {
        @Override
        TestDatabase db() {
            return server();
        }
    }

    @Nested
    class Registry extends RegistryContract {
        @Override
        TestDatabase db() {
            return server();
        }
    }

    @Nested
    class Revisions extends RevisionContract {
        @Override
        TestDatabase db() {
            return server();
        }
    }

    @Nested
    class PublishEndsEmergency extends PublishEndsEmergencyContract {
        @Override
        TestDatabase db() {
            return server();
        }
    }

    @Nested
    class DayStatus extends DayStatusContract {
        @Override
        TestDatabase db() {
            return server();
        }
    }

    @Nested
    class Organisation extends OrganisationContract {
        @Override
        TestDatabase db() {
            return server();
        }
    }
}
