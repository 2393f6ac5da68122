package org.fairshed.plan;

import java.time.LocalDateTime;
import org.fairshed.common.Limits;
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
 * @param lossShare       network losses the generators supply on top of the served load, as a share of it (0 to
 *                        {@value #MAX_LOSS_SHARE}); 0 plans lossless DC, as MATPOWER's DC OPF does
 */
public record PlanInput(String name, Grid grid, LocalDateTime start, int slotMinutes, double[][] busLoadMw,
                        double[][] genPmaxMw, double[] criticalShare, Regions regions, FairnessSettings fairness,
                        double[] rampMwPerSlot, double lossShare) {

    /** The largest loss share accepted: more than a fifth of the load lost in the network is not a plan input. */
    public static final double MAX_LOSS_SHARE = 0.2;

    /** An input planned lossless (loss share 0). */
    public PlanInput(String name, Grid grid, LocalDateTime start, int slotMinutes, double[][] busLoadMw,
                     double[][] genPmaxMw, double[] criticalShare, Regions regions, FairnessSettings fairness,
                     double[] rampMwPerSlot) {
        this(name, grid, start, slotMinutes, busLoadMw, genPmaxMw, criticalShare, regions, fairness, rampMwPerSlot, 0);
    }

    public PlanInput {
        if (!(lossShare >= 0 && lossShare <= MAX_LOSS_SHARE)) {
            throw new IllegalArgumentException("loss share must be between 0 and " + MAX_LOSS_SHARE + ", got " + lossShare);
        }
        int slots = busLoadMw.length;
        if (slots == 0) {
            throw new IllegalArgumentException("a plan needs at least one slot");
        }
        if (slotMinutes <= 0) {
            throw new IllegalArgumentException("slotMinutes must be positive, got " + slotMinutes);
        }
        if (slots > Limits.MAX_SLOTS) {
            throw new IllegalArgumentException("a plan has at most " + Limits.MAX_SLOTS + " slots, got " + slots);
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
            // an internal guard: readers refuse such values with an InputException before they get here
            for (int b = 0; b < nb; b++) {
                if (!Double.isFinite(busLoadMw[t][b])) {
                    throw new IllegalArgumentException("slot " + t + ", bus index " + b + ": load " + busLoadMw[t][b]
                            + " MW is not finite");
                }
            }
            for (int g = 0; g < ng; g++) {
                if (!(genPmaxMw[t][g] >= 0) || Double.isInfinite(genPmaxMw[t][g])) {
                    throw new IllegalArgumentException("slot " + t + ", generator row " + (g + 1) + ": available Pmax "
                            + genPmaxMw[t][g] + " MW must be finite and >= 0");
                }
            }
        }
        if (criticalShare.length != nb || regions.regionOfBus().length != nb) {
            throw new IllegalArgumentException("critical shares and regions must cover the grid's " + nb + " buses");
        }
        for (int b = 0; b < nb; b++) {
            if (!(criticalShare[b] >= 0 && criticalShare[b] <= 1)) {
                throw new IllegalArgumentException("bus index " + b + ": critical share " + criticalShare[b]
                        + " must be between 0 and 1");
            }
        }
        if (rampMwPerSlot != null) {
            for (int g = 0; g < rampMwPerSlot.length && g < ng; g++) {
                if (!(rampMwPerSlot[g] > 0)) {
                    throw new IllegalArgumentException("generator row " + (g + 1) + ": ramp limit " + rampMwPerSlot[g]
                            + " MW per slot must be positive (infinite for none)");
                }
            }
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
                rampMwPerSlot, lossShare);
    }

    /** A copy with another loss share. */
    public PlanInput withLossShare(double newLossShare) {
        return new PlanInput(name, grid, start, slotMinutes, busLoadMw, genPmaxMw, criticalShare, regions, fairness,
                rampMwPerSlot, newLossShare);
    }

    /** A copy with other bus loads (same shape), for the planner's own transformations. */
    PlanInput withBusLoad(double[][] newBusLoadMw, FairnessSettings newFairness) {
        return new PlanInput(name, grid, start, slotMinutes, newBusLoadMw, genPmaxMw, criticalShare, regions, newFairness,
                rampMwPerSlot, lossShare);
    }
}
