package org.fairshed.plan.report;

import org.fairshed.common.format.Numbers;
import static org.fairshed.common.format.Numbers.EXACT_MW_DECIMALS;
import static org.fairshed.common.format.Numbers.MW_DECIMALS;
import static org.fairshed.common.format.Numbers.SECONDS_DECIMALS;
import static org.fairshed.common.format.Numbers.SHARE_DECIMALS;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import java.util.function.IntUnaryOperator;
import org.fairshed.grid.model.Bus;
import org.fairshed.plan.AcSlotCheck;
import org.fairshed.plan.BindingBranch;
import org.fairshed.plan.RegionShed;
import org.fairshed.plan.SlotPlan;

/** One element of the plan file's {@code "slots"} array (shape in docs/plan-format.md). */
final class SlotJson {

    private SlotJson() {
    }

    static void write(JsonGenerator gen, SlotPlan s, String start, List<String> regionNames, List<Bus> buses,
                      FairnessMetrics fairness, FairnessMetrics minShedFairness) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("slot", s.slot());
        gen.writeStringField("start", start);
        gen.writeStringField("status", s.status().name());
        gen.writeBooleanField("usable", s.usable());
        gen.writeBooleanField("degraded", s.degraded());
        gen.writeStringField("message", s.message());
        Numbers.field(gen, "loadMw", s.loadMw(), MW_DECIMALS);
        Numbers.field(gen, "shedMw", s.shedMw(), MW_DECIMALS);
        Numbers.field(gen, "criticalShedMw", s.criticalShedMw(), MW_DECIMALS);
        Numbers.field(gen, "deadIslandShedMw", s.deadIslandShedMw(), MW_DECIMALS);
        Numbers.field(gen, "solveSeconds", s.solveSeconds(), SECONDS_DECIMALS);
        writeRegions(gen, s.regions(), regionNames);
        if (s.solved()) {
            writeByNumber(gen, "busShedMw", s.busShedMw(), i -> buses.get(i).number());
            writeByNumber(gen, "genMw", s.genMw(), g -> g + 1);
            writeBinding(gen, s.binding());
        } else {
            // unknown, not "nothing shed, nothing dispatched"
            gen.writeNullField("busShedMw");
            gen.writeNullField("genMw");
            gen.writeNullField("binding");
        }
        gen.writeFieldName("fairness");
        PlanJsonWriter.writeMetrics(gen, fairness);
        gen.writeFieldName("minShedFairness");
        PlanJsonWriter.writeMetrics(gen, minShedFairness);
        if (s.ac() != null) {
            writeAc(gen, s.ac());
        }
        gen.writeEndObject();
    }

    private static void writeRegions(JsonGenerator gen, RegionShed r, List<String> regionNames) throws IOException {
        gen.writeObjectFieldStart("regionShed");
        for (int k = 0; k < regionNames.size(); k++) {
            gen.writeObjectFieldStart(regionNames.get(k));
            Numbers.field(gen, "shedMw", r.shedMw()[k], MW_DECIMALS);
            Numbers.field(gen, "loadMw", r.loadMw()[k], MW_DECIMALS);
            Numbers.field(gen, "share", r.share(k), SHARE_DECIMALS);
            Numbers.field(gen, "nonCriticalShedMw", r.nonCriticalShedMw()[k], MW_DECIMALS);
            Numbers.field(gen, "nonCriticalLoadMw", r.nonCriticalLoadMw()[k], MW_DECIMALS);
            Numbers.field(gen, "criticalShedMw", r.criticalShedMw()[k], MW_DECIMALS);
            Numbers.field(gen, "criticalLoadMw", r.criticalLoadMw()[k], MW_DECIMALS);
            Numbers.field(gen, "minShedShare", r.minShedShare(k), SHARE_DECIMALS);
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }

    /** {@code "name": {"key": value}} for the non-zero values (at 1e-6 MW), keyed by bus number or generator row. */
    private static void writeByNumber(JsonGenerator gen, String name, double[] values, IntUnaryOperator key)
            throws IOException {
        gen.writeObjectFieldStart(name);
        for (int i = 0; i < values.length; i++) {
            if (Numbers.nonZero(values[i], EXACT_MW_DECIMALS)) {
                Numbers.field(gen, Integer.toString(key.applyAsInt(i)), values[i], EXACT_MW_DECIMALS);
            }
        }
        gen.writeEndObject();
    }

    private static void writeBinding(JsonGenerator gen, List<BindingBranch> binding) throws IOException {
        gen.writeArrayFieldStart("binding");
        for (BindingBranch b : binding) {
            gen.writeStartObject();
            gen.writeNumberField("branch", b.branch());
            gen.writeNumberField("from", b.from());
            gen.writeNumberField("to", b.to());
            Numbers.field(gen, "flowMw", b.flowMw(), EXACT_MW_DECIMALS);
            Numbers.field(gen, "limitMw", b.limitMw(), EXACT_MW_DECIMALS);
            gen.writeEndObject();
        }
        gen.writeEndArray();
    }

    private static void writeAc(JsonGenerator gen, AcSlotCheck ac) throws IOException {
        gen.writeObjectFieldStart("ac");
        gen.writeStringField("status", ac.status());
        gen.writeBooleanField("converged", ac.converged());
        gen.writeNumberField("iterations", ac.iterations());
        Numbers.field(gen, "minVoltagePu", ac.minVoltagePu(), SHARE_DECIMALS);
        gen.writeNumberField("minVoltageBus", ac.minVoltageBus());
        Numbers.field(gen, "maxVoltagePu", ac.maxVoltagePu(), SHARE_DECIMALS);
        gen.writeNumberField("maxVoltageBus", ac.maxVoltageBus());
        gen.writeNumberField("voltageViolations", ac.voltageViolations());
        Numbers.field(gen, "slackMismatchMw", ac.slackMismatchMw(), MW_DECIMALS);
        gen.writeArrayFieldStart("overloads");
        for (AcSlotCheck.Overload o : ac.overloads()) {
            gen.writeStartObject();
            gen.writeNumberField("branch", o.branch());
            gen.writeNumberField("from", o.from());
            gen.writeNumberField("to", o.to());
            Numbers.field(gen, "flowMva", o.flowMva(), MW_DECIMALS);
            Numbers.field(gen, "rateAMva", o.rateAMva(), MW_DECIMALS);
            Numbers.field(gen, "rateBMva", o.rateBMva(), MW_DECIMALS);
            Numbers.field(gen, "loadingPercent", o.loadingPercent(), 2);
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }
}
