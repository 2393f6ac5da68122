package org.fairshed.server.access;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.fairshed.server.http.Problem;

/**
 * Rate limits of the login: every attempt takes one of the client address's {@code perIp}, every failure one of the
 * typed name's {@code perName} (whether the account exists or not, so the limit tells nothing about which names do);
 * each comes back after {@code refill}. An empty bucket is a 429 with {@code Retry-After}, before the password is
 * even looked at. Buckets full again are dropped now and then.
 */
final class LoginLimiter {

    private static final int SWEEP_EVERY = 1024;
    private final Clock clock;
    private final int perIp;
    private final int perName;
    private final long refillMillis;
    private final Map<String, Bucket> ips = new ConcurrentHashMap<>();
    private final Map<String, Bucket> names = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

    LoginLimiter(Clock clock, int perIp, int perName, Duration refill) {
        this.clock = clock;
        this.perIp = perIp;
        this.perName = perName;
        this.refillMillis = refill.toMillis();
    }

    /** Takes an attempt of {@code ip}, and refuses when {@code name} has no failure left; else throws the 429. */
    void admit(String ip, String name) {
        long now = clock.millis();
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            ips.values().removeIf(b -> b.full(now, perIp));
            names.values().removeIf(b -> b.full(now, perName));
        }
        long nameWait = names.computeIfAbsent(key(name), k -> new Bucket(perName, now)).waitMillis(now, perName);
        if (nameWait > 0) {
            throw tooMany(nameWait);
        }
        long ipWait = ips.computeIfAbsent(ip, k -> new Bucket(perIp, now)).take(now, perIp);
        if (ipWait > 0) {
            throw tooMany(ipWait);
        }
    }

    /** A failed attempt of {@code name}. */
    void failed(String name) {
        long now = clock.millis();
        names.computeIfAbsent(key(name), k -> new Bucket(perName, now)).take(now, perName);
    }

    private static String key(String name) {
        String n = name == null ? "" : name.strip().toLowerCase(java.util.Locale.ROOT);
        return n.length() > 64 ? n.substring(0, 64) : n;
    }

    private static Problem tooMany(long waitMillis) {
        long seconds = Math.max(1, (waitMillis + 999) / 1000);
        return new Problem(429, "rate-limited", "Too many login attempts", "too many login attempts from this address "
                + "or for this name; retry after " + seconds + " s", null, Map.of("Retry-After", Long.toString(seconds)));
    }

    private final class Bucket {
        private double tokens;
        private long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }

        private void refill(long now, int capacity) {
            tokens = Math.min(capacity, tokens + (double) (now - last) / refillMillis);
            last = Math.max(last, now);
        }

        /** Takes one; 0 when there was one, else the milliseconds until there is. */
        synchronized long take(long now, int capacity) {
            refill(now, capacity);
            if (tokens >= 1) {
                tokens -= 1;
                return 0;
            }
            return (long) Math.ceil((1 - tokens) * refillMillis);
        }

        synchronized long waitMillis(long now, int capacity) {
            refill(now, capacity);
            return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) * refillMillis);
        }

        synchronized boolean full(long now, int capacity) {
            refill(now, capacity);
            return tokens >= capacity;
        }
    }
}
