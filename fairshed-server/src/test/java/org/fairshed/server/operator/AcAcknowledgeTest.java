package org.fairshed.server.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.PreparedStatement;
import java.util.List;
import org.fairshed.store.model.AuditEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A DC-feasible plan can still collapse the voltage: a draft whose AC check found a slot that did not converge, a bus
 * outside its voltage limits or a branch over its MVA rating publishes only with {@code acknowledgeAcCheck: true}, and
 * the audit keeps which slots the publisher accepted. What the demo's plans show depends on the damage the other tests
 * published before, so the findings are written into a real draft's stored preview, as the job would have stored them
 * from the engine's check; the preview's own verdicts are checked against the rule on a real plan.
 */
class AcAcknowledgeTest {

    private static FlowWorld w;

    @BeforeAll
    static void start() {
        w = FlowWorld.get();
    }

    @Test
    void aCleanAcCheckNeedsNoAcknowledgement() throws Exception {
        JsonNode diff = FlowTest.doneDraft(FlowWorld.damage("2026-12-02T14:20", 9));
        long draft = diff.path("draft").asLong();
        rewritePreview(draft, clean(stored(draft)).toString());
        JsonNode now = FlowWorld.json(w.get("/api/v1/operator/drafts/" + draft + "/diff", FlowWorld.VIEWER));
        assertThat(now.path("plan").path("acSummary").path("concernSlots").isArray()).isTrue();

        HttpResponse<String> ok = w.send("POST", "/api/v1/operator/drafts/" + draft + "/publish", FlowWorld.PUBLISHER,
                "{\"reason\":\"unit 9 lost\"}", "If-Match", diff.path("basedOn").asText());
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        JsonNode detail = FlowWorld.JSON.readTree(publishAudit(draft).detailJson());
        assertThat(detail.has("acAcknowledged")).as(detail.toString()).isFalse();
    }

    /** The preview as the job computed it keeps the rule's inputs and its verdict per slot. */
    @Test
    void thePreviewMarksEachSlotByTheRule() throws Exception {
        JsonNode diff = FlowTest.doneDraft(FlowWorld.damage("2026-12-02T14:22", 11));
        JsonNode summary = diff.path("plan").path("acSummary");
        List<Integer> expected = new java.util.ArrayList<>();
        for (JsonNode slot : diff.path("plan").path("ac")) {
            boolean beyondEmergency = false;
            for (JsonNode o : slot.path("overloads")) {
                assertThat(o.path("rateBMva").asDouble()).isGreaterThanOrEqualTo(o.path("rateAMva").asDouble());
                beyondEmergency |= o.path("flowMva").asDouble() > o.path("rateBMva").asDouble() * (1 + 1e-6);
            }
            boolean concern = !slot.path("converged").asBoolean() || slot.path("voltageViolations").asInt() > 0
                    || beyondEmergency;
            assertThat(slot.path("concern").asBoolean()).as(slot.toString()).isEqualTo(concern);
            if (concern) {
                expected.add(slot.path("slot").asInt());
            }
        }
        List<Integer> listed = new java.util.ArrayList<>();
        summary.path("concernSlots").forEach(n -> listed.add(n.asInt()));
        assertThat(listed).containsExactlyElementsOf(expected);
    }

    @Test
    void acConcernsRefuseThePublishUntilAcknowledgedAndTheAuditKeepsThem() throws Exception {
        JsonNode diff = FlowTest.doneDraft(FlowWorld.damage("2026-12-02T14:25", 10));
        long draft = diff.path("draft").asLong();
        ObjectNode stored = clean(stored(draft));
        ObjectNode diverged = (ObjectNode) stored.path("plan").path("ac").get(1);
        diverged.put("converged", false).put("status", "MAX_ITERATION_REACHED");
        ObjectNode sagging = (ObjectNode) stored.path("plan").path("ac").get(3);
        sagging.put("voltageViolations", 7).put("minVoltagePu", 0.861);
        ObjectNode overloaded = (ObjectNode) stored.path("plan").path("ac").get(4);
        // over RATE_A but within RATE_B: shown, not a concern
        overloaded.putArray("overloads").addObject().put("branch", 15).put("flowMva", 250).put("rateAMva", 230)
                .put("rateBMva", 264.5).put("loadingPercent", 108.7);
        int slotDiverged = diverged.path("slot").asInt();
        int slotSagging = sagging.path("slot").asInt();
        rewritePreview(draft, stored.toString());

        String path = "/api/v1/operator/drafts/" + draft + "/publish";
        String basedOn = diff.path("basedOn").asText();
        HttpResponse<String> refused = w.send("POST", path, FlowWorld.PUBLISHER,
                "{\"reason\":\"unit 10 lost\"}", "If-Match", basedOn);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(422);
        JsonNode problem = FlowWorld.json(refused);
        assertThat(problem.path("type").asText()).endsWith("ac-check-unacknowledged");
        assertThat(problem.path("field").asText()).isEqualTo("acknowledgeAcCheck");
        assertThat(problem.path("detail").asText()).contains("2 slot(s)", "slot " + slotDiverged,
                "MAX_ITERATION_REACHED", "slot " + slotSagging, "7 bus(es) outside their voltage limits")
                .doesNotContain("slot " + overloaded.path("slot").asInt() + " (");

        HttpResponse<String> stillRefused = w.send("POST", path, FlowWorld.PUBLISHER,
                "{\"reason\":\"unit 10 lost\",\"acknowledgeAcCheck\":false}", "If-Match", basedOn);
        assertThat(stillRefused.statusCode()).isEqualTo(422);
        HttpResponse<String> notABoolean = w.send("POST", path, FlowWorld.PUBLISHER,
                "{\"reason\":\"unit 10 lost\",\"acknowledgeAcCheck\":\"yes\"}", "If-Match", basedOn);
        assertThat(notABoolean.statusCode()).isEqualTo(400);
        assertThat(FlowWorld.json(notABoolean).path("field").asText()).contains("acknowledgeAcCheck");

        HttpResponse<String> ok = w.send("POST", path, FlowWorld.PUBLISHER,
                "{\"reason\":\"unit 10 lost; slots checked by hand\",\"acknowledgeAcCheck\":true}", "If-Match", basedOn);
        assertThat(ok.statusCode()).as(ok.body()).isEqualTo(201);
        JsonNode detail = FlowWorld.JSON.readTree(publishAudit(draft).detailJson());
        assertThat(detail.path("acAcknowledged").asBoolean()).isTrue();
        assertThat(detail.path("acConcernSlots").toString()).isEqualTo("[" + slotDiverged + "," + slotSagging + "]");
    }

    private static ObjectNode stored(long draft) {
        return (ObjectNode) FlowWorld.JSON.readTree(new DraftStore(w.store.database()).preview(draft));
    }

    /** Every slot converged within its voltage limits and without overloads. */
    private static ObjectNode clean(ObjectNode preview) {
        for (JsonNode slot : preview.path("plan").path("ac")) {
            ObjectNode s = (ObjectNode) slot;
            s.put("converged", true).put("status", "CONVERGED").put("voltageViolations", 0).put("concern", false);
            s.putArray("overloads");
        }
        return preview;
    }

    private static AuditEntry publishAudit(long draft) {
        return w.store.audit().recent(50).stream().filter(a -> a.action().equals("draft.publish")
                && ("draft:" + draft).equals(a.subject())).findFirst().orElseThrow();
    }

    private static void rewritePreview(long draft, String json) {
        int n = w.store.database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("update operator_draft set preview = ?::jsonb where id = ?")) {
                ps.setString(1, json);
                ps.setLong(2, draft);
                return ps.executeUpdate();
            }
        });
        assertThat(n).isEqualTo(1);
    }
}
