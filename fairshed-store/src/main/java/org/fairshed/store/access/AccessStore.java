package org.fairshed.store.access;

import org.fairshed.store.Store;

/** The store's operator access tables: accounts, API tokens, web sessions (migration 10). */
public record AccessStore(AccountRepository accounts, TokenRepository tokens, SessionRepository sessions) {

    public static AccessStore of(Store store) {
        return new AccessStore(new AccountRepository(store.database()), new TokenRepository(store.database()),
                new SessionRepository(store.database()));
    }
}
