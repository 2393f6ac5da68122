package org.fairshed.store;

import org.fairshed.store.testing.TestDatabase;

/**
 * A group of store tests that every PostgreSQL must pass: {@link EmbeddedStoreTest} runs each on the embedded
 * server, {@link ExternalStoreTest} on the one FAIRSHED_TEST_PG_URL names.
 */
abstract class StoreContract {

    /** The server this run of the contract uses. */
    abstract TestDatabase db();
}
