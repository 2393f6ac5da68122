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

    /** Budgets beyond this are no budget (a century; nanoTime arithmetic stays far from overflow). */
    private static final Duration UNBOUNDED = Duration.ofDays(36_500);

    private final LongSupplier nanoClock;
    private final boolean hasDeadline;
    private final long deadlineNanos;
    private final AtomicReference<Reason> cancelled = new AtomicReference<>();

    private Cancellation(LongSupplier nanoClock, boolean hasDeadline, long deadlineNanos) {
        this.nanoClock = nanoClock;
        this.hasDeadline = hasDeadline;
        this.deadlineNanos = deadlineNanos;
    }

    /** A token that is never cancelled unless {@link #cancel()} is called, without a time budget. */
    public static Cancellation none() {
        return new Cancellation(System::nanoTime, false, 0);
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
        if (budget.compareTo(UNBOUNDED) >= 0) {
            return new Cancellation(nanoClock, false, 0);
        }
        // nanoTime values may wrap: the deadline is compared by difference, as System.nanoTime asks
        return new Cancellation(nanoClock, true, nanoClock.getAsLong() + budget.toNanos());
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
        return hasDeadline && nanoClock.getAsLong() - deadlineNanos >= 0 ? Reason.TIME_BUDGET : null;
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
        if (!hasDeadline) {
            return Double.POSITIVE_INFINITY;
        }
        return Math.max(0, (deadlineNanos - nanoClock.getAsLong()) / 1e9);
    }
}
