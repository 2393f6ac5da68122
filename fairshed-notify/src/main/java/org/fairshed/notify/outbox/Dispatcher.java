package org.fairshed.notify.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends what the outbox holds: each round claims the due head message of each subscriber, sends them (one virtual
 * thread each), and records every outcome before the subscriber's next message can be claimed. Delivery is
 * at-least-once with a stable id: a crash after a send and before its record leaves the lease to run out, and the
 * message goes again with the same {@code webhook-id} (and the same body), which the receiver dedups by.
 */
public final class Dispatcher {

    private static final Logger LOG = Logger.getLogger(Dispatcher.class.getName());

    private final DeliveryRepository deliveries;
    private final Map<Delivery.Channel, Sender> senders;
    private final Clock clock;
    private final Backoff backoff;
    private final Duration lease;
    private final int batch;
    private final SplittableRandom random = new SplittableRandom();

    public Dispatcher(DeliveryRepository deliveries, Map<Delivery.Channel, Sender> senders, Clock clock, Backoff backoff,
                      Duration lease, int batch) {
        this.deliveries = deliveries;
        this.senders = Map.copyOf(senders);
        this.clock = clock;
        this.backoff = backoff;
        this.lease = lease;
        this.batch = batch;
    }

    /** One round; returns how many attempts it made. */
    public int round() {
        List<Delivery> claimed = deliveries.claim(clock.instant(), lease, batch);
        if (claimed.isEmpty()) {
            return 0;
        }
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<?>> running = new ArrayList<>();
            for (Delivery d : claimed) {
                running.add(pool.submit(() -> attempt(d)));
            }
            for (Future<?> f : running) {
                try {
                    f.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    LOG.log(Level.WARNING, "a delivery attempt failed unexpectedly", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
        }
        return claimed.size();
    }

    private SendOutcome sendSafely(Delivery d) {
        try {
            return senders.get(d.channel()).send(d);
        } catch (RuntimeException e) {
            return new SendOutcome(SendOutcome.Kind.RETRY, 0, e.getClass().getSimpleName());
        }
    }

    private void attempt(Delivery d) {
        SendOutcome outcome = sendSafely(d);
        Instant now = clock.instant();
        int failed = d.attempts() + 1;
        boolean giveUp = failed >= backoff.maxAttempts();
        Instant retryAt;
        synchronized (random) {
            retryAt = now.plus(backoff.delay(failed, random));
        }
        deliveries.record(d, outcome, now, retryAt, giveUp);
        if (outcome.kind() != SendOutcome.Kind.DELIVERED) {
            LOG.info(() -> "delivery " + d.messageId() + " to " + d.channel().code() + " " + d.subscriptionId()
                    + ": " + outcome.kind() + " (" + outcome.detail() + "), attempt " + failed);
        }
    }
}
