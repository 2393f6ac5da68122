package org.fairshed.server.web.operator;

import org.fairshed.server.operator.FlowDraft;
import org.fairshed.server.operator.FlowJob;
import java.util.List;

/** What the dashboard's templates show; every text is escaped by jte except the SVG, which {@link Charts} escapes. */
public final class DashModel {

    private DashModel() {
    }

    /** The frame of every dashboard page. */
    public record Frame(DashText t, String title, String css, String js, String csrf, String who, boolean canPlan,
                        boolean canPublish, String otherLangUrl, String home) {
    }

    public record Chart(String heading, String svg, List<Row> table) {
    }

    /** A row of a figures table (the chart's numbers for screen readers and checkers). */
    public record Row(String time, String load, String available, String shed, String critical, String status) {
    }

    public record RegionRow(String code, String name, String share, String peakShed, String status, String url) {
    }

    public record Option(String value, String label) {
    }

    public record Overview(Frame frame, Chart national, String map, String mapNote, List<RegionRow> regions,
                           List<FlowJob> jobs, List<FlowDraft> drafts, List<AuditRow> audit,
                           List<Option> regionOptions, String example) {
    }

    public record AuditRow(String at, String actor, String action, String region, String subject, String revisions,
                           String from) {
    }

    public record Heat(String heading, String draft, String published, int changedCells) {
    }

    public record Stat(String label, String value) {
    }

    public record RegionPreview(String code, String name, List<Stat> stats, List<String> changes) {
    }

    public record DraftPage(Frame frame, FlowDraft draft, String heading, List<Stat> totals, List<String> warnings,
                            String refusal, List<RegionPreview> regions, List<Option> regionLinks, String shownRegion,
                            List<Option> days, String shownDay, Chart chart, Heat heat, String map, String mapNote,
                            List<String> binding, boolean overloads, List<Stat> plan, List<String> slots,
                            List<String> ac, int acConcerns, String basedOn) {
    }

    public record RegionPage(Frame frame, String code, String name, String status, List<Chart> charts,
                             List<Heat> heats) {
    }

    public record Login(DashText t, String title, String css, String js, String next, String otherLangUrl) {
    }
}
