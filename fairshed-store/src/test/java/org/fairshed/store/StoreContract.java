package org.fairshed.store;

import org.fairshed.store.testing.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * A group of store tests that every PostgreSQL must pass: {@link EmbeddedStoreTest} runs each on the embedded
 * server, {@link ExternalStoreTest} on the one FAIRSHED_TEST_PG_URL names. Each test gets a store on a new database
 * made by the migrations, prepared by {@link #prepare}, dropped afterwards.
 */
abstract class StoreContract {

    Store store;

    /** The server this run of the contract uses. */
    abstract TestDatabase db();

    /** What every test of the contract starts from (regions, groups ...). */
    void prepare(Store opened) {
    }

    @BeforeEach
    final void openStore() {
        store = db().open();
        prepare(store);
    }

    @AfterEach
    final void closeStore() {
        db().close(store);
    }
}
