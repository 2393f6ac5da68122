package org.fairshed.server.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.fairshed.common.job.Cancellation;
import org.fairshed.server.testing.WorldFolders;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11 §2 "queued (one machine)": two servers' job queues over one database (embedded, and the PostgreSQL that
 * FAIRSHED_TEST_PG_URL names): never two jobs running at once, every job run once; when the worker holding the lock
 * dies mid-job the other takes over, runs the job again and reports it restarted, and the dead run's late write is
 * refused. A job whose server died under it {@link JobQueue#MAX_ATTEMPTS} times is FAILED instead. A cancel asked
 * through a server that does not run the job stops it on the one that does.
 */
class JobWorkerTest {

    private static final Duration WAIT = Duration.ofSeconds(60);
    /** Slack for a loaded machine on top of the worker's lock-watch period. */
    private static final long OVERLAP_SLACK_MS = 3_000;

    /** "embedded", and "external" when FAIRSHED_TEST_PG_URL is set (a label: the URL holds a password). */
    static Stream<String> databases() {
        String url = System.getenv("FAIRSHED_TEST_PG_URL");
        return url == null || url.isBlank() ? Stream.of("embedded") : Stream.of("embedded", "external");
    }

    private static Store open(String label) throws Exception {
        if (label.equals("embedded")) {
            Path dir = WorldFolders.of("job-worker-data-" + System.nanoTime());
            return StoreFactory.open(StoreParameters.embedded(dir));
        }
        String database = System.getenv("FAIRSHED_TEST_PG_URL");
        String name = "fairshed_jobs_" + ProcessHandle.current().pid() + "_" + (System.nanoTime() % 1_000_000);
        try (Connection c = DriverManager.getConnection(database); Statement s = c.createStatement()) {
            s.execute("create database " + name);
        }
        int q = database.indexOf('?');
        String base = q < 0 ? database : database.substring(0, q);
        return StoreFactory.open(StoreParameters.jdbc(base.substring(0, base.lastIndexOf('/') + 1) + name
                + (q < 0 ? "" : database.substring(q))));
    }

    /** A server's queue: its own worker id and lock over the shared database. */
    private record Server(JobStore jobs, WorkerLock lock, JobQueue queue) {
    }

    private static Server server(Store store, String worker, Consumer<FlowJob> work) {
        JobStore jobs = new JobStore(store.database(), worker);
        WorkerLock lock = new WorkerLock(store);
        return new Server(jobs, lock, new JobQueue(jobs, lock, work));
    }

    private static long submit(Store store) {
        return new JobStore(store.database()).insert(FlowJob.SCENARIO, NetworkCatalog.DEMO, List.of("kyiv"), 60, "{}",
                null, "test", null);
    }

    private static FlowJob job(Store store, long id) {
        return new JobStore(store.database()).get(id).orElseThrow();
    }

    /** Works as the engine does, polling {@code c} until it says stop (at most {@link #WAIT}); false if interrupted. */
    private static boolean runUntilStopped(Cancellation c) {
        long t0 = System.nanoTime();
        while (!c.isStopped() && System.nanoTime() - t0 < WAIT.toNanos()) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    private static void await(java.util.function.BooleanSupplier done, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("waiting for " + what).isLessThan(deadline);
            Thread.sleep(50);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void twoServersNeverRunTwoJobsAtOnceAndRunEachOnce(String database) throws Exception {
        try (Store store = open(database)) {
            AtomicInteger now = new AtomicInteger();
            AtomicInteger most = new AtomicInteger();
            Map<Long, List<String>> runs = new ConcurrentHashMap<>();
            List<Server> servers = new ArrayList<>();
            for (String name : List.of("a", "b")) {
                JobStore[] mine = new JobStore[1];
                Server s = server(store, "worker-" + name, j -> {
                    most.accumulateAndGet(now.incrementAndGet(), Math::max);
                    runs.computeIfAbsent(j.id(), k -> java.util.Collections.synchronizedList(new ArrayList<>()))
                            .add(name);
                    try {
                        Thread.sleep(150);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    now.decrementAndGet();
                    mine[0].finish(j.id(), FlowJob.DONE, "OPTIMAL", "by " + name, null);
                });
                mine[0] = s.jobs();
                servers.add(s);
            }
            List<Long> ids = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                ids.add(submit(store));
            }
            servers.forEach(s -> s.queue().start());
            try {
                await(() -> ids.stream().allMatch(id -> job(store, id).status().equals(FlowJob.DONE)), "12 jobs");
            } finally {
                servers.forEach(s -> s.queue().close());
            }
            assertThat(most.get()).as("jobs running at once").isEqualTo(1);
            assertThat(runs).hasSize(12).allSatisfy((id, by) -> assertThat(by).as("job " + id).hasSize(1));
            assertThat(ids.stream().map(id -> job(store, id).attempts())).containsOnly(1);
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void theOtherServerTakesOverAJobWhoseServerDiedAndReportsItRestarted(String database) throws Exception {
        try (Store store = open(database)) {
            CountDownLatch started = new CountDownLatch(1);
            CountDownLatch zombie = new CountDownLatch(1);
            JobStore[] a = new JobStore[1];
            // server a starts the job and dies in it (its lock's session ends); its run wakes later as a zombie
            Server serverA = server(store, "worker-a", j -> {
                started.countDown();
                try {
                    zombie.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                a[0].finish(j.id(), FlowJob.DONE, "OPTIMAL", "by a, after it died", null);
            });
            a[0] = serverA.jobs();
            long id = submit(store);
            serverA.queue().start();
            started.await();
            assertThat(job(store, id).status()).isEqualTo(FlowJob.RUNNING);

            AtomicInteger bRuns = new AtomicInteger();
            List<FlowJob> bTook = java.util.Collections.synchronizedList(new ArrayList<>());
            JobStore[] b = new JobStore[1];
            Server serverB = server(store, "worker-b", j -> {
                bRuns.incrementAndGet();
                bTook.add(j);
                b[0].finish(j.id(), FlowJob.DONE, "OPTIMAL", null, null);
            });
            b[0] = serverB.jobs();
            serverB.queue().start();
            Thread.sleep(500);
            assertThat(bRuns.get()).as("b waits while a holds the lock").isZero();
            serverA.lock().close();   // a's process ends: its lock's session closes, as a killed process's does
            try {
                await(() -> job(store, id).status().equals(FlowJob.DONE), "the job rerun by b");
                FlowJob done = job(store, id);
                assertThat(bRuns.get()).isEqualTo(1);
                assertThat(bTook.get(0).attempts()).isEqualTo(2);
                assertThat(bTook.get(0).message()).startsWith("restarted: the server running it stopped");
                assertThat(done.attempts()).as("reported restarted").isEqualTo(2);
                assertThat(done.message()).as("the restart note stays").startsWith("restarted: the server running it "
                        + "stopped (attempt 1 of " + JobQueue.MAX_ATTEMPTS + ")");
                zombie.countDown();
                Thread.sleep(300);
                assertThat(job(store, id).message()).as("the dead run's late end is refused")
                        .doesNotContain("after it died");
            } finally {
                zombie.countDown();
                serverB.queue().close();
                serverA.queue().close();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aWorkerWhoseLockConnectionIsCutStopsItsJobWhileTheOtherRunsItAgain(String database) throws Exception {
        lockCut(database, true);
    }

    /** Alone, the worker takes its lock back and runs the job again: a dropped connection is not a cancel. */
    @ParameterizedTest
    @MethodSource("databases")
    void aLoneWorkerWhoseLockConnectionIsCutRunsTheJobAgainInsteadOfCancellingIt(String database) throws Exception {
        lockCut(database, false);
    }

    private void lockCut(String database, boolean withOther) throws Exception {
        try (Store store = open(database)) {
            CountDownLatch started = new CountDownLatch(1);
            Server[] serverA = new Server[1];
            long[] aStoppedAt = {-1};
            boolean[] aLateEndWritten = {false};
            // a runs the job as the engine does, polling its cancellation; its process stays alive, only the lock's
            // session is cut (a network partition, a database restart, an administrator's pg_terminate_backend)
            AtomicInteger aRuns = new AtomicInteger();
            serverA[0] = server(store, "worker-a", j -> {
                Cancellation c = serverA[0].queue().begin(j.id(), WAIT);
                if (aRuns.incrementAndGet() > 1) {
                    // a took its lock back before b did: the rerun is a's
                    serverA[0].jobs().finish(j.id(), FlowJob.DONE, "OPTIMAL", "rerun by a", null);
                    return;
                }
                started.countDown();
                if (!runUntilStopped(c)) {
                    return;
                }
                aStoppedAt[0] = System.nanoTime();
                // as the flow's run ends a job that made no draft
                aLateEndWritten[0] = serverA[0].queue().end(j, FlowJob.CANCELLED, "CANCELLED", "by a, cut off");
            });
            long id = submit(store);
            serverA[0].queue().start();
            long[] bStartedAt = {-1};
            JobStore[] b = new JobStore[1];
            Server serverB = server(store, "worker-b", j -> {
                bStartedAt[0] = System.nanoTime();
                b[0].finish(j.id(), FlowJob.DONE, "OPTIMAL", "by b", null);
            });
            b[0] = serverB.jobs();
            try {
                started.await();
                if (withOther) {
                    serverB.queue().start();
                }
                long cut = System.nanoTime();
                int terminated = store.database().write(c -> {
                    try (Statement st = c.createStatement(); var rs = st.executeQuery("select count(*) from ("
                            + "select pg_terminate_backend(pid) from pg_locks where locktype = 'advisory' and granted "
                            + "and database = (select oid from pg_database where datname = current_database())) t")) {
                        rs.next();
                        return rs.getInt(1);
                    }
                });
                assertThat(terminated).as("the lock's session").isEqualTo(1);
                await(() -> job(store, id).status().equals(FlowJob.DONE) && aStoppedAt[0] > 0, "the rerun, a stopped");
                FlowJob done = job(store, id);
                assertThat(done.message()).as("the rerun's end, by whichever worker took the lock next")
                        .matches(withOther ? "by b|rerun by a" : "rerun by a");
                assertThat(done.attempts()).as("reported restarted").isEqualTo(2);
                assertThat(aLateEndWritten[0]).as("a writes no end: the job is the next lock holder's").isFalse();
                long aRanAfterCutMillis = (aStoppedAt[0] - cut) / 1_000_000;
                long overlapMillis = bStartedAt[0] < 0 ? 0 : Math.max(0, (aStoppedAt[0] - bStartedAt[0]) / 1_000_000);
                System.out.printf("lock cut: a stopped %d ms after the cut; a and b both ran for %d ms%n",
                        aRanAfterCutMillis, overlapMillis);
                // a notices at its next lock check (every LOCK_WATCH_MILLIS, on the watch thread's 1 s tick)
                assertThat(aRanAfterCutMillis).as("a's run after its lock was cut")
                        .isLessThanOrEqualTo(JobQueue.LOCK_WATCH_MILLIS + JobQueue.CANCEL_WATCH_MILLIS + OVERLAP_SLACK_MS);
            } finally {
                serverB.queue().close();
                serverA[0].queue().close();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aJobWhoseServerDiedUnderItThreeTimesIsFailed(String database) throws Exception {
        try (Store store = open(database)) {
            long again = submit(store);
            long given = submit(store);
            store.database().write(c -> c.createStatement().executeUpdate("update operator_job set status = 'RUNNING', "
                    + "attempts = case when id = " + given + " then " + JobQueue.MAX_ATTEMPTS + " else 1 end"));
            int[] orphans = new JobStore(store.database(), "worker-c").requeueOrphans(JobQueue.MAX_ATTEMPTS);
            assertThat(orphans).containsExactly(1, 1);
            assertThat(job(store, again).status()).isEqualTo(FlowJob.QUEUED);
            assertThat(job(store, given).status()).isEqualTo(FlowJob.FAILED);
            assertThat(job(store, given).message()).contains("stopped " + JobQueue.MAX_ATTEMPTS + " times");
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aCancelAskedThroughAnotherServerStopsTheJobOnTheServerRunningIt(String database) throws Exception {
        try (Store store = open(database)) {
            CountDownLatch started = new CountDownLatch(1);
            JobStore[] a = new JobStore[1];
            Server[] serverA = new Server[1];
            long[] stoppedAfterMillis = {-1};
            // server a runs the job until its cancellation says stop, as the engine polls it
            serverA[0] = server(store, "worker-a", j -> {
                Cancellation c = serverA[0].queue().begin(j.id(), WAIT);
                started.countDown();
                long t0 = System.nanoTime();
                if (!runUntilStopped(c)) {
                    return;
                }
                stoppedAfterMillis[0] = (System.nanoTime() - t0) / 1_000_000;
                a[0].finish(j.id(), c.isStopped() ? FlowJob.CANCELLED : FlowJob.DONE, null, null, null);
            });
            a[0] = serverA[0].jobs();
            long id = submit(store);
            serverA[0].queue().start();
            try {
                started.await();
                // server b's cancel: it does not run the job, so it can only write the request
                JobStore b = new JobStore(store.database(), "worker-b");
                assertThat(b.requestCancel(id)).as("the job runs").isTrue();
                await(() -> job(store, id).status().equals(FlowJob.CANCELLED), "the job cancelled through b");
                assertThat(stoppedAfterMillis[0]).as("a stopped the run it was running").isGreaterThanOrEqualTo(0);
                assertThat(b.requestCancel(id)).as("an ended job has nothing to cancel").isFalse();
            } finally {
                serverA[0].queue().close();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("databases")
    void aJobWhoseCancelWasAskedIsNotRunAgainWhenItsServerDied(String database) throws Exception {
        try (Store store = open(database)) {
            long id = submit(store);
            store.database().write(c -> c.createStatement().executeUpdate("update operator_job set status = 'RUNNING', "
                    + "attempts = 1 where id = " + id));
            assertThat(new JobStore(store.database(), "worker-b").requestCancel(id)).isTrue();
            int[] orphans = new JobStore(store.database(), "worker-c").requeueOrphans(JobQueue.MAX_ATTEMPTS);
            assertThat(orphans).containsExactly(0, 1);
            assertThat(job(store, id).status()).isEqualTo(FlowJob.CANCELLED);
            assertThat(job(store, id).message()).startsWith("cancelled");
        }
    }
}
