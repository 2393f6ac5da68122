package org.fairshed.job;

/** How a job ended. Input errors are not a status: they are {@link org.fairshed.common.InputException}s. */
public enum JobStatus {
    /** Every slot usable and, when a rota was asked for, every region-day scheduled and covered. */
    DONE,
    /** The rota was made, but some region-day's quota could not be covered (see its relaxations). */
    NOT_COVERED,
    /** Some slot of the plan is not usable (infeasible, failed, timed out): the rota refused it or was not asked for. */
    PLAN_NOT_USABLE,
    /** Someone cancelled the job before it finished: nothing it made may be published. */
    CANCELLED,
    /** The job's time budget ran out before it finished: nothing it made may be published. */
    TIMED_OUT;

    /** True when the job's outputs may be published (written, drafted). */
    public boolean isPublishable() {
        return this == DONE;
    }
}
