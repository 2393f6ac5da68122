package org.fairshed.server.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.fairshed.server.testing.WorldFolders;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;
import org.junit.jupiter.api.Test;

/**
 * {@code serve --no-jobs} ({@link FlowParameters#runsJobs()} off): the server queues jobs and never runs them, nor takes
 * the database's job lock; a worker on the same database ({@code fairshed worker}: another flow's queue) runs them.
 */
class NoJobsServerTest {

    /** Long enough for a started worker to take the lock and a queued job (its poll is far shorter). */
    private static final Duration IDLE = Duration.ofSeconds(3);

    @Test
    void aServerWithoutJobsLeavesThemQueuedAndTheLockFreeForTheWorker() throws Exception {
        try (Store store = StoreFactory.open(StoreParameters.embedded(WorldFolders.of("no-jobs-" + System.nanoTime())))) {
            long id = new JobStore(store.database()).insert(FlowJob.SCENARIO, NetworkCatalog.DEMO, List.of("kyiv"), 60,
                    "{}", null, "test", null);
            try (OperatorFlow web = new OperatorFlow(store, Clock.systemUTC(),
                    FlowParameters.defaults().withRunsJobs(false))) {
                web.start();
                Thread.sleep(IDLE.toMillis());
                assertThat(new JobStore(store.database()).get(id).orElseThrow().status()).isEqualTo(FlowJob.QUEUED);
                assertThat(lockHeld(store)).as("the job lock").isFalse();

                JobStore workerJobs = new JobStore(store.database(), "worker-test");
                try (JobQueue worker = new JobQueue(workerJobs, new WorkerLock(store),
                        j -> workerJobs.finish(j.id(), FlowJob.DONE, "OPTIMAL", "by the worker", null))) {
                    worker.start();
                    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    while (!new JobStore(store.database()).get(id).orElseThrow().status().equals(FlowJob.DONE)) {
                        assertThat(System.nanoTime()).as("the worker runs the job").isLessThan(deadline);
                        Thread.sleep(50);
                    }
                    assertThat(lockHeld(store)).as("the job lock, held by the worker").isTrue();
                }
            }
        }
    }

    /** Whether some session holds the job lock's advisory key (pg_locks splits the 64-bit key in two halves). */
    private static boolean lockHeld(Store store) {
        return store.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("select count(*) from pg_locks where locktype = 'advisory' "
                    + "and granted and classid = ? and objid = ? and objsubid = 1")) {
                ps.setLong(1, WorkerLock.KEY >>> 32);
                ps.setLong(2, WorkerLock.KEY & 0xffffffffL);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1) > 0;
                }
            }
        });
    }
}
