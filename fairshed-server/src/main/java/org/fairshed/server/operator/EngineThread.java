package org.fairshed.server.operator;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.logging.Logger;
import org.fairshed.common.job.ProgressListener;

/**
 * Runs a job's engine work on a platform thread of its own at a lowered nice value ({@link ThreadNice}), so that the
 * threads the engine starts (slot threads, the AC checks' pool, CP-SAT's workers) inherit it, while the calling
 * worker thread keeps its priority and does everything that touches the rest of the server: the engine's progress is
 * queued and relayed by the caller, so a lowered thread never wakes a request's virtual thread itself (the virtual
 * threads' carriers are started by whoever submits to their scheduler, and a carrier started from a lowered thread
 * would run the read path at the job's priority).
 */
final class EngineThread {

    private static final Logger LOG = Logger.getLogger(EngineThread.class.getName());
    /** How often the caller relays the engine's progress. */
    static final long RELAY_MILLIS = 100;

    private record Event(String stage, int done, int total) {
    }

    private EngineThread() {
    }

    /**
     * Runs {@code work} with a listener on a new thread at {@code nice}, relays its progress to {@code progress} on the
     * calling thread (every stage change, the latest of each stage), and returns its result or throws what it threw.
     */
    static <T> T run(int nice, ProgressListener progress, Function<ProgressListener, T> work) {
        ConcurrentLinkedQueue<Event> events = new ConcurrentLinkedQueue<>();
        AtomicReference<T> result = new AtomicReference<>();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread engine = Thread.ofPlatform().daemon().name("fairshed-engine").unstarted(() -> {
            ThreadNice.Outcome o = ThreadNice.lowerCurrentThread(nice);
            if (nice > 0 && !o.applied()) {
                LOG.warning("the job's engine runs at the server's priority: " + o.reason());
            }
            try {
                result.set(work.apply((stage, done, total) -> events.add(new Event(stage, done, total))));
            } catch (Throwable t) {
                failure.set(t);
            }
        });
        engine.start();
        boolean interrupted = false;
        while (engine.isAlive()) {
            try {
                engine.join(RELAY_MILLIS);
            } catch (InterruptedException e) {
                // the engine polls its cancellation; the worker's interrupt is kept for after it ends
                interrupted = true;
            }
            relay(events, progress);
        }
        relay(events, progress);
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable t = failure.get();
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t);
        }
        return result.get();
    }

    /** Forwards the last event of every run of one stage (a stage change is never lost, repeats are coalesced). */
    private static void relay(ConcurrentLinkedQueue<Event> events, ProgressListener progress) {
        List<Event> batch = new ArrayList<>();
        for (Event e; (e = events.poll()) != null; ) {
            batch.add(e);
        }
        for (int i = 0; i < batch.size(); i++) {
            Event e = batch.get(i);
            if (i + 1 == batch.size() || !batch.get(i + 1).stage().equals(e.stage())) {
                progress.update(e.stage(), e.done(), e.total());
            }
        }
    }
}
