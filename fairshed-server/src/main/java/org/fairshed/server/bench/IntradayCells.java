package org.fairshed.server.bench;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.fairshed.rota.RotaParameters;
import org.fairshed.server.operator.CellChanges;
import org.fairshed.server.operator.FlowParameters;
import org.fairshed.server.operator.FreshSolve;
import org.fairshed.server.operator.OperatorFlow;
import org.fairshed.store.Store;
import org.fairshed.store.model.RevisionContent;
import org.fairshed.store.model.RevisionDraft;

/**
 * The intraday benchmark's cell figures (a cell is one group's half-hour): the published intraday revision against
 * what was published before (kept and changed from the damage's moment on, the frozen hour's and the history's changes,
 * which must be 0), against the draft it was published from (must be 0), and against a fresh solve of the same
 * situation ({@link FreshSolve}: the same plan, the rota from scratch without the frozen hour or the published schedule).
 */
final class IntradayCells {

    private IntradayCells() {
    }

    static void report(Store store, Clock clock, long job, long draftId, List<RevisionContent> before, LocalDateTime at,
                       IntradayChain.Printer out) {
        int freeze = RotaParameters.defaults().freezeMinutes();
        try (OperatorFlow flow = new OperatorFlow(store, clock, FlowParameters.defaults())) {
            List<RevisionDraft> intraday = flow.draftContent(draftId);
            List<RevisionContent> after = new ArrayList<>();
            intraday.forEach(d -> store.revisions().publishedContent(d.region()).ifPresent(after::add));
            Map<CellChanges.Key, byte[]> cells = CellChanges.ofDrafts(intraday);
            Map<String, CellChanges.Counts> kept = CellChanges.compare(cells, CellChanges.ofPublished(before), at, freeze);
            CellChanges.Counts stored = CellChanges.total(CellChanges.compare(cells, CellChanges.ofPublished(after), at,
                    freeze));
            out.line("## Cells (group x half-hour) of today and tomorrow; T = %s, frozen hour = half-hours starting "
                    + "in [T, T + %d min)", at, freeze);
            out.line("  published = draft: %d of %d cells differ (must be 0)", stored.historyChanged()
                    + stored.changedFromAt(), stored.history() + stored.fromAt());
            out.line("  intraday vs published before, per region: cells from T | kept | changed | frozen hour changed "
                    + "| history changed");
            kept.forEach((region, c) -> out.line("    %-22s %5d | %5d | %4d | %d of %d | %d of %d", region, c.fromAt(),
                    c.keptFromAt(), c.changedFromAt(), c.frozenChanged(), c.frozen(), c.historyChanged(), c.history()));
            CellChanges.Counts k = CellChanges.total(kept);
            out.line("    %-22s %5d | %5d | %4d | %d of %d | %d of %d", "TOTAL", k.fromAt(), k.keptFromAt(),
                    k.changedFromAt(), k.frozenChanged(), k.frozen(), k.historyChanged(), k.history());
            FreshSolve.Result fresh = FreshSolve.of(flow, job);
            if (fresh.drafts().isEmpty()) {
                out.line("  fresh solve: no schedule (%s: %s)", fresh.engineStatus(), fresh.message());
                return;
            }
            Map<CellChanges.Key, byte[]> freshCells = CellChanges.ofDrafts(fresh.drafts());
            Map<String, CellChanges.Counts> vsFresh = CellChanges.compare(cells, freshCells, at, freeze);
            Map<String, CellChanges.Counts> freshVsBefore = CellChanges.compare(freshCells,
                    CellChanges.ofPublished(before), at, freeze);
            out.line("  fresh solve of the same situation (%s in %.1f s, off the clock): per region: cells from T that "
                    + "differ intraday vs fresh (frozen hour; rest) | fresh vs published before", fresh.engineStatus(),
                    fresh.seconds());
            vsFresh.forEach((region, c) -> out.line("    %-22s %4d (%d; %d) | %d", region, c.changedFromAt(),
                    c.frozenChanged(), c.restChanged(), freshVsBefore.getOrDefault(region, CellChanges.Counts.ZERO)
                            .changedFromAt()));
            CellChanges.Counts f = CellChanges.total(vsFresh);
            CellChanges.Counts fb = CellChanges.total(freshVsBefore);
            out.line("    %-22s %4d (%d; %d) | %d   of %d cells from T", "TOTAL", f.changedFromAt(), f.frozenChanged(),
                    f.restChanged(), fb.changedFromAt(), f.fromAt());
            out.line("  summary: the intraday revision changed %d of %d cells from T (%.1f %%) and kept the rest; a "
                    + "fresh solve would have changed %d (%.1f %%); intraday and fresh differ in %d cells",
                    k.changedFromAt(), k.fromAt(), percent(k.changedFromAt(), k.fromAt()), fb.changedFromAt(),
                    percent(fb.changedFromAt(), fb.fromAt()), f.changedFromAt());
        }
    }

    private static double percent(int part, int whole) {
        return whole == 0 ? 0 : 100.0 * part / whole;
    }
}
