package org.fairshed.notify.outbox;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with jitter: after the k-th failed attempt the next waits {@code min(max, base * 2^(k-1))}
 * scaled by a uniform factor in [1 - jitter, 1] ("equal jitter" for jitter 0.5), so that receivers that came back
 * are not hit by every sender at once. After {@code maxAttempts} attempts the message is given up (FAILED).
 */
public record Backoff(Duration base, Duration max, double jitter, int maxAttempts) {

    /** 5 s, 10 s, 20 s ... capped at 1 h, 16 attempts: about 10 hours of trying. */
    public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(5), Duration.ofHours(1), 0.5, 16);

    public Backoff {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= max, got " + base + ", " + max);
        }
        if (jitter < 0 || jitter > 1) {
            throw new IllegalArgumentException("jitter must be in [0, 1], got " + jitter);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts must be at least 1, got " + maxAttempts);
        }
    }

    /** The wait before attempt {@code failed + 1}, having failed {@code failed >= 1} times. */
    public Duration delay(int failed, RandomGenerator random) {
        long ceiling = base.toMillis() << Math.min(failed - 1, 40);
        long capped = Math.min(max.toMillis(), ceiling < 0 ? Long.MAX_VALUE : ceiling);
        double factor = 1 - jitter * random.nextDouble();
        return Duration.ofMillis(Math.max(1, Math.round(capped * factor)));
    }
}
