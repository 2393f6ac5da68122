package org.fairshed.rota.io;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.fairshed.common.io.AtomicFiles;
import org.fairshed.rota.GroupSchedule;
import org.fairshed.rota.HalfHours;
import org.fairshed.rota.Outage;
import org.fairshed.rota.RegionSchedule;
import org.fairshed.rota.Relaxation;
import org.fairshed.rota.RotaMetrics;
import org.fairshed.rota.RotaResult;

/**
 * Writes SCHEDULE.json: {@code {"formatVersion", "method", "days": [{"date", "regions": [{"region", "status", "quotaMw":
 * [48], "offMw": [48], "relaxations": [...], "groups": [{"group", "hoursOff", "loadMw": [48], "outages": [{"start",
 * "end", "type"}]}]}]}], "ledger": {...}, "metrics": {...}, "comparison": {"optimal": {...}, "queues": {...}}}}
 * ({@code comparison} only when methods were compared). MW to 1e-4, written atomically (temporary sibling, move).
 * Read back by {@link ScheduleJsonReader}; documented in docs/schedule-format.md.
 */
public final class ScheduleJsonWriter {

    public static final int FORMAT_VERSION = 1;
    static final int MW_DECIMALS = 4;
    private static final JsonFactory FACTORY = new JsonFactory();

    /** Writes a JSON document. */
    @FunctionalInterface
    interface Body {
        void write(JsonGenerator gen) throws IOException;
    }

    private ScheduleJsonWriter() {
    }

    /** Writes the schedule file. */
    public static void write(RotaResult result, Path file) throws IOException {
        write(result, Map.of(), file);
    }

    /** Writes the schedule file with the metrics of every compared method (method name → metrics, in map order). */
    public static void write(RotaResult result, Map<String, RotaMetrics> comparison, Path file) throws IOException {
        writeAtomically(file, gen -> document(gen, result, comparison));
    }

    /** Writes the schedule document to a stream (left open). */
    public static void write(RotaResult result, OutputStream out) throws IOException {
        try (JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.useDefaultPrettyPrinter();
            document(gen, result, Map.of());
        }
    }

    static void writeAtomically(Path file, Body body) throws IOException {
        AtomicFiles.write(file, out -> {
            try (JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
                gen.useDefaultPrettyPrinter();
                body.write(gen);
            }
        });
    }

    private static void document(JsonGenerator gen, RotaResult result, Map<String, RotaMetrics> comparison)
            throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("formatVersion", FORMAT_VERSION);
        gen.writeStringField("method", result.method());
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
        metrics(gen, result.metrics());
        if (!comparison.isEmpty()) {
            gen.writeObjectFieldStart("comparison");
            for (Map.Entry<String, RotaMetrics> e : comparison.entrySet()) {
                gen.writeFieldName(e.getKey());
                metrics(gen, e.getValue());
            }
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }

    private static void region(JsonGenerator gen, RegionSchedule s) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("region", s.region());
        gen.writeStringField("status", s.status().name());
        gen.writeArrayFieldStart("quotaMw");
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            number(gen, s.quotaAt(h));
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("offMw");
        for (int h = 0; h < HalfHours.PER_DAY; h++) {
            number(gen, s.offLoadAt(h));
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
            gen.writeArrayFieldStart("loadMw");
            for (int h = 0; h < HalfHours.PER_DAY; h++) {
                number(gen, g.loadAt(h));
            }
            gen.writeEndArray();
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

    private static void metrics(JsonGenerator gen, RotaMetrics m) throws IOException {
        gen.writeStartObject();
        field(gen, "overShedMwh", m.overShedMwh());
        field(gen, "underShedMwh", m.underShedMwh());
        field(gen, "overShedFloorMwh", m.overShedFloorMwh());
        field(gen, "ignoredQuotaMwh", m.ignoredQuotaMwh());
        field(gen, "dayHoursMin", m.dayHoursMin());
        field(gen, "dayHoursMax", m.dayHoursMax());
        field(gen, "dayHoursSpread", m.dayHoursSpread());
        field(gen, "weekHoursMin", m.weekHoursMin());
        field(gen, "weekHoursMax", m.weekHoursMax());
        field(gen, "weekHoursSpread", m.weekHoursSpread());
        field(gen, "jain", m.jain());
        gen.writeNumberField("switchingEvents", m.switchingEvents());
        gen.writeNumberField("ruleBreaks", m.ruleBreaks());
        gen.writeNumberField("changesVsPrevious", m.changesVsPrevious());
        gen.writeEndObject();
    }

    private static void field(JsonGenerator gen, String name, double v) throws IOException {
        gen.writeFieldName(name);
        number(gen, v);
    }

    private static void number(JsonGenerator gen, double v) throws IOException {
        BigDecimal d = BigDecimal.valueOf(v).setScale(MW_DECIMALS, RoundingMode.HALF_UP).stripTrailingZeros();
        gen.writeNumber(d.signum() == 0 ? "0" : d.toPlainString());
    }
}
