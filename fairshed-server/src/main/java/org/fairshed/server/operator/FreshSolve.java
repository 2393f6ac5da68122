package org.fairshed.server.operator;

import java.time.LocalDateTime;
import java.util.List;
import org.fairshed.common.job.Cancellation;
import org.fairshed.store.model.RevisionDraft;

/**
 * A fresh solve of a job's situation, for comparison with its intraday draft: the same upload prepared the same way
 * (the same plan input from the same slot, the same ledger of the days before), planned again, and rotated from
 * scratch: no frozen hour and nothing kept of the published schedule (so the half-hours before the re-plan's moment
 * are not history there either). Runs in the caller's thread, beside the worker; nothing is stored.
 */
public final class FreshSolve {

    private FreshSolve() {
    }

    /** What a fresh solve made: the drafts per region (empty when it did not schedule) and the engine's status. */
    public record Result(List<RevisionDraft> drafts, String engineStatus, String message, double seconds) {
    }

    /** The fresh solve of job {@code jobId} (an ended damage update or scenario job of {@code flow}). */
    public static Result of(OperatorFlow flow, long jobId) {
        FlowJob job = flow.jobs.get(jobId).orElseThrow(() -> new IllegalArgumentException("no job " + jobId));
        Prepared p = flow.prepare(job.input(), job.planAt(), job.regions());
        LocalDateTime now = p.planAt() != null ? p.planAt() : p.input().start();
        long started = System.nanoTime();
        JobRunner.Made made = new JobRunner(flow.store, flow.parameters).run(p, now, (stage, done, total) -> { },
                Cancellation.none(), false);
        return new Result(made.drafts(), made.engineStatus(), made.message(), (System.nanoTime() - started) / 1e9);
    }
}
