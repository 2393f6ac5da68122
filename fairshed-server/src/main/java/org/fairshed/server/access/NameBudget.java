package org.fairshed.server.access;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fairshed.store.access.LoginThrottleRepository;

/**
 * The failed logins a typed name has left: {@code capacity}, each back after {@code refillMillis}. {@link #shared}
 * counts them in the database, so that every server on it counts against one budget (a limit per replica is worth
 * nothing behind a load balancer); {@link #inMemory} counts those of this process alone.
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

    static NameBudget inMemory(int capacity, long refillMillis) {
        Map<String, TokenBucket> names = new ConcurrentHashMap<>();
        return new NameBudget() {
            @Override
            public long waitMillis(String name, long now) {
                TokenBucket b = names.get(name);
                return b == null ? 0 : b.waitMillis(now);
            }

            @Override
            public void failed(String name, long now) {
                names.computeIfAbsent(name, k -> new TokenBucket(capacity, refillMillis, now)).take(now);
            }

            @Override
            public void sweep(long now) {
                names.values().removeIf(b -> b.full(now));
            }
        };
    }
}
