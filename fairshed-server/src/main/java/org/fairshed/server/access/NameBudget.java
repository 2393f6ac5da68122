package org.fairshed.server.access;

import org.fairshed.store.access.LoginThrottleRepository;

/**
 * The failed logins a typed name has left: {@code capacity}, each back after {@code refillMillis}. {@link #shared}
 * counts them in the database, so that every server on it counts against one budget (a limit per replica is worth
 * nothing behind a load balancer); the tests hold it against an in-memory reference of the same rule.
 */
interface NameBudget {

    /** The milliseconds until {@code name} may fail again (0: now). */
    long waitMillis(String name, long now);

    /** One failure of {@code name}. */
    void failed(String name, long now);

    /** Forgets the names whose budget is full again. */
    void sweep(long now);

    static NameBudget shared(LoginThrottleRepository repository, int capacity, long refillMillis) {
        return new NameBudget() {
            @Override
            public long waitMillis(String name, long now) {
                return repository.waitMillis(name, now, capacity, refillMillis);
            }

            @Override
            public void failed(String name, long now) {
                repository.failed(name, now, capacity, refillMillis);
            }

            @Override
            public void sweep(long now) {
                repository.sweep(now, capacity, refillMillis);
            }
        };
    }
}
