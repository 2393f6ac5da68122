package org.fairshed.job;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fairshed.common.format.Numbers;
import org.fairshed.plan.PlanInput;
import org.fairshed.plan.PlanResult;
import org.fairshed.plan.RegionShed;
import org.fairshed.plan.SlotPlan;
import org.fairshed.rota.plan.PlanSlot;
import org.fairshed.rota.plan.PlanSlots;
import org.fairshed.rota.plan.SlotShed;

/**
 * A plan in memory as the rota reads it, figure for figure what {@code PlanFileReader} reads from the plan's file:
 * region figures rounded as the plan file writes them ({@link Numbers#MW_DECIMALS}), unknown shed as null, so that a
 * job's rota and {@code fairshed rota PLAN.json} of the same plan are the same schedule.
 */
final class PlanSlotsMapper {

    private PlanSlotsMapper() {
    }

    static PlanSlots of(PlanResult plan, String source) {
        PlanInput in = plan.input();
        List<String> regions = in.regions().names();
        List<PlanSlot> slots = new ArrayList<>(plan.slots().size());
        for (SlotPlan s : plan.slots()) {
            RegionShed r = s.regions();
            Map<String, SlotShed> shed = new LinkedHashMap<>();
            for (int k = 0; k < regions.size(); k++) {
                shed.put(regions.get(k), new SlotShed(known(r.nonCriticalShedMw()[k]), asWritten(r.nonCriticalLoadMw()[k]),
                        known(r.criticalShedMw()[k]), asWritten(r.criticalLoadMw()[k])));
            }
            slots.add(new PlanSlot(s.slot(), in.start().plusMinutes((long) s.slot() * in.slotMinutes()),
                    s.status().name(), s.usable(), shed));
        }
        return new PlanSlots(source, plan.runId(), in.start(), in.slotMinutes(), regions, slots);
    }

    /** As the plan file writes a known figure; null for an unknown one (NaN). */
    private static Double known(double mw) {
        return Double.isFinite(mw) ? asWritten(mw) : null;
    }

    private static double asWritten(double mw) {
        return new BigDecimal(Numbers.plain(mw, Numbers.MW_DECIMALS)).doubleValue();
    }
}
