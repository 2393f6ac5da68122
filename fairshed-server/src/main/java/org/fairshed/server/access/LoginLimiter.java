package org.fairshed.server.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.fairshed.server.http.Problem;

/**
 * Rate limits of the login: every attempt takes one of the client address's {@code perIp} (counted in this process:
 * addresses are the reverse proxy's to limit across replicas), every failure one of the typed name's budget
 * ({@link NameBudget}, counted in the database by default, so across replicas), whether the account exists or not,
 * so the limit tells nothing about which names do; each comes back after {@code refill}. An empty bucket is a 429
 * with {@code Retry-After}, before the password is even looked at. Buckets full again are dropped now and then.
 */
final class LoginLimiter {

    private static final int SWEEP_EVERY = 1024;
    private final Clock clock;
    private final int perIp;
    private final long refillMillis;
    private final NameBudget names;
    private final Map<String, TokenBucket> ips = new ConcurrentHashMap<>();
    private final AtomicInteger calls = new AtomicInteger();

    LoginLimiter(Clock clock, int perIp, Duration refill, NameBudget names) {
        this.clock = clock;
        this.perIp = perIp;
        this.refillMillis = refill.toMillis();
        this.names = names;
    }

    /** Takes an attempt of {@code ip}, and refuses when {@code name} has no failure left; else throws the 429. */
    void admit(String ip, String name) {
        long now = clock.millis();
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            ips.values().removeIf(b -> b.full(now));
            names.sweep(now);
        }
        long nameWait = names.waitMillis(key(name), now);
        if (nameWait > 0) {
            throw tooMany(nameWait);
        }
        long ipWait = ips.computeIfAbsent(ip, k -> new TokenBucket(perIp, refillMillis, now)).take(now);
        if (ipWait > 0) {
            throw tooMany(ipWait);
        }
    }

    /** A failed attempt of {@code name}. */
    void failed(String name) {
        names.failed(key(name), clock.millis());
    }

    private static String key(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return n.length() > 64 ? n.substring(0, 64) : n;
    }

    private static Problem tooMany(long waitMillis) {
        long seconds = Math.max(1, (waitMillis + 999) / 1000);
        return new Problem(429, "rate-limited", "Too many login attempts", "too many login attempts from this address "
                + "or for this name; retry after " + seconds + " s", null, Map.of("Retry-After", Long.toString(seconds)));
    }
}
