package org.fairshed.server.operator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** What the operator routes answer (JSON; times as ISO-8601 text). */
final class FlowViews {

    private FlowViews() {
    }

    record Network(String name, String kind) {
    }

    record Accepted(long id, String status, String url) {
    }

    record Progress(String stage, int done, int total) {
    }

    record Job(long id, String kind, String network, List<String> regions, String status, Progress progress, Long draft,
               String engineStatus, String message, int budgetSeconds, String planAt, String submittedBy,
               String submittedAt, String startedAt, String finishedAt, int attempts) {
    }

    record Jobs(List<Job> jobs) {
    }

    record Draft(long id, long job, String network, List<String> regions, String basedOn,
                 Map<String, Integer> basedOnRevisions, boolean publishable, String refusal, String planStatus,
                 String author, String createdAt, List<String> approvals, Published published, String diffUrl) {
    }

    record Published(String at, String by, String reason, Map<String, Integer> revisions) {
    }

    record Drafts(List<Draft> drafts) {
    }

    record PublishedNow(long draft, Map<String, Integer> revisions, String etag) {
    }

    record Status(String region, String day, String status, String message, List<String> emergencyGroups, int version) {
    }

    record Statuses(List<Status> statuses) {
    }

    record Policy(String region, boolean fourEyes) {
    }

    static Job job(FlowJob j, JobQueue.Progress live) {
        Progress p = live != null ? new Progress(live.stage(), live.done(), live.total())
                : j.stage() == null ? null : new Progress(j.stage(), j.done(), j.total());
        return new Job(j.id(), j.kind(), j.network(), j.regions(), j.status(), p, j.draftId(), j.engineStatus(),
                j.message(), j.budgetSeconds(), j.planAt() == null ? null : j.planAt().toString(), j.submittedBy(),
                text(j.submittedAt()), text(j.startedAt()), text(j.finishedAt()), j.attempts());
    }

    static Draft draft(FlowDraft d) {
        return new Draft(d.id(), d.jobId(), d.network(), d.regions(), d.basedOn(), d.basedOnNumbers(), d.publishable(),
                d.refusal(), d.planStatus(), d.author(), text(d.createdAt()), d.approvals(),
                d.published() ? new Published(text(d.publishedAt()), d.publishedBy(), d.publishReason(), d.revisions())
                        : null, "/api/v1/operator/drafts/" + d.id() + "/diff");
    }

    private static String text(Instant at) {
        return at == null ? null : at.toString();
    }
}
