package org.fairshed.server.access;

/** A token bucket of {@code capacity} tokens, each back after {@code refillMillis}; thread-safe. */
final class TokenBucket {

    private final int capacity;
    private final long refillMillis;
    private double tokens;
    private long last;

    TokenBucket(int capacity, long refillMillis, long now) {
        this.capacity = capacity;
        this.refillMillis = refillMillis;
        this.tokens = capacity;
        this.last = now;
    }

    private void refill(long now) {
        // a clock that stepped back refills nothing (and takes nothing away)
        tokens = Math.min(capacity, tokens + (double) Math.max(0, now - last) / refillMillis);
        last = Math.max(last, now);
    }

    /** Takes one; 0 when there was one, else the milliseconds until there is. */
    synchronized long take(long now) {
        refill(now);
        if (tokens >= 1) {
            tokens -= 1;
            return 0;
        }
        return (long) Math.ceil((1 - tokens) * refillMillis);
    }

    /** The milliseconds until one is there (0: now), taking none. */
    synchronized long waitMillis(long now) {
        refill(now);
        return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) * refillMillis);
    }

    synchronized boolean full(long now) {
        refill(now);
        return tokens >= capacity;
    }
}
