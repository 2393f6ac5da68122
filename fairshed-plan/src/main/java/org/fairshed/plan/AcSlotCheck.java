package org.fairshed.plan;

import java.util.List;

/**
 * The AC power flow check of one slot's dispatch and served load.
 *
 * @param status         OpenLoadFlow's outcome (CONVERGED, MAX_ITERATION_REACHED, FAILED, NO_CALCULATION)
 * @param voltageViolations buses whose voltage is outside their own [VMIN, VMAX]
 * @param overloads      branches over RATE_A in MVA (1-based rows), with their loading in percent
 */
public record AcSlotCheck(String status, boolean converged, int iterations, double minVoltagePu, int minVoltageBus,
                          double maxVoltagePu, int maxVoltageBus, int voltageViolations, double slackMismatchMw,
                          List<Overload> overloads) {

    /**
     * True when the slot's AC state needs a person's look before it is published: the power flow did not converge, a
     * bus is outside its voltage limits, or a branch is beyond its emergency rating (RATE_B). A branch over RATE_A
     * but within RATE_B is reported in {@link #overloads} and is not a concern by itself: the DC plan holds MW at
     * RATE_A, so the reactive flow takes a loaded branch a few percent over it in MVA.
     */
    public boolean concern() {
        return !converged || voltageViolations > 0 || overloads.stream().anyMatch(Overload::beyondEmergencyRating);
    }

    /** A branch over RATE_A in MVA; {@code rateBMva} is its emergency rating (RATE_B, or RATE_A where unset). */
    public record Overload(int branch, int from, int to, double flowMva, double rateAMva, double rateBMva,
                           double loadingPercent) {

        public boolean beyondEmergencyRating() {
            return flowMva > rateBMva * (1 + org.fairshed.grid.ac.AcCheck.OVERLOAD_TOLERANCE);
        }
    }
}
