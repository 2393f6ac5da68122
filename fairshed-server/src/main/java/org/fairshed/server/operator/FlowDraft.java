package org.fairshed.server.operator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A draft as the store keeps it (without its content and preview, which are read apart).
 *
 * @param basedOn        the ETag of the published state of its regions when it was computed
 * @param basedOnNumbers per region the published number it replaces (0 for none)
 * @param publishable    false when its plan is not usable or the rota could not cover it ({@code refusal} says why)
 * @param revisions      per region the revision it became, null until published
 * @param approvals      who approved it (four eyes)
 */
public record FlowDraft(long id, long jobId, String network, List<String> regions, String basedOn,
                        Map<String, Integer> basedOnNumbers, boolean publishable, String refusal, String planStatus,
                        String author, Instant createdAt, Instant publishedAt, String publishedBy, String publishReason,
                        Map<String, Integer> revisions, List<String> approvals) {

    public FlowDraft {
        regions = List.copyOf(regions);
        basedOnNumbers = Map.copyOf(basedOnNumbers);
        approvals = List.copyOf(approvals);
    }

    public boolean published() {
        return publishedAt != null;
    }

    public boolean coveredBy(org.fairshed.server.access.Operator o) {
        return regions.stream().allMatch(o::covers);
    }
}
