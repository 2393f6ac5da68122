package org.fairshed.rota.io;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.fairshed.common.format.Numbers;
import org.fairshed.common.json.JsonFields;
import org.fairshed.rota.RotaMetrics;

/** The metrics object of SCHEDULE.json ({@code "metrics"} and each method of {@code "comparison"}), both ways. */
final class RotaMetricsJson {

    private static final List<String> DECIMALS = List.of("overShedMwh", "underShedMwh", "overShedFloorMwh",
            "ignoredQuotaMwh", "dayHoursMin", "dayHoursMax", "dayHoursSpread", "weekHoursMin", "weekHoursMax",
            "weekHoursSpread", "jain");
    private static final List<String> COUNTS = List.of("switchingEvents", "ruleBreaks", "changesVsPrevious");
    /** Counts are read as whole numbers up to this (no wrap-around). */
    private static final int MAX_COUNT = Integer.MAX_VALUE;

    private RotaMetricsJson() {
    }

    static void write(JsonGenerator gen, RotaMetrics m) throws IOException {
        gen.writeStartObject();
        double[] values = {m.overShedMwh(), m.underShedMwh(), m.overShedFloorMwh(), m.ignoredQuotaMwh(),
                m.dayHoursMin(), m.dayHoursMax(), m.dayHoursSpread(), m.weekHoursMin(), m.weekHoursMax(),
                m.weekHoursSpread(), m.jain()};
        for (int i = 0; i < values.length; i++) {
            Numbers.field(gen, DECIMALS.get(i), values[i], ScheduleJsonWriter.MW_DECIMALS);
        }
        gen.writeNumberField("switchingEvents", m.switchingEvents());
        gen.writeNumberField("ruleBreaks", m.ruleBreaks());
        gen.writeNumberField("changesVsPrevious", m.changesVsPrevious());
        gen.writeEndObject();
    }

    /** The metrics object at {@code path}: every field there, finite and not negative (Jain in [0, 1]). */
    static RotaMetrics read(JsonFields f, JsonNode node, String path) {
        List<String> known = new ArrayList<>(DECIMALS);
        known.addAll(COUNTS);
        f.object(node, path, known);
        double[] v = new double[DECIMALS.size()];
        for (int i = 0; i < v.length; i++) {
            String name = DECIMALS.get(i);
            v[i] = name.equals("jain") ? f.share(f.required(node, path, name), JsonFields.child(path, name))
                    : f.nonNegative(f.required(node, path, name), JsonFields.child(path, name));
        }
        int[] c = new int[COUNTS.size()];
        for (int i = 0; i < c.length; i++) {
            c[i] = f.intIn(f.required(node, path, COUNTS.get(i)), JsonFields.child(path, COUNTS.get(i)), 0, MAX_COUNT);
        }
        return new RotaMetrics(v[0], v[1], v[4], v[5], v[6], v[7], v[8], v[9], v[10], c[0], c[1], c[2], v[2], v[3]);
    }
}
