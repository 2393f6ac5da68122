package org.fairshed.job;

import org.fairshed.common.job.Cancellation;
import org.fairshed.common.job.ProgressListener;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.Planner;
import org.fairshed.plan.report.PlanSummary;
import org.fairshed.plan.scenario.PlanInputFactory;
import org.fairshed.rota.Rota;
import org.fairshed.rota.RotaInput;
import org.fairshed.rota.RotaResult;
import org.fairshed.rota.RotaStatus;
import org.fairshed.rota.groups.GroupConfig;
import org.fairshed.rota.plan.PlanQuotas;
import org.fairshed.rota.plan.PlanQuotasFactory;

/**
 * The engine's entry point: scenario → plan (verified, optionally AC-checked) → rota, with progress, cancellation and
 * a time budget (both in the {@link Cancellation} the caller passes: {@link Cancellation#withBudget}). Outcomes are
 * data in the {@link JobResult}; invalid input is an {@link org.fairshed.common.InputException} thrown before any
 * solver runs. Nothing is written here: {@link JobOutputs} writes a result's files.
 *
 * <p>Progress stages, in order: {@value #STAGE_PREPARE} (the network read and the scenario resolved against it),
 * then the planner's {@code "plan"} and {@code "ac-check"}, then the rota's {@code "rota"}.
 */
public final class Job {

    /** Progress stage while the network is read and the scenario resolved (0 of 1, then 1 of 1). */
    public static final String STAGE_PREPARE = "prepare";
    /** How the plan is named in the rota's messages when it never was a file. */
    public static final String PLAN_SOURCE = "the job's plan";

    private Job() {
    }

    public static JobResult run(JobRequest request, ProgressListener progress, Cancellation cancellation) {
        long started = System.nanoTime();
        progress.update(STAGE_PREPARE, 0, 1);
        PlanInput input = prepare(request);
        progress.update(STAGE_PREPARE, 1, 1);
        if (cancellation.isStopped()) {
            return stopped(cancellation, null, null, started);
        }
        PlanResult plan = Planner.plan(input, request.planner(), progress, cancellation);
        if (cancellation.isStopped()) {
            return stopped(cancellation, plan, null, started);
        }
        RotaRequest r = request.rota();
        if (r == null) {
            return plan.allUsable() ? done(JobStatus.DONE, "", plan, null, started)
                    : done(JobStatus.PLAN_NOT_USABLE, unusable(plan), plan, null, started);
        }
        PlanQuotas quotas = quotas(plan);
        GroupConfig groups = r.groups() != null ? r.groups() : GroupConfig.synthetic(quotas.regions(), GroupConfig.DEFAULT_SEED);
        RotaResult rota = Rota.run(new RotaInput(quotas, groups, r.groupsSource(), r.ledger(), r.replan(),
                r.usableSlotsOnly()), r.method(), r.parameters(), progress, cancellation);
        return switch (rota.outcome()) {
            case CANCELLED -> stopped(cancellation, plan, rota, started);
            case REFUSED_UNUSABLE_SLOTS -> done(JobStatus.PLAN_NOT_USABLE, rota.message(), plan, rota, started);
            case SCHEDULED -> scheduled(plan, rota, started);
        };
    }

    /**
     * A plan's quotas as the rota reads them, exactly as from the plan's file (for a caller that runs more rota methods
     * on the same plan, e.g. to compare them).
     */
    public static PlanQuotas quotas(PlanResult plan) {
        return PlanQuotasFactory.of(PlanSlotsMapper.of(plan, PLAN_SOURCE));
    }

    /** The plan input of a request: the network read (or taken) and the scenario resolved against it. */
    static PlanInput prepare(JobRequest request) {
        PlanInput input = switch (request.source()) {
            case JobRequest.Source.Resolved r -> r.input();
            case JobRequest.Source.FromScenario s -> switch (s.network()) {
                case JobRequest.Network.File f -> PlanInputFactory.create(s.scenario(), f.path());
                case JobRequest.Network.InMemory m -> PlanInputFactory.create(s.scenario(), m.grid());
            };
        };
        return request.fairnessOverride() == null ? input
                : input.withFairness(input.fairness().withMode(request.fairnessOverride()));
    }

    private static JobResult scheduled(PlanResult plan, RotaResult rota, long started) {
        if (!plan.allUsable()) {
            // the caller asked for the usable slots only: the schedule has holes, which a publisher must see
            return done(JobStatus.PLAN_NOT_USABLE, unusable(plan) + "; scheduled the usable slots only", plan, rota,
                    started);
        }
        long underCovered = rota.schedules().stream().filter(s -> s.status() == RotaStatus.UNDER_COVER).count();
        return underCovered == 0 ? done(JobStatus.DONE, "", plan, rota, started)
                : done(JobStatus.NOT_COVERED, underCovered + " region-day(s) could not be covered", plan, rota, started);
    }

    private static String unusable(PlanResult plan) {
        StringBuilder which = new StringBuilder();
        long count = 0;
        for (var s : plan.slots()) {
            if (!s.usable()) {
                which.append(count++ == 0 ? "" : ", ").append(s.slot()).append(' ').append(s.status());
            }
        }
        return count + " of " + plan.slots().size() + " slot(s) have no usable plan (" + which + ")";
    }

    private static JobResult stopped(Cancellation cancellation, PlanResult plan, RotaResult rota, long started) {
        Cancellation.Reason reason = cancellation.reason();
        JobStatus status = reason == Cancellation.Reason.TIME_BUDGET ? JobStatus.TIMED_OUT : JobStatus.CANCELLED;
        String message = status == JobStatus.TIMED_OUT ? "the job's time budget ran out" : "the job was cancelled";
        return done(status, message + (plan == null ? " before planning" : rota == null ? " while planning"
                : " while rotating") + ": nothing may be published", plan, rota, started);
    }

    private static JobResult done(JobStatus status, String message, PlanResult plan, RotaResult rota, long started) {
        return new JobResult(status, message, plan, plan == null ? null : PlanSummary.of(plan), rota,
                (System.nanoTime() - started) / 1e9);
    }
}
