package org.fairshed.plan.report;

import org.fairshed.common.format.Numbers;
import org.fairshed.common.io.AtomicFiles;
import static org.fairshed.common.format.Numbers.MW_DECIMALS;
import static org.fairshed.common.format.Numbers.SECONDS_DECIMALS;
import static org.fairshed.common.format.Numbers.SHARE_DECIMALS;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.fairshed.grid.model.Bus;
import org.fairshed.plan.FairnessSettings;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.PlanStatus;
import org.fairshed.plan.SlotPlan;

/**
 * Writes a plan as JSON: the format version, the run id, the scenario, the fairness settings, the regions, a
 * whole-plan summary and, per slot, the status, the shed per region and bus, the dispatch and the binding branches,
 * so anyone can recompute the DC flows and check every limit. An unknown figure (a slot without a solution) is
 * {@code null}, never 0. The format is documented in {@code docs/plan-format.md}; {@link PlanFiles} writes the plan
 * and its CSV tables as one output.
 */
public final class PlanJsonWriter {

    /** Version of the plan file format, written as {@code "formatVersion"}. */
    public static final int FORMAT_VERSION = 2;

    private static final JsonFactory FACTORY = new JsonFactory();

    private PlanJsonWriter() {
    }

    /** Writes the plan file atomically (a temporary sibling, then a move). */
    public static void write(PlanResult result, Path file) throws IOException {
        AtomicFiles.write(file, out -> write(result, out));
    }

    /** Writes the plan file to a stream (UTF-8, pretty-printed); the stream is left open. */
    public static void write(PlanResult result, OutputStream out) throws IOException {
        try (JsonGenerator gen = FACTORY.createGenerator(out, JsonEncoding.UTF8)) {
            gen.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            gen.useDefaultPrettyPrinter();
            writeDocument(gen, result, true);
        }
    }

    /** The plan file as a string. */
    public static String toJson(PlanResult result) {
        return render(result, true);
    }

    /** The plan file without its {@code "slots"} array: header and summary only (for {@code fairshed plan --json}). */
    public static String summaryJson(PlanResult result) {
        return render(result, false);
    }

    private static String render(PlanResult result, boolean withSlots) {
        StringWriter text = new StringWriter();
        try (JsonGenerator gen = FACTORY.createGenerator(text)) {
            gen.useDefaultPrettyPrinter();
            writeDocument(gen, result, withSlots);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void writeDocument(JsonGenerator gen, PlanResult result, boolean withSlots) throws IOException {
        PlanInput input = result.input();
        PlanSummary summary = PlanSummary.of(result);
        List<String> regionNames = input.regions().names();
        gen.writeStartObject();
        gen.writeNumberField("formatVersion", FORMAT_VERSION);
        gen.writeStringField("runId", result.runId());
        gen.writeStringField("scenario", input.name());
        gen.writeStringField("network", input.grid().name());
        gen.writeStringField("start", input.start().toString());
        gen.writeNumberField("slotMinutes", input.slotMinutes());
        gen.writeNumberField("slotCount", result.slots().size());
        Numbers.field(gen, "solveSeconds", result.solveSeconds(), SECONDS_DECIMALS);
        FairnessSettings fairness = input.fairness();
        gen.writeObjectFieldStart("fairness");
        gen.writeStringField("mode", fairness.mode().label());
        Numbers.field(gen, "priceOfFairness", fairness.priceOfFairness(), SHARE_DECIMALS);
        gen.writeBooleanField("cumulative", fairness.cumulative());
        gen.writeEndObject();
        Numbers.field(gen, "lossShare", input.lossShare(), SHARE_DECIMALS);
        gen.writeStringField("regionSource", input.regions().source());
        gen.writeArrayFieldStart("regions");
        for (String name : regionNames) {
            gen.writeString(name);
        }
        gen.writeEndArray();
        writeSummary(gen, summary);
        if (withSlots) {
            List<Bus> buses = input.grid().buses();
            gen.writeArrayFieldStart("slots");
            for (int i = 0; i < result.slots().size(); i++) {
                SlotPlan s = result.slots().get(i);
                SlotJson.write(gen, s, summary.slotStart(s.slot()).toString(), regionNames, buses,
                        summary.slotFairness().get(i), summary.slotMinShedFairness().get(i));
            }
            gen.writeEndArray();
        }
        gen.writeEndObject();
    }

    private static void writeSummary(JsonGenerator gen, PlanSummary s) throws IOException {
        gen.writeObjectFieldStart("summary");
        Numbers.field(gen, "totalLoadMwh", s.totalLoadMwh(), MW_DECIMALS);
        Numbers.field(gen, "totalUnservedMwh", s.unservedMwh(), MW_DECIMALS);
        Numbers.field(gen, "criticalUnservedMwh", s.criticalUnservedMwh(), MW_DECIMALS);
        Numbers.field(gen, "deadIslandUnservedMwh", s.deadIslandUnservedMwh(), MW_DECIMALS);
        gen.writeNumberField("peakSlot", s.peakSlot());
        gen.writeObjectFieldStart("statusCounts");
        for (Map.Entry<PlanStatus, Integer> e : s.statusCounts().entrySet()) {
            gen.writeNumberField(e.getKey().name(), e.getValue());
        }
        gen.writeEndObject();
        gen.writeBooleanField("allSlotsUsable", s.allUsable());
        gen.writeNumberField("degradedSlots", s.degradedSlots());
        gen.writeNumberField("slotsWithoutPlan", s.unsolvedSlots());
        gen.writeObjectFieldStart("fairness");
        gen.writeFieldName("plan");
        writeMetrics(gen, s.planFairness());
        gen.writeFieldName("minShed");
        writeMetrics(gen, s.minShedFairness());
        gen.writeEndObject();
        gen.writeObjectFieldStart("regions");
        for (PlanSummary.RegionTotals r : s.regions()) {
            gen.writeObjectFieldStart(r.name());
            Numbers.field(gen, "loadMwh", r.loadMwh(), MW_DECIMALS);
            Numbers.field(gen, "shedMwh", r.shedMwh(), MW_DECIMALS);
            Numbers.field(gen, "nonCriticalLoadMwh", r.nonCriticalLoadMwh(), MW_DECIMALS);
            Numbers.field(gen, "nonCriticalShedMwh", r.nonCriticalShedMwh(), MW_DECIMALS);
            Numbers.field(gen, "criticalLoadMwh", r.criticalLoadMwh(), MW_DECIMALS);
            Numbers.field(gen, "criticalShedMwh", r.criticalShedMwh(), MW_DECIMALS);
            Numbers.field(gen, "share", r.share(), SHARE_DECIMALS);
            Numbers.field(gen, "minShedShare", r.minShedShare(), SHARE_DECIMALS);
            Numbers.field(gen, "peakSlotShedMw", r.peakSlotShedMw(), MW_DECIMALS);
            gen.writeEndObject();
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }

    /** The metrics object, or {@code null} when they are unknown. */
    static void writeMetrics(JsonGenerator gen, FairnessMetrics m) throws IOException {
        if (m == null) {
            gen.writeNull();
            return;
        }
        gen.writeStartObject();
        Numbers.field(gen, "maxShare", m.maxShare(), SHARE_DECIMALS);
        Numbers.field(gen, "minShare", m.minShare(), SHARE_DECIMALS);
        Numbers.field(gen, "gini", m.gini(), SHARE_DECIMALS);
        Numbers.field(gen, "jain", m.jain(), SHARE_DECIMALS);
        gen.writeNumberField("regions", m.regions());
        gen.writeEndObject();
    }
}
