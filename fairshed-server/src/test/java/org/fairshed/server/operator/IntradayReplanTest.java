package org.fairshed.server.operator;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.rota.RotaParameters;
import org.fairshed.store.model.GroupDay;
import org.fairshed.store.model.Interval;
import org.fairshed.store.model.RevisionContent;
import org.fairshed.store.model.RevisionDraft;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The intraday re-plan's promises on the demo, cell by cell: a damage update at 14:05 re-plans from the 14:00 slot
 * (history is not planned again), the draft keeps every cell of the history and of the frozen hour as published
 * (definite and possible), its ledger counts the morning's published outages, and the fresh-solve comparison runs on
 * the same job.
 */
class IntradayReplanTest {

    private static final LocalDateTime AT = LocalDateTime.of(2026, 12, 2, 14, 5);
    private static final double HOURS_TOLERANCE = 1e-9;

    @Test
    void historyAndTheFrozenHourKeepThePublishedCellsAndTheLedgerCountsTheMorning() throws Exception {
        FlowWorld w = FlowWorld.get();
        List<RevisionContent> before = new ArrayList<>();
        w.store.organisation().regions().forEach(r -> w.store.revisions().publishedContent(r.code()).ifPresent(before::add));
        var accepted = w.send("POST", "/api/v1/operator/jobs", FlowWorld.PLANNER, FlowWorld.damage(AT.toString(), 4, 7));
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        long job = FlowWorld.json(accepted).path("id").asLong();
        JsonNode j = w.awaitJob(job, Duration.ofMinutes(3));
        assertThat(j.path("status").asText()).as(j.toString()).isEqualTo("DONE");
        JsonNode diff = FlowWorld.json(w.get("/api/v1/operator/drafts/" + j.path("draft").asLong() + "/diff",
                FlowWorld.VIEWER));
        assertThat(diff.path("stale").asBoolean()).as("nothing published meanwhile: the comparison is fair").isFalse();
        assertThat(diff.path("plan").path("start").asText()).as("the plan starts at the slot holding 14:05")
                .startsWith("2026-12-02T14:00");

        try (OperatorFlow flow = new OperatorFlow(w.store, Clock.fixed(FlowWorld.NOW, ZoneOffset.UTC),
                FlowParameters.defaults())) {
            List<RevisionDraft> drafts = flow.draftContent(j.path("draft").asLong());
            Map<String, CellChanges.Counts> c = CellChanges.compare(CellChanges.ofDrafts(drafts),
                    CellChanges.ofPublished(before), AT, RotaParameters.defaults().freezeMinutes());
            CellChanges.Counts total = CellChanges.total(c);
            assertThat(c).hasSize(24);
            assertThat(total.history()).as("24 regions x 12 groups x 29 half-hours to 14:00").isEqualTo(24 * 12 * 29);
            assertThat(total.historyChanged()).isZero();
            assertThat(total.frozen()).as("14:30 and 15:00").isEqualTo(24 * 12 * 2);
            assertThat(total.frozenChanged()).isZero();
            assertThat(total.changedFromAt()).as("the damage changes something after the frozen hour").isPositive();

            LocalDate today = AT.toLocalDate();
            for (RevisionDraft d : drafts) {
                Map<String, Double> ledger = new HashMap<>();
                d.ledger().stream().filter(l -> l.day().equals(today)).forEach(l -> ledger.put(l.group(), l.hoursOff()));
                for (GroupDay g : d.groups()) {
                    if (g.day().equals(today)) {
                        double hours = g.definite().stream().mapToInt(Interval::minutes).sum() / 60.0;
                        assertThat(ledger.get(g.group())).as("ledger of %s %s: the whole day, history included",
                                d.region(), g.group()).isCloseTo(hours, org.assertj.core.data.Offset.offset(
                                HOURS_TOLERANCE));
                    }
                }
            }
            assertThat(morningHoursOff(before, today)).as("the demo's morning has outages to count").isPositive();

            FreshSolve.Result fresh = FreshSolve.of(flow, job);
            assertThat(fresh.drafts()).hasSize(24);
            CellChanges.Counts vsFresh = CellChanges.total(CellChanges.compare(CellChanges.ofDrafts(drafts),
                    CellChanges.ofDrafts(fresh.drafts()), AT, RotaParameters.defaults().freezeMinutes()));
            assertThat(vsFresh.fromAt()).isEqualTo(total.fromAt());
        }
    }

    /** Definite hours off before 14:00 today in the published revisions. */
    private static double morningHoursOff(List<RevisionContent> published, LocalDate today) {
        double hours = 0;
        for (RevisionContent c : published) {
            for (var g : c.groups()) {
                if (g.day().equals(today)) {
                    for (var o : g.outages()) {
                        if (o.kind() == org.fairshed.store.model.OutageKind.DEFINITE) {
                            hours += Math.max(0, Math.min(o.endMinute(), 14 * 60) - o.startMinute()) / 60.0;
                        }
                    }
                }
            }
        }
        return hours;
    }
}
