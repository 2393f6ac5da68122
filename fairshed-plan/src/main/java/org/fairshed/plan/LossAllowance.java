package org.fairshed.plan;

import java.util.ArrayList;
import java.util.List;

/**
 * Network losses in a DC plan. The DC model is lossless: planned as it stands, a plan in which every unit runs at its
 * limit leaves the AC network short by its losses (a few % of the load on a 750/330/110 kV grid), which the real grid
 * would take from its frequency. With a loss share {@code λ} the generators supply {@code (1 + λ)} times the served
 * load, the losses drawn where the load is (each bus's load scaled by {@code 1 + λ} for the optimizer, so flows carry
 * them too). Every constraint and objective of the planner is linear in the loads, and shares, the price of fairness
 * and critical shares are ratios, so planning the scaled input and dividing its load and shed figures by
 * {@code 1 + λ} is the plan of the consumers' load with losses supplied. Dispatch and flows stay as solved.
 */
final class LossAllowance {

    private LossAllowance() {
    }

    /** The optimizer's input: loads (and the fairness history) at generation level; {@code input} when λ is 0. */
    static PlanInput scaled(PlanInput input) {
        double f = 1 + input.lossShare();
        if (input.lossShare() == 0) {
            return input;
        }
        double[][] load = new double[input.slotCount()][];
        for (int t = 0; t < load.length; t++) {
            load[t] = times(input.busLoadMw()[t], f);
        }
        FairnessSettings fs = input.fairness();
        FairnessSettings scaledFairness = new FairnessSettings(fs.mode(), fs.priceOfFairness(), fs.cumulative(),
                times(fs.historyShedMwh(), f), times(fs.historyLoadMwh(), f));
        return input.withBusLoad(load, scaledFairness);
    }

    /** The plan of {@code original}'s consumers from the plan of {@link #scaled}'s input. */
    static PlanResult unscaled(PlanResult plan, PlanInput original) {
        return original.lossShare() == 0 ? plan : rescaled(plan, original, 1 / (1 + original.lossShare()));
    }

    /** A consumers' plan back at generation level, with {@link #scaled}'s input: what the optimizer solved. */
    static PlanResult atGenerationLevel(PlanResult plan) {
        PlanInput in = plan.input();
        return in.lossShare() == 0 ? plan : rescaled(plan, scaled(in), 1 + in.lossShare());
    }

    private static PlanResult rescaled(PlanResult plan, PlanInput input, double d) {
        List<SlotPlan> slots = new ArrayList<>(plan.slots().size());
        for (SlotPlan p : plan.slots()) {
            RegionShed r = p.regions();
            RegionShed regions = new RegionShed(times(r.shedMw(), d), times(r.loadMw(), d),
                    times(r.nonCriticalShedMw(), d), times(r.nonCriticalLoadMw(), d), times(r.criticalShedMw(), d),
                    times(r.criticalLoadMw(), d), times(r.minShedNonCriticalShedMw(), d));
            slots.add(new SlotPlan(p.slot(), p.status(), p.degraded(), p.message(), p.loadMw() * d, p.shedMw() * d,
                    p.criticalShedMw() * d, p.deadIslandShedMw() * d, regions,
                    p.busShedMw() == null ? null : times(p.busShedMw(), d), p.genMw(), p.binding(), p.ac(),
                    p.solveSeconds()));
        }
        return new PlanResult(input, slots, plan.solveSeconds(), plan.runId());
    }

    private static double[] times(double[] values, double factor) {
        double[] out = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            out[i] = values[i] * factor;
        }
        return out;
    }
}
