package org.fairshed.plan;

import java.util.List;

/**
 * The AC power flow check of one slot's dispatch and served load.
 *
 * @param status         OpenLoadFlow's outcome (CONVERGED, MAX_ITERATION_REACHED, FAILED, NO_CALCULATION)
 * @param overloads      branches over RATE_A in MVA (1-based rows), with their loading in percent
 */
public record AcSlotCheck(String status, boolean converged, int iterations, double minVoltagePu, int minVoltageBus,
                          double maxVoltagePu, int maxVoltageBus, double slackMismatchMw, List<Overload> overloads) {

    public record Overload(int branch, int from, int to, double flowMva, double rateAMva, double loadingPercent) {
    }
}
