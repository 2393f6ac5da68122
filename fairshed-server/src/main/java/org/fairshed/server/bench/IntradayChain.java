package org.fairshed.server.bench;

import java.util.List;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * One measured intraday chain: the moments ({@link System#nanoTime()}) of the upload, the job's end, the draft's
 * preview read, the publish's answer, and every subscriber's events of the new revisions; the job's stages as they were seen; the
 * JVM's CPU seconds over the chain (on a loaded machine the wall time stretches, the CPU time much less).
 */
record IntradayChain(long job, long draft, long upload, long done, long previewed, long published,
                     List<IntradayListeners.Arrival> webhooks, List<IntradayListeners.Arrival> sse, int webhooksExpected,
                     int sseExpected, List<String> stages, JsonNode diff, double cpuSeconds) {

    static final double GOAL_SECONDS = 60;

    /** Every subscriber got the new revisions. */
    boolean complete() {
        return webhooks.size() >= webhooksExpected && sse.size() >= sseExpected;
    }

    /** Seconds from the upload to the last subscriber's event. */
    double total() {
        return at(Math.max(last(webhooks), last(sse)));
    }

    private double at(long nanos) {
        return (nanos - upload) / 1e9;
    }

    private long last(List<IntradayListeners.Arrival> arrivals) {
        return arrivals.stream().mapToLong(IntradayListeners.Arrival::nanos).max()
                .orElse(upload);
    }

    private long first(List<IntradayListeners.Arrival> arrivals) {
        return arrivals.stream().mapToLong(IntradayListeners.Arrival::nanos).min()
                .orElse(upload);
    }

    void print(Printer out, String load, String what) {
        long signed = webhooks.stream().filter(IntradayListeners.Arrival::signed).count();
        out.line("## Chain (job %d, draft %d): %s; load average now %s", job, draft, what, load);
        out.line("  upload -> job DONE            %6.1f s", at(done));
        out.line("  upload -> draft (preview read) %5.1f s", at(previewed));
        out.line("  upload -> published (201)     %6.1f s   (the publish call %.2f s)", at(published),
                (published - previewed) / 1e9);
        out.line("  upload -> last webhook        %6.1f s   (%d of %d revision deliveries, %d signed correctly; "
                + "first %.1f s)", at(last(webhooks)), webhooks.size(), webhooksExpected, signed,
                at(first(webhooks)));
        out.line("  upload -> SSE events          %6.1f s   (%d of %d regions; first %.1f s)", at(last(sse)),
                sse.size(), sseExpected, at(first(sse)));
        out.line("  TOTAL upload -> every subscriber notified: %.1f s (goal <= %.0f s: %s)", total(), GOAL_SECONDS,
                complete() && total() <= GOAL_SECONDS ? "met" : "NOT met");
        out.line("  JVM CPU over the chain: %.1f s (the server's threads; PostgreSQL's own processes not counted); "
                + "on %d idle cores the chain needs at least %.1f s of it", cpuSeconds,
                Runtime.getRuntime().availableProcessors(), cpuSeconds / Runtime.getRuntime().availableProcessors());
        out.line("  job stages (first seen by polling every 100 ms): %s", String.join(", ", stages));
        JsonNode plan = diff.path("plan");
        JsonNode ac = plan.path("acSummary");
        out.line("  draft: plan %s (%s), %d slots from %s; AC check %d slots, %d converged, %d needing a look "
                + "(acknowledged at publish); preview: %d groups and %d half-hours changed, %d warnings",
                plan.path("status").asText(), plan.path("engineStatus").asText(),
                plan.path("slots").asInt(), plan.path("start").asText(), ac.path("checked").asInt(),
                ac.path("converged").asInt(), ac.path("concernSlots").size(), diff.path("totals").path("groupsChanged").asInt(),
                diff.path("totals").path("halfHoursChanged").asInt(), diff.path("warnings").size());
    }

    /** Where lines go. */
    @FunctionalInterface
    interface Printer {
        void line(String format, Object... args);
    }
}
