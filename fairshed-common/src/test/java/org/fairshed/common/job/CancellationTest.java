package org.fairshed.common.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CancellationTest {

    @Test
    void aBudgetRunsOutOnItsClock() {
        AtomicLong now = new AtomicLong(1_000);
        Cancellation c = Cancellation.withBudget(Duration.ofSeconds(2), now::get);
        assertThat(c.isStopped()).isFalse();
        assertThat(c.remainingSeconds()).isEqualTo(2.0);
        now.addAndGet(1_999_999_999L);
        assertThat(c.reason()).isNull();
        now.addAndGet(1);
        assertThat(c.reason()).isEqualTo(Cancellation.Reason.TIME_BUDGET);
        assertThat(c.remainingSeconds()).isZero();
    }

    @Test
    void cancellingWinsOverTheBudgetAndStays() {
        AtomicLong now = new AtomicLong();
        Cancellation c = Cancellation.withBudget(Duration.ofSeconds(1), now::get);
        c.cancel();
        now.addAndGet(5_000_000_000L);
        assertThat(c.reason()).isEqualTo(Cancellation.Reason.CANCELLED);
    }

    @Test
    void withoutABudgetOnlyCancelStops() {
        Cancellation c = Cancellation.none();
        assertThat(c.remainingSeconds()).isInfinite();
        assertThat(c.isStopped()).isFalse();
        c.cancel();
        assertThat(c.isStopped()).isTrue();
    }

    @Test
    void aHugeBudgetDoesNotOverflow() {
        Cancellation c = Cancellation.withBudget(Duration.ofDays(365L * 1000), () -> Long.MAX_VALUE - 10);
        assertThat(c.isStopped()).isFalse();
    }
}
