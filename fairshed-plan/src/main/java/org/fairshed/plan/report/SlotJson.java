package org.fairshed.plan.report;

import org.fairshed.common.format.Numbers;
import static org.fairshed.common.format.Numbers.EXACT_MW_DECIMALS;
import static org.fairshed.common.format.Numbers.MW_DECIMALS;
import static org.fairshed.common.format.Numbers.SECONDS_DECIMALS;
import static org.fairshed.common.format.Numbers.SHARE_DECIMALS;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.fairshed.grid.model.Bus;
import org.fairshed.plan.AcSlotCheck;
import org.fairshed.plan.BindingBranch;
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
        gen.writeStringField("message", s.message() == null ? "" : s.message());
        Numbers.field(gen, "loadMw", s.loadMw(), MW_DECIMALS);
        Numbers.field(gen, "shedMw", s.shedMw(), MW_DECIMALS);
        Numbers.field(gen, "criticalShedMw", s.criticalShedMw(), MW_DECIMALS);
        Numbers.field(gen, "deadIslandShedMw", s.deadIslandShedMw(), MW_DECIMALS);
        Numbers.field(gen, "solveSeconds", s.solveSeconds(), SECONDS_DECIMALS);
        double[] minShed = PlanSummary.minShedOf(s);
        gen.writeObjectFieldStart("regionShed");
        for (int r = 0; r < regionNames.size(); r++) {
            gen.writeObjectFieldStart(regionNames.get(r));
            Numbers.field(gen, "shedMw", s.regionShedMw()[r], MW_DECIMALS);
            Numbers.field(gen, "loadMw", s.regionLoadMw()[r], MW_DECIMALS);
            Numbers.field(gen, "share", s.share(r), SHARE_DECIMALS);
            Numbers.field(gen, "nonCriticalShedMw", s.regionNonCriticalShedMw()[r], MW_DECIMALS);
            Numbers.field(gen, "nonCriticalLoadMw", s.regionNonCriticalLoadMw()[r], MW_DECIMALS);
            double ncLoad = s.regionNonCriticalLoadMw()[r];
            Numbers.field(gen, "minShedShare", ncLoad > 0 ? minShed[r] / ncLoad : 0, SHARE_DECIMALS);
            gen.writeEndObject();
        }
        gen.writeEndObject();
        gen.writeObjectFieldStart("busShedMw");
        double[] busShed = s.busShedMw();
        for (int i = 0; i < busShed.length; i++) {
            if (Numbers.nonZero(busShed[i], EXACT_MW_DECIMALS)) {
                Numbers.field(gen, Integer.toString(buses.get(i).number()), busShed[i], EXACT_MW_DECIMALS);
            }
        }
        gen.writeEndObject();
        gen.writeObjectFieldStart("genMw");
        double[] genMw = s.genMw();
        for (int g = 0; g < genMw.length; g++) {
            if (Numbers.nonZero(genMw[g], EXACT_MW_DECIMALS)) {
                Numbers.field(gen, Integer.toString(g + 1), genMw[g], EXACT_MW_DECIMALS);
            }
        }
        gen.writeEndObject();
        gen.writeArrayFieldStart("binding");
        for (BindingBranch b : s.binding()) {
            gen.writeStartObject();
            gen.writeNumberField("branch", b.branch());
            gen.writeNumberField("from", b.from());
            gen.writeNumberField("to", b.to());
            Numbers.field(gen, "flowMw", b.flowMw(), EXACT_MW_DECIMALS);
            Numbers.field(gen, "limitMw", b.limitMw(), EXACT_MW_DECIMALS);
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeFieldName("fairness");
        PlanJsonWriter.writeMetrics(gen, fairness);
        gen.writeFieldName("minShedFairness");
        PlanJsonWriter.writeMetrics(gen, minShedFairness);
        if (s.ac() != null) {
            writeAc(gen, s.ac());
        }
        gen.writeEndObject();
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
        Numbers.field(gen, "slackMismatchMw", ac.slackMismatchMw(), MW_DECIMALS);
        gen.writeArrayFieldStart("overloads");
        for (AcSlotCheck.Overload o : ac.overloads()) {
            gen.writeStartObject();
            gen.writeNumberField("branch", o.branch());
            gen.writeNumberField("from", o.from());
            gen.writeNumberField("to", o.to());
            Numbers.field(gen, "flowMva", o.flowMva(), MW_DECIMALS);
            Numbers.field(gen, "rateAMva", o.rateAMva(), MW_DECIMALS);
            Numbers.field(gen, "loadingPercent", o.loadingPercent(), 2);
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }
}
