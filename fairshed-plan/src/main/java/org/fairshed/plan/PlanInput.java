package org.fairshed.plan;

import java.time.LocalDateTime;
import org.fairshed.grid.model.Grid;

/**
 * Everything the shedding optimizer needs, resolved from a scenario: no file names, no JSON.
 *
 * @param name            scenario name
 * @param grid            the damaged network (outages applied, derates applied to Pmax); Pd of its buses is not used
 * @param start           local date-time of slot 0
 * @param slotMinutes     slot length
 * @param busLoadMw       [slot][bus index] active load Pd (negative = fixed embedded generation, never shed)
 * @param genPmaxMw       [slot][generator row - 1] available Pmax (MW); Pmin is taken as 0
 * @param criticalShare   [bus index] share (0..1) of the bus's positive load that is critical
 * @param regions         bus to region
 * @param fairness        fairness settings
 * @param rampMwPerSlot   [generator row - 1] largest change of output between consecutive slots (MW), or null when
 *                        no ramp limits link the slots
 */
public record PlanInput(String name, Grid grid, LocalDateTime start, int slotMinutes, double[][] busLoadMw,
                        double[][] genPmaxMw, double[] criticalShare, Regions regions, FairnessSettings fairness,
                        double[] rampMwPerSlot) {

    public PlanInput {
        int slots = busLoadMw.length;
        if (slots == 0) {
            throw new IllegalArgumentException("a plan needs at least one slot");
        }
        if (slotMinutes <= 0) {
            throw new IllegalArgumentException("slotMinutes must be positive, got " + slotMinutes);
        }
        if (genPmaxMw.length != slots) {
            throw new IllegalArgumentException("generator availability has " + genPmaxMw.length + " slots, load has " + slots);
        }
        int nb = grid.buses().size();
        int ng = grid.generators().size();
        for (int t = 0; t < slots; t++) {
            if (busLoadMw[t].length != nb || genPmaxMw[t].length != ng) {
                throw new IllegalArgumentException("slot " + t + ": expected " + nb + " bus loads and " + ng + " generator limits");
            }
        }
        if (criticalShare.length != nb || regions.regionOfBus().length != nb) {
            throw new IllegalArgumentException("critical shares and regions must cover the grid's " + nb + " buses");
        }
        if (rampMwPerSlot != null && rampMwPerSlot.length != ng) {
            throw new IllegalArgumentException("ramp limits must cover the grid's " + ng + " generators");
        }
        if (fairness.historyShedMwh().length != regions.count()) {
            throw new IllegalArgumentException("fairness history must cover the " + regions.count() + " regions");
        }
    }

    public int slotCount() {
        return busLoadMw.length;
    }

    public double slotHours() {
        return slotMinutes / 60.0;
    }

    public boolean rampLinked() {
        return rampMwPerSlot != null;
    }

    /** A copy with other fairness settings (e.g. the CLI's --fairness). */
    public PlanInput withFairness(FairnessSettings newFairness) {
        return new PlanInput(name, grid, start, slotMinutes, busLoadMw, genPmaxMw, criticalShare, regions, newFairness,
                rampMwPerSlot);
    }
}
