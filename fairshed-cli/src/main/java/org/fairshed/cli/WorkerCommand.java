package org.fairshed.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.fairshed.server.operator.FlowParameters;
import org.fairshed.server.operator.OperatorFlow;
import org.fairshed.store.Store;
import org.fairshed.store.StoreFactory;
import org.fairshed.store.StoreParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code fairshed worker}: the operator flow's job worker alone, without HTTP, so that a plan job's CPU and memory
 * (its heap, its collector's threads, the load flow's native code) live in a process of their own beside
 * {@code serve --no-jobs}. It runs the jobs queued on the database once it holds the database's job lock, as a
 * server's worker does; a second worker waits and takes over when the first stops.
 */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = "Runs the plan jobs queued on a database, without serving HTTP: beside `serve --no-jobs`, so that "
                + "a job's CPU and memory stay off the public read path (start it under `nice -n 10`, or on cores of its "
                + "own with `taskset`). On a data folder that `serve` runs, it uses that server's database. One worker "
                + "per database runs jobs (the holder of its lock); another waits and takes over when it stops. "
                + "Environment: FAIRSHED_JOB_THREADS (threads of a plan job, default every core), FAIRSHED_JOB_NICE "
                + "(nice value of a job's threads, 0-19, default 10).")
final class WorkerCommand implements Runnable {

    @Mixin
    StoreOptions store;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        FlowParameters flow = JobEnvironment.flowParameters();
        StoreParameters parameters = store.parameters();
        if (parameters.isEmbedded()) {
            String running = OperatorStore.runningServer(parameters.dataDirectory());
            if (running == null) {
                throw OptionChecks.error("--data", "no `fairshed serve` runs on " + parameters.dataDirectory()
                        + ": start `./fairshed serve --data " + parameters.dataDirectory() + " --no-jobs` first (the "
                        + "worker uses the database it serves)");
            }
            line(out, "the data folder " + parameters.dataDirectory() + " is served by a running fairshed: using its "
                    + "database");
            parameters = StoreParameters.jdbc(running);
        }
        Store s = StoreFactory.open(parameters.withPoolSize(4));
        OperatorFlow worker = new OperatorFlow(s, Clock.systemUTC(), flow);
        try {
            worker.start();
            line(out, String.format(Locale.ROOT, "worker ready: runs the plan jobs queued on this database once it "
                    + "holds the job lock (%d job thread(s), nice %d); Ctrl-C stops it", flow.jobThreads(),
                    flow.jobNice()));
            CountDownLatch stop = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                worker.close();
                s.close();
                stop.countDown();
            }, "fairshed-worker-shutdown"));
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            worker.close();
            s.close();
            throw e;
        }
    }

    private static void line(PrintWriter out, String message) {
        out.printf(Locale.ROOT, "%s %s%n", LocalTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")), message);
        out.flush();
    }
}
