package org.fairshed.job;

import org.fairshed.plan.PlanResult;
import org.fairshed.plan.report.PlanSummary;
import org.fairshed.rota.RotaResult;

/**
 * What a job made. The plan is there whenever planning ran (also when it is not usable: a dispatcher must see
 * why); the rota is null when none was asked for or planning did not finish.
 *
 * @param status   how it ended
 * @param message  for people: why it is not {@link JobStatus#DONE}, empty when it is
 * @param plan     the verified plan, or null when the job stopped before it was made
 * @param summary  the plan's whole-horizon figures, or null with the plan
 * @param rota     the rota, or null
 * @param seconds  wall time of the whole job
 */
public record JobResult(JobStatus status, String message, PlanResult plan, PlanSummary summary, RotaResult rota,
                        double seconds) {
}
