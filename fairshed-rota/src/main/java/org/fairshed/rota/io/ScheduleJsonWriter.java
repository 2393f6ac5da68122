package org.fairshed.rota.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.fairshed.common.format.Numbers;
import org.fairshed.common.io.AtomicFiles;
import org.fairshed.rota.GroupSchedule;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.Outage;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.Relaxation;
import org.fairshed.rota.RotaMetrics;
import org.fairshed.rota.RotaOutcome;
import org.fairshed.rota.RotaResult;
import org.fairshed.rota.plan.UnusableSlot;

/**
 * Writes SCHEDULE.json (format 2, docs/schedule-format.md): {@code {"formatVersion", "method", "planRunId",
 * "unusableSlots", "criticalShedMwh", "days": [{"date", "regions": [{"region", "status", "quotaMw": [48], "offMw": [48],
 * "criticalShedMw": [48], "criticalShedMwh", "unknownHalfHours": [...], "relaxations": [...], "groups": [{"group",
 * "hoursOff", "loadMw": [48], "outages": [{"start", "end", "type"}]}]}]}], "ledger": {...}, "metrics": {...},
 * "comparison": {"sweep": {...}, "queues": {...}}}} ({@code comparison} only when methods were compared). MW to 1e-4;
 * the same result gives the same bytes. Read back by {@link ScheduleJsonReader}.
 */
public final class ScheduleJsonWriter {

    public static final int FORMAT_VERSION = 2;
    static final int MW_DECIMALS = Numbers.MW_DECIMALS;
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes a JSON document. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator gen) throws IOException;
    }

    private ScheduleJsonWriter() {
    }

    /** Writes the schedule file atomically. */
    public static void write(RotaResult result, Path file) throws IOException {
        write(result, Map.of(), file);
    }

    /** Writes the schedule file with the metrics of every compared method (method name → metrics, in map order). */
    public static void write(RotaResult result, Map<String, RotaMetrics> comparison, Path file) throws IOException {
        AtomicFiles.write(file, content(result, comparison));
    }

    /** The schedule document as the content of a file (for a multi-file output, {@link AtomicFiles#writeAll}). */
    public static AtomicFiles.Content content(RotaResult result, Map<String, RotaMetrics> comparison) {
        if (result.outcome() != RotaOutcome.SCHEDULED) {
            throw new IllegalStateException("a rota that is " + result.outcome() + " is not written: " + result.message());
        }
        return json(gen -> document(gen, result, comparison));
    }

    /** Writes the schedule document to a stream (left open). */
    public static void write(RotaResult result, OutputStream out) throws IOException {
        try (JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.useDefaultPrettyPrinter();
            document(gen, result, Map.of());
        }
    }

    /** A pretty-printed UTF-8 JSON document as file content. */
    static AtomicFiles.Content json(Body body) {
        return out -> {
            try (JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
                gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                gen.useDefaultPrettyPrinter();
                body.write(gen);
            }
        };
    }

    private static void document(JsonGenerator gen, RotaResult result, Map<String, RotaMetrics> comparison)
            throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("formatVersion", FORMAT_VERSION);
        gen.writeStringField("method", result.method());
        gen.writeFieldName("planRunId");
        if (result.planRunId() == null) {
            gen.writeNull();
        } else {
            gen.writeString(result.planRunId());
        }
        gen.writeArrayFieldStart("unusableSlots");
        for (UnusableSlot u : result.unusableSlots()) {
            gen.writeStartObject();
            gen.writeNumberField("slot", u.index());
            gen.writeStringField("start", u.start().toString());
            gen.writeStringField("end", u.end().toString());
            gen.writeStringField("status", u.status());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        Numbers.field(gen, "criticalShedMwh", result.criticalShedMwh(), MW_DECIMALS);
        gen.writeArrayFieldStart("days");
        for (LocalDate date : result.dates()) {
            gen.writeStartObject();
            gen.writeStringField("date", date.toString());
            gen.writeArrayFieldStart("regions");
            for (RegionSchedule s : result.on(date)) {
                region(gen, s);
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeFieldName("ledger");
        LedgerJson.write(gen, result.ledger());
        gen.writeFieldName("metrics");
        RotaMetricsJson.write(gen, result.metrics());
        if (!comparison.isEmpty()) {
            gen.writeObjectFieldStart("comparison");
            for (Map.Entry<String, RotaMetrics> e : comparison.entrySet()) {
                gen.writeFieldName(e.getKey());
                RotaMetricsJson.write(gen, e.getValue());
            }
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }

    private static void region(JsonGenerator gen, RegionSchedule s) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("region", s.region());
        gen.writeStringField("status", s.status().name());
        halfHours(gen, "quotaMw", s.quotaMw());
        double[] off = new double[HalfHours.PER_DAY];
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            off[h] = s.offLoadAt(h);
        }
        halfHours(gen, "offMw", off);
        halfHours(gen, "criticalShedMw", s.criticalShedMw());
        Numbers.field(gen, "criticalShedMwh", s.criticalShedMwh(), MW_DECIMALS);
        gen.writeArrayFieldStart("unknownHalfHours");
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            if (s.isUnknown(h)) {
                gen.writeNumber(h);
            }
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("relaxations");
        for (Relaxation r : s.relaxations()) {
            gen.writeStartObject();
            gen.writeStringField("group", r.group());
            gen.writeNumberField("halfHour", r.halfHour());
            gen.writeStringField("rule", r.rule().name());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("groups");
        for (GroupSchedule g : s.groups()) {
            gen.writeStartObject();
            gen.writeStringField("group", g.group());
            gen.writeNumberField("hoursOff", g.hoursOff());
            halfHours(gen, "loadMw", g.loadMw());
            gen.writeArrayFieldStart("outages");
            for (Outage o : g.outages()) {
                gen.writeStartObject();
                gen.writeNumberField("start", o.start());
                gen.writeNumberField("end", o.end());
                gen.writeStringField("type", o.type().name());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void halfHours(JsonGenerator gen, String name, double[] values) throws IOException {
        gen.writeArrayFieldStart(name);
        for (double v : values) {
            Numbers.value(gen, v, MW_DECIMALS);
        }
        gen.writeEndArray();
    }
}
