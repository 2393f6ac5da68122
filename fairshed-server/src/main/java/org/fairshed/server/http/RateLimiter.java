package org.fairshed.server.http;

import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client address: {@code perSecond} tokens a second up to {@code burst}. A request that finds the
 * bucket empty is refused with 429 and the seconds until a token is back. Buckets idle for a minute are dropped.
 * {@code perSecond <= 0} disables the limit.
 */
public final class RateLimiter {

    private static final long IDLE_NANOS = 60_000_000_000L;
    private static final int SWEEP_EVERY = 4096;

    private final double perSecond;
    private final double burst;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger calls = new java.util.concurrent.atomic.AtomicInteger();

    public RateLimiter(double perSecond, double burst) {
        this.perSecond = perSecond;
        this.burst = Math.max(1, burst);
    }

    /** Takes a token for {@code client} or throws the 429 problem. */
    public void acquire(String client) {
        if (perSecond <= 0) {
            return;
        }
        long now = System.nanoTime();
        if (calls.incrementAndGet() % SWEEP_EVERY == 0) {
            buckets.values().removeIf(b -> now - b.last > IDLE_NANOS);
        }
        Bucket b = buckets.computeIfAbsent(client, k -> new Bucket(burst, now));
        double wait;
        synchronized (b) {
            b.tokens = Math.min(burst, b.tokens + (now - b.last) / 1e9 * perSecond);
            b.last = now;
            if (b.tokens >= 1) {
                b.tokens -= 1;
                return;
            }
            wait = (1 - b.tokens) / perSecond;
        }
        throw Problem.tooManyRequests(Math.max(1, (long) Math.ceil(wait)));
    }

    private static final class Bucket {
        double tokens;
        long last;

        Bucket(double tokens, long last) {
            this.tokens = tokens;
            this.last = last;
        }
    }
}
