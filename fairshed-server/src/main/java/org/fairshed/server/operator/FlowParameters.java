package org.fairshed.server.operator;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How the operator flow runs on a server.
 *
 * @param demoNetwork    serve the demo's synthetic national grid as a network ({@link NetworkCatalog#DEMO})
 * @param casesFolder    a folder of case files (MATPOWER {@code .m}, PowSyBl formats) an administrator placed there,
 *                       each a network named by its file name; null for none
 * @param defaultBudget  a job's time budget when the upload names none
 * @param maxBudget      the longest budget a job may ask for
 * @param maxUploadBytes the largest scenario or damage update accepted (413 beyond; the server's own body limit
 *                       applies first)
 * @param acCheck        run the AC check (OpenLoadFlow) of every slot, so that the preview shows it
 * @param warmUp         when the worker starts, run the AC check twice on the demo grid in a background thread of low
 *                       priority, so that the first re-plan after a start does not pay for compiling the load flow's
 *                       code (about 20 CPU-seconds on the demo: measured with bench/intraday.sh)
 * @param jobThreads     threads of a plan job (the planner's slots, the AC checks)
 * @param jobNice        the operating system's nice value (0..19) of a job's engine threads and the warm-up: they
 *                       give way to the public read path whenever both want a core ({@link ThreadNice}); 0 runs
 *                       them at the server's own priority
 * @param runsJobs       whether this server's worker runs plan jobs; false queues them for another server on the same
 *                       database (the one whose worker holds the lock), keeping a job's CPU and heap off this server
 */
public record FlowParameters(boolean demoNetwork, Path casesFolder, Duration defaultBudget, Duration maxBudget,
                             long maxUploadBytes, boolean acCheck, boolean warmUp, int jobThreads, int jobNice,
                             boolean runsJobs) {

    public static final Duration DEFAULT_BUDGET = Duration.ofMinutes(5);
    public static final Duration MAX_BUDGET = Duration.ofHours(1);
    public static final long DEFAULT_MAX_UPLOAD_BYTES = 64L << 10;
    /**
     * Nice value of a job's engine threads. At 10 a job keeps a tenth of a contended core (CFS weights 110 against
     * 1,024) and all of an idle one: measured with bench/read-during-job.sh (BENCHMARKS.md).
     */
    public static final int DEFAULT_JOB_NICE = 10;

    public FlowParameters {
        if (defaultBudget.isNegative() || defaultBudget.isZero() || maxBudget.compareTo(defaultBudget) < 0) {
            throw new IllegalArgumentException("need 0 < defaultBudget <= maxBudget, got " + defaultBudget + " and "
                    + maxBudget);
        }
        if (maxUploadBytes < 1024) {
            throw new IllegalArgumentException("maxUploadBytes must be at least 1024, got " + maxUploadBytes);
        }
        if (jobThreads < 1) {
            throw new IllegalArgumentException("jobThreads must be at least 1, got " + jobThreads);
        }
        if (jobNice < 0 || jobNice > ThreadNice.MAX) {
            throw new IllegalArgumentException("jobNice must be in [0, " + ThreadNice.MAX + "], got " + jobNice);
        }
    }

    /**
     * The demo network, no case folder, 5 minutes per job (at most an hour), 64 KiB uploads, the AC check on, no
     * warm-up (a server that waits for dispatchers, as {@code serve}, turns it on; tests and tools need not pay for it),
     * jobs run here, on every core at nice {@value #DEFAULT_JOB_NICE}.
     */
    public static FlowParameters defaults() {
        return new FlowParameters(true, null, DEFAULT_BUDGET, MAX_BUDGET, DEFAULT_MAX_UPLOAD_BYTES, true, false,
                defaultJobThreads(), DEFAULT_JOB_NICE, true);
    }

    /**
     * Every core: at nice {@value #DEFAULT_JOB_NICE} a job gives way to the read path whatever its thread count. On two
     * cores the read path's p99 beside a job was the same on one job thread and on two (15-24 ms against 20-25 ms,
     * five and four runs), and the job alone took 10-16 s on one thread against 10-12 s on two (bench/read-during-job.sh,
     * BENCHMARKS.md).
     */
    public static int defaultJobThreads() {
        return Runtime.getRuntime().availableProcessors();
    }

    public FlowParameters withCasesFolder(Path folder) {
        return new FlowParameters(demoNetwork, folder, defaultBudget, maxBudget, maxUploadBytes, acCheck, warmUp,
                jobThreads, jobNice, runsJobs);
    }

    public FlowParameters withAcCheck(boolean value) {
        return new FlowParameters(demoNetwork, casesFolder, defaultBudget, maxBudget, maxUploadBytes, value, warmUp,
                jobThreads, jobNice, runsJobs);
    }

    public FlowParameters withMaxUploadBytes(long value) {
        return new FlowParameters(demoNetwork, casesFolder, defaultBudget, maxBudget, value, acCheck, warmUp,
                jobThreads, jobNice, runsJobs);
    }

    public FlowParameters withWarmUp(boolean value) {
        return new FlowParameters(demoNetwork, casesFolder, defaultBudget, maxBudget, maxUploadBytes, acCheck, value,
                jobThreads, jobNice, runsJobs);
    }

    public FlowParameters withJobThreads(int value) {
        return new FlowParameters(demoNetwork, casesFolder, defaultBudget, maxBudget, maxUploadBytes, acCheck, warmUp,
                value, jobNice, runsJobs);
    }

    public FlowParameters withJobNice(int value) {
        return new FlowParameters(demoNetwork, casesFolder, defaultBudget, maxBudget, maxUploadBytes, acCheck, warmUp,
                jobThreads, value, runsJobs);
    }

    public FlowParameters withRunsJobs(boolean value) {
        return new FlowParameters(demoNetwork, casesFolder, defaultBudget, maxBudget, maxUploadBytes, acCheck, warmUp,
                jobThreads, jobNice, value);
    }
}
