package org.fairshed.server.operator;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fairshed.grid.ac.AcCheck;
import org.fairshed.server.http.Json;

/**
 * The slots of a draft whose AC check needs a person's look before the draft goes out: the AC power flow did not
 * converge, a bus is outside its own voltage limits, or a branch is beyond its emergency rating (RATE_B) in MVA.
 * A branch over RATE_A but within RATE_B is shown in the preview and is not a concern by itself (the rule of
 * {@link org.fairshed.plan.AcSlotCheck#concern()}). The DC plan holds in
 * those slots, so the draft stays publishable, but a DC-feasible plan can still collapse the voltage. Read from the
 * stored preview, so a draft is judged by the check its preview showed.
 */
final class AcConcerns {

    /** Slots named in a problem's detail; the rest are counted. */
    static final int MAX_NAMED = 5;

    private AcConcerns() {
    }

    /** One slot's concern, in words. */
    record Concern(int slot, String start, String what) {
    }

    static List<Concern> of(String previewJson) {
        JsonNode preview;
        try {
            preview = Json.mapper().readTree(previewJson);
        } catch (IOException e) {
            throw new UncheckedIOException("the stored preview is not readable", e);
        }
        List<Concern> out = new ArrayList<>();
        for (JsonNode a : preview.path("plan").path("ac")) {
            String what = what(a);
            if (what != null) {
                out.add(new Concern(a.path("slot").asInt(), a.path("start").asText(""), what));
            }
        }
        return out;
    }

    private static String what(JsonNode a) {
        if (!a.path("converged").asBoolean(false)) {
            return "the AC power flow did not converge (" + a.path("status").asText("unknown") + ")";
        }
        List<String> parts = new ArrayList<>();
        int outside = a.path("voltageViolations").asInt(0);
        if (outside > 0) {
            parts.add(String.format(Locale.ROOT, "%d bus(es) outside their voltage limits (lowest %.4f p.u. at bus "
                    + "%d, highest %.4f p.u. at bus %d)", outside, a.path("minVoltagePu").asDouble(),
                    a.path("minVoltageBus").asInt(), a.path("maxVoltagePu").asDouble(), a.path("maxVoltageBus").asInt()));
        }
        int over = 0;
        double worst = 0;
        for (JsonNode o : a.path("overloads")) {
            double flow = o.path("flowMva").asDouble();
            // drafts stored before the emergency rating was kept: RATE_A
            double emergency = o.path("rateBMva").asDouble(o.path("rateAMva").asDouble());
            if (flow > emergency * (1 + AcCheck.OVERLOAD_TOLERANCE)) {
                over++;
                worst = Math.max(worst, 100 * flow / emergency);
            }
        }
        if (over > 0) {
            parts.add(String.format(Locale.ROOT, "%d branch(es) beyond their emergency rating RATE_B in MVA (up to "
                    + "%.0f %% of it)", over, worst));
        }
        return parts.isEmpty() ? null : String.join(" and ", parts);
    }

    /** "slot 36 (2026-12-03T18:00): ...; slot 37 (...): ...; and 4 more". */
    static String describe(List<Concern> concerns) {
        StringBuilder b = new StringBuilder("the AC check of ").append(concerns.size()).append(" slot(s) needs a look: ");
        for (int i = 0; i < Math.min(MAX_NAMED, concerns.size()); i++) {
            Concern c = concerns.get(i);
            b.append(i == 0 ? "" : "; ").append("slot ").append(c.slot());
            if (!c.start().isEmpty()) {
                b.append(" (").append(c.start()).append(')');
            }
            b.append(": ").append(c.what());
        }
        if (concerns.size() > MAX_NAMED) {
            b.append("; and ").append(concerns.size() - MAX_NAMED).append(" more");
        }
        return b.toString();
    }

    static String slotsJson(List<Concern> concerns) {
        return new String(Json.bytes(concerns.stream().map(Concern::slot).toList()), StandardCharsets.UTF_8);
    }
}
