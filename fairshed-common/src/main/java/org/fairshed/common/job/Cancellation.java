package org.fairshed.common.job;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.LongSupplier;

/**
 * How a caller stops a long computation: cancelled on request (a dispatcher's button, a server shutting down) or
 * stopped by a time budget. Engines poll it between units of work (a slot, a leximin step, a region-day) and report
 * what they could not finish as data in their result (a slot's {@code CANCELLED} or {@code TIME_LIMIT} status), never
 * as a half-written file. Thread-safe; one token per job.
 */
public final class Cancellation {

    /** Why work stopped. */
    public enum Reason {
        /** Someone asked for it. */
        CANCELLED,
        /** The time budget ran out. */
        TIME_BUDGET
    }

    private static final long NO_DEADLINE = Long.MAX_VALUE;

    private final LongSupplier nanoClock;
    private final long deadlineNanos;
    private final AtomicReference<Reason> cancelled = new AtomicReference<>();

    private Cancellation(LongSupplier nanoClock, long deadlineNanos) {
        this.nanoClock = nanoClock;
        this.deadlineNanos = deadlineNanos;
    }

    /** A token that is never cancelled unless {@link #cancel()} is called, without a time budget. */
    public static Cancellation none() {
        return new Cancellation(System::nanoTime, NO_DEADLINE);
    }

    /** A token whose time budget ends {@code budget} from now. */
    public static Cancellation withBudget(Duration budget) {
        return withBudget(budget, System::nanoTime);
    }

    /** As {@link #withBudget(Duration)} on a given clock (tests). */
    public static Cancellation withBudget(Duration budget, LongSupplier nanoClock) {
        if (budget.isNegative()) {
            throw new IllegalArgumentException("a time budget must not be negative, got " + budget);
        }
        long now = nanoClock.getAsLong();
        long nanos = budget.toNanos();
        return new Cancellation(nanoClock, nanos > NO_DEADLINE - now ? NO_DEADLINE : now + nanos);
    }

    /** Asks the work to stop at its next check. */
    public void cancel() {
        cancelled.compareAndSet(null, Reason.CANCELLED);
    }

    /** Why the work must stop now, or null when it may go on. */
    public Reason reason() {
        Reason r = cancelled.get();
        if (r != null) {
            return r;
        }
        return deadlineNanos != NO_DEADLINE && nanoClock.getAsLong() - deadlineNanos >= 0 ? Reason.TIME_BUDGET : null;
    }

    /** True when the work must stop now (cancelled or out of time). */
    public boolean isStopped() {
        return reason() != null;
    }

    /** Seconds left of the time budget ({@link Double#POSITIVE_INFINITY} without one; 0 once stopped). */
    public double remainingSeconds() {
        if (isStopped()) {
            return 0;
        }
        if (deadlineNanos == NO_DEADLINE) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0, (deadlineNanos - nanoClock.getAsLong()) / 1e9);
    }
}
