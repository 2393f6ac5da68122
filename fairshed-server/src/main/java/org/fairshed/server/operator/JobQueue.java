package org.fairshed.server.operator;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.fairshed.common.job.Cancellation;

/**
 * One worker and a queue: jobs run one at a time in submission order (one machine: two plan jobs would trample each
 * other's cores and memory). The queue is the jobs table, so a restart finds what was queued; the worker holds the
 * running job's {@link Cancellation} (cancel, the time budget) and its latest progress, which SSE clients wait on.
 * Progress is written to the store at most once a second and at every stage change.
 * <p>
 * However many servers share the database, one worker runs jobs: the one holding the {@link WorkerLock}; the others
 * wait for it. The worker that takes the lock queues again what a dead holder left RUNNING (reported as restarted).
 * If the lock's connection breaks while a job runs, the job is cancelled: another worker may take the lock, and its
 * rerun owns the job's row from then on.
 */
final class JobQueue implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(JobQueue.class.getName());
    private static final long STORE_EVERY_NANOS = 1_000_000_000L;

    /** The live progress of a running job. */
    record Progress(String stage, int done, int total) {
    }

    /** A job taken this many times (its server died under it each time) is not tried again. */
    static final int MAX_ATTEMPTS = 3;
    private static final long LOCK_RETRY_MILLIS = 2_000;
    static final long LOCK_WATCH_MILLIS = 5_000;
    /** How often the worker reads whether a cancel of its running job was asked through another server. */
    static final long CANCEL_WATCH_MILLIS = 1_000;
    private static final long CANCEL_READ_WARNING_NANOS = 60_000_000_000L;

    private final JobStore jobs;
    private final WorkerLock lock;
    private final Consumer<FlowJob> work;
    private final Object signal = new Object();
    private final Map<Long, Cancellation> running = new ConcurrentHashMap<>();
    private final Map<Long, Progress> progress = new ConcurrentHashMap<>();
    /** Cancels asked for a job marked RUNNING whose run has not registered its cancellation yet. */
    private final java.util.Set<Long> early = ConcurrentHashMap.newKeySet();
    /** Running jobs cancelled because the lock's connection broke: their end is the next lock holder's. */
    private final java.util.Set<Long> lockLost = ConcurrentHashMap.newKeySet();
    private final Thread worker;
    private final Thread watch;
    private volatile boolean stopped;
    /** When a failed read of a cancel request was last logged (watch thread and worker). */
    private volatile long lastCancelReadWarning = System.nanoTime() - CANCEL_READ_WARNING_NANOS - 1;

    /**
     * @param lock the database-wide right to run jobs
     * @param work runs one job to its end (writes its outcome); it must not throw for a job's own failure
     */
    JobQueue(JobStore jobs, WorkerLock lock, Consumer<FlowJob> work) {
        this.jobs = jobs;
        this.lock = lock;
        this.work = work;
        this.worker = Thread.ofPlatform().name("fairshed-plan-worker").daemon().unstarted(this::loop);
        this.watch = Thread.ofPlatform().name("fairshed-plan-lock-watch").daemon().unstarted(this::watchLock);
    }

    /** Starts the worker: it runs jobs once it holds the lock. */
    void start() {
        worker.start();
        watch.start();
    }

    /**
     * Takes the lock or waits for it; when newly taken (the first time, or again after its connection broke, when
     * another worker may have run jobs meanwhile) queues again what a dead holder left RUNNING.
     */
    private boolean holdLock(long[] taken) throws InterruptedException {
        if (!lock.hold()) {
            synchronized (signal) {
                signal.wait(LOCK_RETRY_MILLIS);
            }
            return false;
        }
        if (lock.taken() != taken[0]) {
            taken[0] = lock.taken();
            int[] orphans = jobs.requeueOrphans(MAX_ATTEMPTS);
            if (orphans[0] + orphans[1] > 0) {
                LOG.warning(orphans[0] + " job(s) were running when their server stopped: queued again; " + orphans[1]
                        + " ended instead (tried " + MAX_ATTEMPTS + " times: FAILED; cancel asked: CANCELLED)");
            }
        }
        return true;
    }

    /**
     * While a job runs: a cancel asked through any server cancels it (within {@link #CANCEL_WATCH_MILLIS}), and if the
     * lock's connection broke the job is cancelled (another worker may take over).
     */
    private void watchLock() {
        long lastLockCheck = System.nanoTime();
        while (!stopped) {
            try {
                Thread.sleep(CANCEL_WATCH_MILLIS);
            } catch (InterruptedException e) {
                return;
            }
            running.forEach((id, c) -> {
                if (!c.isStopped() && askedToCancel(id)) {
                    LOG.info("job " + id + ": cancelled through another server");
                    c.cancel();
                }
            });
            if (System.nanoTime() - lastLockCheck < LOCK_WATCH_MILLIS * 1_000_000L) {
                continue;
            }
            lastLockCheck = System.nanoTime();
            if (!running.isEmpty() && !lock.stillHeld()) {
                LOG.severe("the job worker lost its database lock while a job ran: the run is stopped, and the worker "
                        + "that holds the lock next (another, or this one again) runs the job again");
                running.forEach((id, c) -> {
                    lockLost.add(id);
                    c.cancel();
                });
            }
        }
    }

    /** Wakes the worker (a job was queued). */
    void wake() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /**
     * Ends a run that made no draft (FAILED or CANCELLED, with the engine's status and a message) — unless it stopped
     * because this worker lost its lock: then no end is written, the job stays RUNNING in the store, and the worker
     * that takes the lock next queues it again (reported restarted) instead of showing a cancel nobody asked for.
     * Returns whether the end was written.
     */
    boolean end(FlowJob job, String status, String engineStatus, String message) {
        if (lockLost.contains(job.id())) {
            LOG.warning("job " + job.id() + " stopped when this worker lost its database lock: its end (" + status
                    + ") is not written; the next lock holder runs it again");
            return false;
        }
        jobs.finish(job.id(), status, engineStatus, message, null);
        return true;
    }

    /** The cancellation of a job about to run, with its budget. */
    Cancellation begin(long id, Duration budget) {
        Cancellation c = Cancellation.withBudget(budget);
        running.put(id, c);
        if (early.remove(id) || askedToCancel(id)) {
            c.cancel();
        }
        return c;
    }

    /**
     * Whether a cancel was asked in the store; a failing read asks nothing (the next watch reads again) and is logged at
     * most once a minute, not at every second's read.
     */
    private boolean askedToCancel(long id) {
        try {
            return jobs.cancelRequested(id);
        } catch (RuntimeException e) {
            long now = System.nanoTime();
            if (now - lastCancelReadWarning > CANCEL_READ_WARNING_NANOS) {
                lastCancelReadWarning = now;
                LOG.log(Level.WARNING, "could not read whether job " + id + " was cancelled (said once a minute at "
                        + "most while it lasts)", e);
            }
            return false;
        }
    }

    /**
     * Cancels a running job; false when it does not run here. A job the store shows RUNNING ({@code markedRunning})
     * whose run is just starting is cancelled as it registers.
     */
    boolean cancelRunning(long id, boolean markedRunning) {
        Cancellation c = running.get(id);
        if (c == null) {
            if (markedRunning) {
                early.add(id);
                c = running.get(id);
                if (c != null && early.remove(id)) {
                    c.cancel();
                }
            }
            return markedRunning;
        }
        c.cancel();
        return true;
    }

    Optional<Progress> progress(long id) {
        return Optional.ofNullable(progress.get(id));
    }

    /** A progress listener that keeps the job's latest progress and stores it now and then. */
    org.fairshed.common.job.ProgressListener listener(long id) {
        long[] lastStored = {0};
        String[] lastStage = {null};
        return (stage, done, total) -> {
            progress.put(id, new Progress(stage, done, total));
            long now = System.nanoTime();
            if (!stage.equals(lastStage[0]) || now - lastStored[0] > STORE_EVERY_NANOS || done == total) {
                lastStage[0] = stage;
                lastStored[0] = now;
                jobs.progress(id, stage, done, total);
            }
            changed();
        };
    }

    /** Tells the SSE clients waiting in {@link #await} that something changed. */
    void changed() {
        synchronized (signal) {
            signal.notifyAll();
        }
    }

    /** Waits until any job changes or {@code millis} pass. */
    void await(long millis) throws InterruptedException {
        synchronized (signal) {
            signal.wait(millis);
        }
    }

    private void loop() {
        long[] taken = {0};
        while (!stopped) {
            try {
                if (!holdLock(taken)) {
                    continue;
                }
                Optional<FlowJob> next = jobs.takeNext();
                if (next.isEmpty()) {
                    synchronized (signal) {
                        signal.wait(1_000);
                    }
                    continue;
                }
                FlowJob job = next.get();
                changed();
                try {
                    work.accept(job);
                } finally {
                    running.remove(job.id());
                    progress.remove(job.id());
                    early.remove(job.id());
                    lockLost.remove(job.id());
                    changed();
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                LOG.log(Level.SEVERE, "the plan worker failed; it goes on with the next job", e);
                sleepQuietly();
            }
        }
    }

    private void sleepQuietly() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        stopped = true;
        running.values().forEach(Cancellation::cancel);
        worker.interrupt();
        watch.interrupt();
        try {
            worker.join(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        lock.close();
    }
}
