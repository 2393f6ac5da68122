package org.fairshed.server.operator;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;

/**
 * A plan job as the store keeps it.
 *
 * @param kind    {@link #SCENARIO} or {@link #DAMAGE_UPDATE}
 * @param regions the store regions it drafts
 * @param status  QUEUED, RUNNING, DONE, FAILED, CANCELLED
 * @param planAt  the local moment of a damage update (the re-plan starts at its slot), null for a scenario
 * @param attempts how many times a worker took it: 2 or more when it was restarted after its server stopped
 */
public record FlowJob(long id, String kind, String network, List<String> regions, String status, String stage,
                      int done, int total, String engineStatus, String message, int budgetSeconds, String input,
                      LocalDateTime planAt, String submittedBy, Instant submittedAt, Instant startedAt,
                      Instant finishedAt, Long draftId, int attempts) {

    public static final String SCENARIO = "scenario";
    public static final String DAMAGE_UPDATE = "damage-update";
    public static final String QUEUED = "QUEUED";
    public static final String RUNNING = "RUNNING";
    public static final String DONE = "DONE";
    public static final String FAILED = "FAILED";
    public static final String CANCELLED = "CANCELLED";

    public FlowJob {
        regions = List.copyOf(regions);
    }

    public boolean finished() {
        return status.equals(DONE) || status.equals(FAILED) || status.equals(CANCELLED);
    }

    /** Whether {@code covers} admits every region of the job (a regional operator sees only its own region's jobs). */
    public boolean coveredBy(org.fairshed.server.access.Operator o) {
        return regions.stream().allMatch(o::covers);
    }
}
