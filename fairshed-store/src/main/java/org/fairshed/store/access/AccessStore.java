package org.fairshed.store.access;

import org.fairshed.store.Store;

/**
 * The store's operator access tables: accounts, API tokens, web sessions (migration 10), the failed logins per name
 * (migration 34).
 */
public record AccessStore(AccountRepository accounts, TokenRepository tokens, SessionRepository sessions,
                          LoginThrottleRepository loginThrottle) {

    public static AccessStore of(Store store) {
        return new AccessStore(new AccountRepository(store.database()), new TokenRepository(store.database()),
                new SessionRepository(store.database()), new LoginThrottleRepository(store.database()));
    }
}
