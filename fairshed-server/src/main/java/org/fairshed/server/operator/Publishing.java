package org.fairshed.server.operator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.fairshed.server.access.Operator;
import org.fairshed.server.http.Problem;
import org.fairshed.store.access.Actor;
import org.fairshed.store.model.DayStatus;
import org.fairshed.store.model.DayStatusKind;
import org.fairshed.store.model.RevisionDraft;
import org.fairshed.store.revision.Publication;
import org.fairshed.store.revision.PublishResult;

/**
 * Publishing a draft: guarded by If-Match on the published state it was computed against (the store's publish then
 * compares the published numbers under the region's row lock, so of two concurrent publishes exactly one wins), by
 * the plan being usable, and, in a region with four eyes, by a second publisher's approval. A publish ends an
 * emergency of the days it covers. Emergencies and the four-eyes policy are set here too.
 */
final class Publishing {

    private final OperatorFlow flow;

    Publishing(OperatorFlow flow) {
        this.flow = flow;
    }

    /** What a publish did, or the conflict it met. */
    record Outcome(boolean published, Map<String, Integer> revisions, String currentEtag, Map<String, Integer> current) {
    }

    /**
     * Publishes {@code d}. A draft whose AC check found a slot that did not converge, a bus outside its voltage limits
     * or a branch beyond its emergency rating (RATE_B, in MVA) is publishable (the DC plan holds), but only with {@code acknowledgeAcCheck}: a
     * dispatcher has to say they looked, and the audit keeps which slots they accepted.
     */
    Outcome publish(Operator who, FlowDraft d, String ifMatch, String reason, boolean acknowledgeAcCheck,
                    Actor actor) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new Problem(428, "precondition-required", "If-Match required", "publish with If-Match: the draft's "
                    + "basedOn (" + d.basedOn() + "), so that nothing published meanwhile is overwritten", "If-Match",
                    Map.of());
        }
        if (reason == null || reason.isBlank() || reason.length() > 2000) {
            throw Problem.badParameter("reason", "a publish needs a reason of 1 to 2000 characters");
        }
        if (d.published()) {
            throw new Problem(409, "already-published", "Draft already published", "draft " + d.id()
                    + " was published at " + d.publishedAt() + " by " + d.publishedBy(), null, Map.of());
        }
        if (!d.publishable()) {
            throw new Problem(422, "not-publishable", "This draft cannot be published", d.refusal(), null, Map.of());
        }
        List<String> fourEyes = flow.drafts.fourEyesRegions(d.regions());
        if (!fourEyes.isEmpty() && d.approvals().stream().noneMatch(a -> !a.equals(who.name()) && !a.equals(d.author()))) {
            throw new Problem(403, "approval-required", "A second publisher must approve", "region(s) " + fourEyes
                    + " publish with four eyes: another publisher than " + who.name() + " (and not the draft's author "
                    + d.author() + ") must approve draft " + d.id() + " first", null, Map.of());
        }
        String current = PublishedState.currentEtag(flow.store, d.regions());
        if (!sameTag(ifMatch, current) || !current.equals(d.basedOn())) {
            return conflict(d);
        }
        List<AcConcerns.Concern> concerns = AcConcerns.of(flow.drafts.preview(d.id()));
        if (!concerns.isEmpty() && !acknowledgeAcCheck) {
            throw new Problem(422, "ac-check-unacknowledged", "The AC check needs acknowledging",
                    AcConcerns.describe(concerns) + ". Look at the preview's AC check, then publish with "
                            + "\"acknowledgeAcCheck\": true", "acknowledgeAcCheck",
                    Map.of());
        }
        List<Publication> publications = new ArrayList<>();
        for (RevisionDraft r : DraftContent.read(flow.drafts.content(d.id()), reason, who.name())) {
            // the emergency of its days ends with the revision, in the publish's transaction
            publications.add(Publication.by(actor, r, d.basedOnNumbers().getOrDefault(r.region(), 0)).endingEmergency());
        }
        List<PublishResult> results = flow.store.revisions().publishAll(publications);
        if (results.stream().anyMatch(r -> !r.isPublished())) {
            return conflict(d);
        }
        Map<String, Integer> revisions = new TreeMap<>();
        results.forEach(r -> revisions.put(r.region(), r.current()));
        flow.drafts.markPublished(d.id(), who.name(), reason, revisions);
        // the store appended "publish" per region in its transaction; this names the draft
        flow.store.audit().record(actor, "draft.publish", d.regions().size() == 1 ? d.regions().get(0) : null,
                null, null, "draft:" + d.id(), "{\"draft\":" + d.id() + ",\"revisions\":" + DraftStore.json(revisions)
                        + (concerns.isEmpty() ? "" : ",\"acAcknowledged\":true,\"acConcernSlots\":"
                        + AcConcerns.slotsJson(concerns)) + "}");
        return new Outcome(true, revisions, PublishedState.currentEtag(flow.store, d.regions()), revisions);
    }

    private Outcome conflict(FlowDraft d) {
        Map<String, Integer> now = new TreeMap<>();
        for (String r : d.regions()) {
            now.put(r, flow.store.revisions().published(r).map(x -> x.number()).orElse(0));
        }
        return new Outcome(false, Map.of(), PublishedState.currentEtag(flow.store, d.regions()), now);
    }

    void approve(Operator who, FlowDraft d, Actor actor) {
        if (who.name().equals(d.author())) {
            throw new Problem(403, "own-draft", "Authors cannot approve their own draft", who.name()
                    + " made draft " + d.id() + "; another publisher must approve it", null, Map.of());
        }
        if (d.published()) {
            throw new Problem(409, "already-published", "Draft already published", "draft " + d.id()
                    + " is published", null, Map.of());
        }
        if (flow.drafts.approve(d.id(), who.name())) {
            flow.store.audit().record(actor, "draft.approve", d.regions().size() == 1 ? d.regions().get(0) : null,
                    null, null, "draft:" + d.id(), "{\"draft\":" + d.id() + "}");
        }
    }

    /** Emergency mode: each day's status EMERGENCY (timetable suspended) with the message and emergency lists. */
    List<DayStatus> emergency(Operator who, String region, List<LocalDate> days, String message, List<String> lists,
                              Actor actor) {
        if (message == null || message.isBlank()) {
            throw Problem.badParameter("message", "an emergency needs a message for the public (1 to 2000 characters)");
        }
        List<DayStatus> out = new ArrayList<>();
        for (LocalDate day : days) {
            out.add(flow.store.dayStatus().set(region, day, DayStatusKind.EMERGENCY, null, message, lists, actor));
        }
        return out;
    }

    void fourEyes(Operator who, String region, boolean on, Actor actor) {
        flow.drafts.setFourEyes(region, on, who.name());
        flow.store.audit().record(actor, "policy.four-eyes", region, null, null, "region:" + region,
                "{\"fourEyes\":" + on + "}");
    }

    /** If-Match as RFC 9110 compares it for a strong validator: exactly, or {@code *}; a list is split at commas. */
    static boolean sameTag(String ifMatch, String etag) {
        for (String t : ifMatch.split(",")) {
            String tag = t.trim();
            if (tag.equals("*") || tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
